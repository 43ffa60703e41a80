// The facilitator's links: the current ones, and rotation, which replaces every link of the board
// at once (a link leaked, or the guest list changed). Old tokens, participant tokens included,
// stop working on HTTP and on every open websocket.
import { boardLinks, issueTokens } from '../boards.js';
import { baseUrlOf } from '../http/base-url.js';
import { requireRole } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import type { Route } from '../http/route.js';
import type { WorkshopDeps } from './deps.js';

export function linkRoutes(deps: WorkshopDeps): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)\/links$/,
      handler: async (req, res, [boardId]) => {
        const caller = await deps.authorize(req, boardId!);
        requireRole(caller, ['facilitator'], 'see the links');
        const tokens = await issueTokens(deps.auth, caller.board);
        sendJson(res, 200, {
          tokens,
          links: boardLinks(baseUrlOf(deps.config, req), caller.board.id, tokens),
        });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/boards\/([^/]+)\/links\/rotate$/,
      handler: async (req, res, [boardId]) => {
        const caller = await deps.authorize(req, boardId!);
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
    },
  ];
}
