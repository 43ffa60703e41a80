// Deleting a board, by its facilitator or the operator (admin token): every room and version goes,
// for good. The roster says so first, so that every node holding the board sends its sockets away
// (sync/roster-watch.ts) and lets none back in; then the store deletes it all and keeps a
// tombstone that refuses what a node still holding a room would write afterwards.
import { asBoardId, markRosterDeleted } from '@kyoso/shared';
import { holdsAdminToken } from '../http/admin-token.js';
import { requireRole } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { changeRoom } from '../sync/server-writes.js';
import type { WorkshopDeps } from './deps.js';
import { rosterRoomKey } from './roster.js';

export function boardDeletionRoutes(deps: WorkshopDeps): Route[] {
  return [
    defineRoute({
      method: 'DELETE',
      url: '/api/boards/:board',
      summary: 'Delete the board with all its rooms and versions, for good (facilitator or admin token)',
      tag: 'boards',
      auth: 'board-or-admin',
      schema: { params: BoardParams },
      responses: {
        200: '`{"deleted": "<board id>"}`; everyone on it is sent away with 4403',
        401: 'No valid token',
        403: 'Neither the facilitator nor the admin token',
        404: 'No such board',
      },
      handler: async ({ req, res, params }) => {
        const admin = holdsAdminToken(req, deps.config.adminToken);
        const caller = admin ? null : await deps.authorize(req, params.board);
        if (caller) requireRole(caller, ['facilitator'], 'delete the board');
        const id = asBoardId(params.board);
        const board = caller ? caller.board : id && (await deps.storage.getBoard(id));
        if (!board) throw new HttpError(404, 'no such board');
        await deps.queue.run(board.id, async () => {
          await changeRoom(deps.rooms, rosterRoomKey(board.id), (doc, origin) =>
            markRosterDeleted(doc, new Date().toISOString(), origin),
          );
          if (!(await deps.storage.deleteBoard(board.id))) throw new HttpError(404, 'no such board');
        });
        deps.log.info('board deleted', { board: board.id, by: admin ? 'admin' : 'facilitator' });
        sendJson(res, 200, { deleted: board.id });
      },
    }),
  ];
}
