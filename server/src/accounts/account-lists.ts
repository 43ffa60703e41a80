// Where the account lists live: one server-only room per company (`<board>/server/accounts/<key>`,
// no websocket can open it, no export carries it) holding the list as one value, so that
// withdrawing deletes it and folds the room's log: the names are then gone from storage. Consents
// to reveal shared names, per ordered pair, live in `<board>/server/account-consents`.
import type * as Y from 'yjs';
import type { Account, BoardId, CompanyKey } from '@kyoso/shared';
import { roomKey } from '../boards.js';
import type { RoomKey } from '../storage/storage.js';

export const accountsRoomKey = (board: BoardId, company: CompanyKey): RoomKey =>
  roomKey(board, `server/accounts/${company}`);
export const consentsRoomKey = (board: BoardId): RoomKey => roomKey(board, 'server/account-consents');

export interface StoredList {
  accounts: Account[];
  uploadedAt: string;
  /** Who uploaded it (the name in their participant token). */
  by: string;
}

const LIST = 'list';
const listMap = (doc: Y.Doc) => doc.getMap<StoredList>('accounts');

export const readList = (doc: Y.Doc): StoredList | null => listMap(doc).get(LIST) ?? null;
export function writeList(doc: Y.Doc, list: StoredList): void {
  listMap(doc).set(LIST, list);
}
export const deleteList = (doc: Y.Doc): boolean => {
  if (!listMap(doc).has(LIST)) return false;
  listMap(doc).delete(LIST);
  return true;
};

const consentMap = (doc: Y.Doc) => doc.getMap<string>('consents');
const consentKey = (from: CompanyKey, to: CompanyKey) => `${from}>${to}`;

/** `from` agrees that `to` may see the names of the accounts they share. */
export const hasConsent = (doc: Y.Doc, from: CompanyKey, to: CompanyKey): boolean =>
  consentMap(doc).has(consentKey(from, to));

export function setConsent(doc: Y.Doc, from: CompanyKey, to: CompanyKey, on: boolean, at: string): void {
  if (on) consentMap(doc).set(consentKey(from, to), at);
  else consentMap(doc).delete(consentKey(from, to));
}

const uploadsMap = (doc: Y.Doc) => doc.getMap<{ count: number; lastAt: string }>('uploads');

/** How often a company uploaded a list, and when last: kept when a list is withdrawn. */
export const uploadsOf = (doc: Y.Doc, company: CompanyKey): { count: number; lastAt: string } | null =>
  uploadsMap(doc).get(company) ?? null;

export function noteUpload(doc: Y.Doc, company: CompanyKey, at: string): void {
  uploadsMap(doc).set(company, { count: (uploadsOf(doc, company)?.count ?? 0) + 1, lastAt: at });
}

/** Withdrawing or replacing a list takes back every consent given by or to its company. */
export function dropConsentsOf(doc: Y.Doc, company: CompanyKey): void {
  for (const key of [...consentMap(doc).keys()]) {
    const [from, to] = key.split('>');
    if (from === company || to === company) consentMap(doc).delete(key);
  }
}
