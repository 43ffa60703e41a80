// The history API (docs/API.md, "Versions"): the facilitator saves, lists, previews and restores
// versions of the board's content. Restoring answers the version's shapes after saving the
// current content as a 'restore' version; the facilitator's editor applies them with the shared
// command `restoreShapes`, so the restore is an ordinary, undoable edit that every peer sees.
import type { IncomingMessage } from 'node:http';
import { requireRole, type Authorize, type Caller } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { Type } from 'typebox';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { beforeRestoringName, parseVersionName, SaveVersionBody } from './version-name.js';
import type { VersionRecord } from '../storage/storage.js';
import { toVersion, type VersionStore } from './version-store.js';

export interface VersionRouteDeps {
  authorize: Authorize;
  versions: VersionStore;
  /** Records the restore in the board's activity (the editor applies it; the server cannot tell). */
  onRestored?: (caller: Caller, version: VersionRecord) => Promise<void>;
}

const VersionParams = Type.Object({
  board: BoardParams.properties.board,
  version: Type.String({ description: 'The version id' }),
});

const FACILITATOR_ONLY = { 401: 'No valid token', 403: 'Not the facilitator' };

const createdBy = (caller: Caller): string | null => caller.participant?.name ?? null;

export function versionRoutes(deps: VersionRouteDeps): Route[] {
  const { versions } = deps;

  async function facilitator(req: IncomingMessage, boardId: string, action: string): Promise<Caller> {
    const caller = await deps.authorize(req, boardId);
    requireRole(caller, ['facilitator'], action);
    return caller;
  }

  async function requireVersion(caller: Caller, id: string) {
    const found = await versions.load(caller.board.id, id);
    if (!found) throw new HttpError(404, `no version ${JSON.stringify(id.slice(0, 40))} on this board`);
    return found;
  }

  return [
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board/versions',
      summary: "The board's versions, newest first (facilitator)",
      tag: 'history',
      auth: 'board',
      schema: { params: BoardParams },
      responses: { 200: '`{"versions"}`', ...FACILITATOR_ONLY },
      handler: async ({ req, res, params }) => {
        const caller = await facilitator(req, params.board, 'see the history');
        const list = await versions.list(caller.board.id);
        sendJson(res, 200, { versions: list.map(toVersion) });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/versions',
      summary: 'Save the board as it is now, under a name (facilitator)',
      tag: 'history',
      auth: 'board',
      schema: { params: BoardParams, body: SaveVersionBody },
      responses: { 201: '`{"version"}`', 400: 'The name is missing or not valid', ...FACILITATOR_ONLY },
      handler: async ({ req, res, params, body }) => {
        const caller = await facilitator(req, params.board, 'save versions');
        const name = parseVersionName(body.name);
        const record = await versions.save(caller.board.id, 'named', name, createdBy(caller));
        sendJson(res, 201, { version: toVersion(record) });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board/versions/:version',
      summary: 'One version and its shapes, for a read-only preview (facilitator)',
      tag: 'history',
      auth: 'board',
      schema: { params: VersionParams },
      responses: { 200: '`{"version", "shapes"}`', ...FACILITATOR_ONLY, 404: 'No such version' },
      handler: async ({ req, res, params }) => {
        const caller = await facilitator(req, params.board, 'see the history');
        const { record, shapes } = await requireVersion(caller, params.version);
        sendJson(res, 200, { version: toVersion(record), shapes });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/versions/:version/restore',
      summary:
        "Restore a version: the current content is saved first, the version's shapes answered (facilitator)",
      tag: 'history',
      auth: 'board',
      schema: { params: VersionParams },
      responses: { 200: '`{"version", "saved", "shapes"}`', ...FACILITATOR_ONLY, 404: 'No such version' },
      handler: async ({ req, res, params }) => {
        const caller = await facilitator(req, params.board, 'restore versions');
        const { record, shapes } = await requireVersion(caller, params.version);
        // Nothing is lost: the content as it is now goes into history first.
        const saved = await versions.save(
          caller.board.id,
          'restore',
          beforeRestoringName(record.name),
          createdBy(caller),
        );
        await deps.onRestored?.(caller, record);
        sendJson(res, 200, { version: toVersion(record), saved: toVersion(saved), shapes });
      },
    }),
  ];
}
