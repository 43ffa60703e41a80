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
  readList,
  setConsent,
  writeList,
  type StoredList,
} from './account-lists.js';
import { parseAccountList } from './parse-list.js';

/** Below this many shared accounts only "fewer than" is told (a count of 1 would name the account). */
export const MIN_SHOWN = 3;

const UploadBody = Type.Object({
  csv: Type.String({
    maxLength: 900_000,
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
      responses: {
        200: '`{"count", "uploadedAt"}`',
        400: 'Not CSV, no names, or too many rows',
        401: 'No valid token',
        403: 'Not a member',
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await deps.authorize(req, params.board);
        const company = requireMember(caller, 'upload an account list');
        const accounts = parseAccountList(body.csv);
        const list: StoredList = { accounts, uploadedAt: new Date().toISOString(), by: actorOf(caller).name };
        await changeRoom(deps.rooms, accountsRoomKey(caller.board.id, company), (doc) =>
          writeList(doc, list),
        );
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
        const removed = await withRooms(deps.rooms, [accountsRoomKey(board, company)], async ([room]) => {
          const had = await room!.applyServerChange((doc) => deleteList(doc));
          // Folded now: the names are gone from the stored log, not only from the document.
          if (had) await room!.fold();
          return had;
        });
        await changeRoom(deps.rooms, consentsRoomKey(board), (doc) => dropConsentsOf(doc, company));
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
        200: 'Members: `{"minimum", "mine", "pairs": [{"company", "optedIn", "shared", "fewerThan", "consent", "accounts"}]}`; the facilitator: `{"minimum", "optedIn", "pairs": [{"companies", "shared", "fewerThan"}]}`',
        401: 'No valid token',
        403: 'An observer',
      },
      handler: async ({ req, res, params }) => {
        const caller = await deps.authorize(req, params.board);
        requireRole(caller, ['member', 'facilitator'], 'see account overlap');
        const { companies, id: board } = caller.board;
        const lists = await listsOf(deps.rooms, board, companies);
        const pairsConsented = await withRooms(deps.rooms, [consentsRoomKey(board)], async ([room]) => {
          const given = new Set<string>();
          for (const a of companies)
            for (const b of companies)
              if (hasConsent(room!.doc, a.key, b.key)) given.add(`${a.key}>${b.key}`);
          return given;
        });
        const consented = (from: CompanyKey, to: CompanyKey) => pairsConsented.has(`${from}>${to}`);
        const overlap = (a: CompanyKey, b: CompanyKey) =>
          sharedAccounts(lists.get(a)!.accounts, lists.get(b)!.accounts);
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
            const consent = { mine: consented(own, other), theirs: consented(other, own) };
            if (!mine || !lists.has(other))
              return {
                company: other,
                optedIn: lists.has(other),
                shared: null,
                fewerThan: null,
                consent,
                accounts: null,
              };
            const shared = overlap(own, other);
            const reveal = consent.mine && consent.theirs && shared.length >= MIN_SHOWN;
            return {
              company: other,
              optedIn: true,
              ...told(shared.length),
              consent,
              accounts: reveal ? shared.map((account): SharedAccount => account) : null,
            };
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
