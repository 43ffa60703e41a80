// The board's identity as the facilitator changes it: title and company names and colours live in
// the board record, and the server writes them into the content document's `meta` (which no
// client may write). Company keys never change: cards, drafts and tokens refer to them.
import {
  MAX_COMPANY_NAME,
  MAX_TITLE_LENGTH,
  writeBoardIdentity,
  setRosterAdmission,
  type Company,
} from '@kyoso/shared';
import { Type, type Static } from 'typebox';
import { roomKey } from '../boards.js';
import { requireRole } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { cleanText } from '../http/json-fields.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { HexColor, Text } from '../http/schemas.js';
import type { BoardPatch, BoardRecord } from '../storage/storage.js';
import { changeRoom } from '../sync/server-writes.js';
import type { WorkshopDeps } from './deps.js';
import { rosterRoomKey } from './roster.js';

/** A title or name as `meta`'s reader counts it (UTF-16 units), after the API's own checks. */
function boundedText(value: string, field: string, max: number): string {
  const text = cleanText(value, field, max);
  if (text.length > max) throw new HttpError(400, `${field} must be at most ${max} characters`);
  return text;
}

const PatchBody = Type.Object({
  title: Type.Optional(Text(MAX_TITLE_LENGTH, 'The new title')),
  companies: Type.Optional(
    Type.Array(
      Type.Object({
        key: Type.String({ description: 'Which company (keys never change)' }),
        name: Type.Optional(Text(MAX_COMPANY_NAME, 'Its new name')),
        color: Type.Optional(HexColor('Its new colour')),
      }),
      { description: 'Only the companies to change' },
    ),
  ),
  admission: Type.Optional(
    Type.Boolean({ description: 'Whether people wait for the facilitator to let them in' }),
  ),
});
type Patch = Static<typeof PatchBody>;

function parseCompanies(value: NonNullable<Patch['companies']>, board: BoardRecord): Company[] {
  const next = board.companies.map((company) => ({ ...company }));
  value.forEach((entry, i) => {
    const company = next.find((c) => c.key === entry.key);
    if (!company) throw new HttpError(400, `companies[${i}].key is not a company of this board`);
    if (entry.name !== undefined)
      company.name = boundedText(entry.name, `companies[${i}].name`, MAX_COMPANY_NAME);
    if (entry.color !== undefined) company.color = entry.color.toLowerCase();
  });
  const names = new Set(next.map((company) => company.name.toLocaleLowerCase()));
  if (names.size < next.length) throw new HttpError(400, 'company names must differ (ignoring case)');
  return next;
}

/** What `GET /api/boards/<id>` and the PATCH answer say of a board. */
export const boardSummary = (board: BoardRecord) => ({
  id: board.id,
  title: board.title,
  locale: board.locale,
  template: board.template,
  companies: board.companies,
  admission: board.admission ?? false,
});

export function boardSettingsRoutes(deps: WorkshopDeps): Route[] {
  return [
    defineRoute({
      method: 'PATCH',
      url: '/api/boards/:board',
      summary: "Change the board's title, company names and colours, or admission (facilitator)",
      tag: 'boards',
      auth: 'board',
      schema: { params: BoardParams, body: PatchBody },
      responses: {
        200: 'The board as it is now',
        400: 'Nothing to change, or a field is not valid',
        401: 'No valid token',
        403: 'Not the facilitator',
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await deps.authorize(req, params.board);
        requireRole(caller, ['facilitator'], 'change the board’s title and companies');
        const { board } = caller;
        const patch: BoardPatch = {};
        if (body.title !== undefined) patch.title = boundedText(body.title, 'title', MAX_TITLE_LENGTH);
        if (body.companies !== undefined) patch.companies = parseCompanies(body.companies, board);
        if (body.admission !== undefined) patch.admission = body.admission;
        if (Object.keys(patch).length === 0)
          throw new HttpError(400, 'nothing to change: give title, companies or admission');
        const updated = await deps.queue.run(board.id, async () => {
          const record = await deps.storage.updateBoard(board.id, patch);
          if (!record) throw new HttpError(404, 'no such board');
          if (patch.title !== undefined || patch.companies !== undefined) {
            const identity = { title: record.title, companies: record.companies };
            await changeRoom(deps.rooms, roomKey(board.id, 'content'), (doc, origin) =>
              writeBoardIdentity(doc, identity, origin),
            );
          }
          if (patch.admission !== undefined) {
            // The roster mirrors it: the facilitator's page sees it live, and every node holding
            // the roster sends away the sockets that now wait (sync/roster-watch.ts).
            const admission = patch.admission;
            await changeRoom(deps.rooms, rosterRoomKey(board.id), (doc, origin) =>
              setRosterAdmission(doc, admission, new Date().toISOString(), origin),
            );
          }
          return record;
        });
        sendJson(res, 200, boardSummary(updated));
      },
    }),
  ];
}
