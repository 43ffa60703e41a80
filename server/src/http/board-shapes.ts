// The board's shapes as plain JSON, for a page to draw the board at once while its live document
// syncs ("snapshot-first"): exactly what the content channel holds (`readShapes`), to exactly
// whoever may read that channel. A large board's document takes the page a good part of a second
// to apply; these shapes take a fraction of that to draw.
import { readShapes } from '@kyoso/shared';
import { roomKey } from '../boards.js';
import type { ContentShapesCache } from '../content-shapes-cache.js';
import type { RoomRegistry } from '../sync/rooms.js';
import type { Authorize } from './authorize.js';
import { sendJson, sendText } from './http-error.js';
import { BoardParams, defineRoute, type Route } from './route.js';

export function boardShapesRoute(deps: {
  rooms: RoomRegistry;
  authorize: Authorize;
  shapesCache: ContentShapesCache;
}): Route {
  return defineRoute({
    method: 'GET',
    url: '/api/boards/:board/shapes',
    summary: "The board's shapes as the content channel holds them, to draw before it has synced",
    tag: 'boards',
    auth: 'board',
    schema: { params: BoardParams },
    responses: {
      200: '`{"shapes": [Shape, ...]}` in drawing order',
      401: 'No valid token, or removed by the facilitator',
      403: "Another board's token, or still waiting to be let in",
    },
    handler: async ({ req, res, params }) => {
      // The content channel's rule: any board token that is let in (waiting people are not).
      const { board } = await deps.authorize(req, params.board);
      const key = roomKey(board.id, 'content');
      // Unchanged since this node last unloaded it: the answer it kept, without loading the room
      // (when the store cannot say, the room answers as it always could).
      const kept = await deps.shapesCache.current(key).catch(() => null);
      if (kept !== null) return sendText(res, 200, 'application/json; charset=utf-8', kept);
      const shapes = await deps.rooms.using(key, async (room) => readShapes(room.doc).shapes);
      sendJson(res, 200, { shapes });
    },
  });
}
