// Reactions on cards: a participant (member or facilitator) gives a stamp to a card on the shared
// board or takes it back. The server writes it into the `discussion` channel under the name and
// company of the caller's participant token, so nobody can react in someone else's name.
import { readReactions, REACTION_STAMPS, writeReaction } from '@kyoso/shared';
import { Type } from 'typebox';
import { roomKey } from '../boards.js';
import { actorOf, requireRole } from '../http/authorize.js';
import { sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { ShapeIdText } from '../http/schemas.js';
import { ERROR_KEYWORD } from '../http/validation-message.js';
import { withRooms } from '../sync/server-writes.js';
import { requireCard, shapeIdField } from './cards.js';
import type { WorkshopDeps } from './deps.js';

const ReactionBody = Type.Object({
  card: ShapeIdText('The card'),
  stamp: Type.Union(
    REACTION_STAMPS.map((stamp) => Type.Literal(stamp)),
    {
      description: 'The stamp',
      [ERROR_KEYWORD]: `must be one of ${REACTION_STAMPS.join(', ')}`,
    },
  ),
  on: Type.Boolean({ description: 'true gives the stamp, false takes it back' }),
});

export function reactionRoutes(deps: WorkshopDeps): Route[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/reactions',
      summary: 'Give a stamp to a card on the board, or take yours back (member, facilitator)',
      tag: 'discussion',
      auth: 'board',
      schema: { params: BoardParams, body: ReactionBody },
      responses: {
        200: 'The card\'s reactions: `{"card", "reactions": [{"stamp", "people": [{"participant", "name", "company"}]}]}`',
        400: 'Not a card, or a stamp that does not exist',
        401: 'No valid token, or a link token instead of a participant token',
        403: 'An observer',
        404: 'No such card',
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await deps.authorize(req, params.board);
        requireRole(caller, ['member', 'facilitator'], 'react to cards');
        const by = actorOf(caller);
        const card = shapeIdField(body.card, 'card');
        const { board } = caller;
        const keys = [roomKey(board.id, 'content'), roomKey(board.id, 'discussion')];
        const reactions = await deps.queue.run(board.id, () =>
          withRooms(deps.rooms, keys, async ([content, discussion]) => {
            // A stamp can always be taken back, even from a card deleted since.
            if (body.on) requireCard(content!.doc, card);
            await discussion!.applyServerChange((doc) =>
              writeReaction(doc, { card, stamp: body.stamp, on: body.on, by, at: Date.now() }),
            );
            return readReactions(discussion!.doc).get(card) ?? [];
          }),
        );
        sendJson(res, 200, { card, reactions });
      },
    }),
  ];
}
