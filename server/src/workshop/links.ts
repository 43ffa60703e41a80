// The facilitator's links: the current ones, and rotation, which replaces every link of the board
// at once (a link leaked, or the guest list changed). Old tokens, participant tokens included,
// stop working on HTTP and on every open websocket.
import { boardLinks, issueTokens } from '../boards.js';
import { baseUrlOf } from '../http/base-url.js';
import { requireRole } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import type { WorkshopDeps } from './deps.js';

export function linkRoutes(deps: WorkshopDeps): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board/links',
      summary: "The board's links and tokens (facilitator)",
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams },
      responses: { 200: '`{"tokens", "links"}`', 401: 'No valid token', 403: 'Not the facilitator' },
      handler: async ({ req, res, params }) => {
        const caller = await deps.authorize(req, params.board);
        requireRole(caller, ['facilitator'], 'see the links');
        const tokens = await issueTokens(deps.auth, caller.board);
        sendJson(res, 200, {
          tokens,
          links: boardLinks(baseUrlOf(deps.config, req), caller.board.id, tokens),
        });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/links/rotate',
      summary: 'Replace every link of the board; old tokens stop working everywhere (facilitator)',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams },
      responses: { 200: 'The new `{"tokens", "links"}`', 401: 'No valid token', 403: 'Not the facilitator' },
      handler: async ({ req, res, params }) => {
        const caller = await deps.authorize(req, params.board);
        requireRole(caller, ['facilitator'], 'replace the links');
        const generation = await deps.storage.rotateTokens(caller.board.id);
        if (generation === null) throw new HttpError(403, 'this token is not for that board');
        const board = { ...caller.board, tokenGeneration: generation };
        try {
          const tokens = await issueTokens(deps.auth, board);
          sendJson(res, 200, { tokens, links: boardLinks(baseUrlOf(deps.config, req), board.id, tokens) });
        } finally {
          // After the answer, so the facilitator holds the new links before its sockets close.
          deps.revokeTokensBelow(board.id, generation);
        }
      },
    }),
  ];
}
