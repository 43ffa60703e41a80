// Private account overlap (docs/API.md, "Account overlap"). A company's member uploads its list of
// customers or prospects; nobody else ever receives it. For each pair of companies that both
// uploaded one, the server counts the accounts they share (Japanese name forms folded:
// account-names.ts) and tells the pair (and the facilitator) the count, or "fewer than
// MIN_SHOWN" below it; the names of the shared accounts, and only those, go to the pair once both
// consented. Withdrawing deletes the list from storage. This is not private set intersection: the
// server reads the lists, and the UI says so.
import {
  sharedAccounts,
  type BoardId,
  type Company,
  type CompanyKey,
  type SharedAccount,
} from '@kyoso/shared';
import { Type } from 'typebox';
import { actorOf, requireMember, requireRole } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { changeRoom, withRooms } from '../sync/server-writes.js';
import type { RoomRegistry } from '../sync/rooms.js';
import type { WorkshopDeps } from '../workshop/deps.js';
import {
  accountsRoomKey,
  consentsRoomKey,
  deleteList,
  dropConsentsOf,
  hasConsent,
  noteUpload,
  readList,
  setConsent,
  uploadsOf,
  writeList,
  type StoredList,
} from './account-lists.js';
import { parseAccountList } from './parse-list.js';

/** Below this many shared accounts only "fewer than" is told (a count of 1 would name the account). */
export const MIN_SHOWN = 3;
/**
 * A company replaces its list at most this often. Counts answer "how many of these are theirs?",
 * so uploads in quick succession could probe another company's list name by name; the wait, the
 * replacements shown to the other companies and the consents taken back make that slow and visible.
 */
export const UPLOAD_INTERVAL_MS = 10 * 60_000;
/** A list's upload body: 20,000 rows of long Japanese names and domains. */
const UPLOAD_BODY_BYTES = 4 * 1024 * 1024;

const UploadBody = Type.Object({
  csv: Type.String({
    maxLength: 2_000_000,
    description: 'The list: CSV, a company name per row, optionally its domain',
  }),
});
const ConsentBody = Type.Object({
  company: Type.String({ maxLength: 40, description: 'The other company' }),
  reveal: Type.Boolean({
    description: 'true lets the pair see the names of the shared accounts once both agree',
  }),
});

async function listsOf(rooms: RoomRegistry, board: BoardId, companies: readonly Company[]) {
  const lists = new Map<CompanyKey, StoredList>();
  for (const company of companies) {
    const list = await withRooms(rooms, [accountsRoomKey(board, company.key)], async ([room]) =>
      readList(room!.doc),
    );
    if (list) lists.set(company.key, list);
  }
  return lists;
}

/** Overlaps already worked out, per pair of lists as uploaded (one GET may read 28 pairs). */
const overlaps = new Map<string, SharedAccount[]>();
const MAX_CACHED = 500;

/**
 * What lists `a` and `b` share, worked out once per pair of uploads and always with `a` first on
 * the board, so both companies and the facilitator see the same count; names as `[a's, b's]`.
 */
function overlapOf(board: BoardId, a: CompanyKey, listA: StoredList, b: CompanyKey, listB: StoredList) {
  const key = `${board}/${a}@${listA.uploadedAt}/${b}@${listB.uploadedAt}`;
  let shared = overlaps.get(key);
  if (!shared) {
    shared = sharedAccounts(listA.accounts, listB.accounts);
    if (overlaps.size >= MAX_CACHED) overlaps.delete(overlaps.keys().next().value!);
    overlaps.set(key, shared);
  }
  return shared;
}

const told = (count: number) =>
  count >= MIN_SHOWN ? { shared: count, fewerThan: null } : { shared: null, fewerThan: MIN_SHOWN };

export function accountRoutes(deps: WorkshopDeps): Route[] {
  const otherCompany = (companies: readonly Company[], own: CompanyKey, key: string): CompanyKey => {
    const other = companies.find((company) => company.key === key)?.key;
    if (!other || other === own)
      throw new HttpError(400, `company ${JSON.stringify(key)} is not another company on this board`);
    return other;
  };
  return [
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/accounts',
      summary: 'Upload your company’s account list (member); replaces the one uploaded before',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams, body: UploadBody },
      maxBodyBytes: UPLOAD_BODY_BYTES,
      responses: {
        200: '`{"count", "uploadedAt"}`; consents given by or to the company are taken back',
        400: 'Not CSV, no names, or too many rows',
        401: 'No valid token',
        403: 'Not a member',
        429: 'The company uploaded a list less than 10 minutes ago',
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await deps.authorize(req, params.board);
        const company = requireMember(caller, 'upload an account list');
        const accounts = parseAccountList(body.csv);
        const board = caller.board.id;
        const now = new Date();
        const list: StoredList = { accounts, uploadedAt: now.toISOString(), by: actorOf(caller).name };
        // The wait, the count of uploads and the consents taken back all live in the consents room.
        await changeRoom(deps.rooms, consentsRoomKey(board), (doc) => {
          const last = uploadsOf(doc, company)?.lastAt;
          const wait = last ? Date.parse(last) + UPLOAD_INTERVAL_MS - now.getTime() : 0;
          if (wait > 0)
            throw new HttpError(
              429,
              `your company uploaded a list less than ${UPLOAD_INTERVAL_MS / 60_000} minutes ago; try again in ${Math.ceil(wait / 60_000)} minutes`,
            );
          noteUpload(doc, company, list.uploadedAt);
          dropConsentsOf(doc, company);
        });
        await changeRoom(deps.rooms, accountsRoomKey(board, company), (doc) => writeList(doc, list));
        sendJson(res, 200, { count: accounts.length, uploadedAt: list.uploadedAt });
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/boards/:board/accounts',
      summary: 'Withdraw your company’s account list: deleted from storage, consents taken back (member)',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams },
      responses: {
        200: '`{"withdrawn"}`',
        401: 'No valid token',
        403: 'Not a member',
        404: 'No list uploaded',
      },
      handler: async ({ req, res, params }) => {
        const caller = await deps.authorize(req, params.board);
        const company = requireMember(caller, 'withdraw an account list');
        const board = caller.board.id;
        await changeRoom(deps.rooms, consentsRoomKey(board), (doc) => dropConsentsOf(doc, company));
        const removed = await withRooms(deps.rooms, [accountsRoomKey(board, company)], async ([room]) => {
          const had = await room!.applyServerChange((doc) => deleteList(doc));
          // Folded now (and again on a retry after a failed fold): the names leave the stored log.
          await room!.fold();
          return had;
        });
        if (!removed) throw new HttpError(404, 'your company has no list uploaded');
        sendJson(res, 200, { withdrawn: true });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/accounts/consent',
      summary: 'Let another company see the names of the accounts you share, once it agrees too (member)',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams, body: ConsentBody },
      responses: {
        200: '`{"company", "reveal"}`',
        400: 'Not another company of the board',
        401: 'No valid token',
        403: 'Not a member',
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await deps.authorize(req, params.board);
        const company = requireMember(caller, 'consent to reveal shared accounts');
        const other = otherCompany(caller.board.companies, company, body.company);
        await changeRoom(deps.rooms, consentsRoomKey(caller.board.id), (doc) =>
          setConsent(doc, company, other, body.reveal, new Date().toISOString()),
        );
        sendJson(res, 200, { company: other, reveal: body.reveal });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board/accounts',
      summary:
        'How many accounts each pair of companies shares (members: their pairs; facilitator: every pair)',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams },
      responses: {
        200: 'Members: `{"minimum", "mine", "pairs": [{"company", "optedIn", "uploads", "shared", "fewerThan", "consent", "accounts"}]}`; the facilitator: `{"minimum", "optedIn", "pairs": [{"companies", "shared", "fewerThan"}]}`',
        401: 'No valid token',
        403: 'An observer',
      },
      handler: async ({ req, res, params }) => {
        const caller = await deps.authorize(req, params.board);
        requireRole(caller, ['member', 'facilitator'], 'see account overlap');
        const { companies, id: board } = caller.board;
        const lists = await listsOf(deps.rooms, board, companies);
        const { given, uploads } = await withRooms(deps.rooms, [consentsRoomKey(board)], async ([room]) => {
          const consents = new Set<string>();
          for (const a of companies)
            for (const b of companies)
              if (hasConsent(room!.doc, a.key, b.key)) consents.add(`${a.key}>${b.key}`);
          const counts = new Map(companies.map((c) => [c.key, uploadsOf(room!.doc, c.key)?.count ?? 0]));
          return { given: consents, uploads: counts };
        });
        const order = (key: CompanyKey) => companies.findIndex((company) => company.key === key);
        /** What `a` and `b` share, names as [a's, b's], worked out with the earlier on the board first. */
        const overlap = (a: CompanyKey, b: CompanyKey): SharedAccount[] =>
          order(a) > order(b)
            ? overlap(b, a).map((account) => ({ ...account, names: [account.names[1], account.names[0]] }))
            : overlapOf(board, a, lists.get(a)!, b, lists.get(b)!);
        if (caller.principal.role === 'facilitator') {
          const optedIn = companies.filter((company) => lists.has(company.key)).map((company) => company.key);
          const pairs = optedIn.flatMap((a, i) =>
            optedIn.slice(i + 1).map((b) => ({ companies: [a, b], ...told(overlap(a, b).length) })),
          );
          sendJson(res, 200, { minimum: MIN_SHOWN, optedIn, pairs });
          return;
        }
        const own = requireMember(caller, 'see account overlap');
        const mine = lists.get(own);
        const pairs = companies
          .filter((company) => company.key !== own)
          .map((company) => {
            const other = company.key;
            const consent = { mine: given.has(`${own}>${other}`), theirs: given.has(`${other}>${own}`) };
            // How often the other company uploaded a list: replacing it again and again shows.
            const base = {
              company: other,
              optedIn: lists.has(other),
              uploads: uploads.get(other) ?? 0,
              consent,
            };
            if (!mine || !lists.has(other)) return { ...base, shared: null, fewerThan: null, accounts: null };
            const shared = overlap(own, other);
            const reveal = consent.mine && consent.theirs && shared.length >= MIN_SHOWN;
            return { ...base, ...told(shared.length), accounts: reveal ? shared : null };
          });
        sendJson(res, 200, {
          minimum: MIN_SHOWN,
          mine: mine ? { count: mine.accounts.length, uploadedAt: mine.uploadedAt, by: mine.by } : null,
          pairs,
        });
      },
    }),
  ];
}
