// A member reveals drafts: cards move from the company's `private/<key>` room onto `content`, and
// the ledger records who revealed what.
import { Type, type Static } from 'typebox';
import * as Y from 'yjs';
import { MAX_REVEAL, readDrafts, revealDrafts, type CompanyKey, type ShapeId } from '@kyoso/shared';
import { stampRevealed } from '../activity/reveal-stamps.js';
import { roomKey } from '../boards.js';
import { actorOf, requireMember } from '../http/authorize.js';
import { appendToLedger } from '../ledger/append.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { ShapeIdText } from '../http/schemas.js';
import { ERROR_KEYWORD } from '../http/validation-message.js';
import type { Room } from '../sync/room.js';
import { withRooms } from '../sync/server-writes.js';
import { shapeIdField } from './cards.js';
import type { WorkshopDeps } from './deps.js';

const RevealBody = Type.Object({
  cards: Type.Union(
    [
      Type.Literal('all'),
      Type.Array(ShapeIdText('A draft card of your company'), { minItems: 1, maxItems: MAX_REVEAL }),
    ],
    {
      description: `"all", or the draft cards to reveal (1 to ${MAX_REVEAL})`,
      [ERROR_KEYWORD]: `must be "all" or an array of 1 to ${MAX_REVEAL} draft card ids`,
    },
  ),
});

function parseCards(value: Static<typeof RevealBody>['cards']): ShapeId[] | 'all' {
  if (value === 'all') return 'all';
  return [...new Set(value.map((id, i) => shapeIdField(id, `cards[${i}]`)))];
}

/**
 * The cards go onto the board first, and leave the drafts only once the board has them stored:
 * a crash in between leaves drafts that are also on the board, which the next reveal only
 * removes (revealDrafts skips cards already there). So the private side is worked on a copy,
 * and what the copy lost is applied to the real room afterwards.
 */
async function reveal(
  drafts: Room,
  content: Room,
  company: CompanyKey,
  requested: ShapeId[] | 'all',
): Promise<ShapeId[]> {
  const present = new Set(readDrafts(drafts.doc).map((draft) => draft.id));
  const cards = requested === 'all' ? [...present] : requested;
  if (cards.length === 0) throw new HttpError(400, 'there are no drafts to reveal');
  for (const id of cards) {
    if (!present.has(id)) throw new HttpError(404, `no draft card ${id} in your company's private area`);
  }
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(drafts.doc));
  const removals: Uint8Array[] = [];
  copy.on('update', (update: Uint8Array) => removals.push(update));
  const revealed = await content.applyServerChange((doc, origin) =>
    revealDrafts(copy, doc, { company, cards }, origin),
  );
  copy.destroy();
  await drafts.applyServerChange((doc) => {
    for (const update of removals) Y.applyUpdate(doc, update);
  });
  return revealed;
}

export function revealRoutes(deps: WorkshopDeps): Route[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/reveal',
      summary: "Reveal drafts: cards move from your company's private area onto the board (member)",
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams, body: RevealBody },
      responses: {
        200: '`{"revealed": [card ids]}`',
        400: 'No cards given, or no drafts to reveal',
        401: 'No valid token',
        403: 'Not a member with a participant token',
        404: "A card is not among your company's drafts",
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await deps.authorize(req, params.board);
        const company = requireMember(caller, 'reveal drafts');
        const by = actorOf(caller);
        const cards = parseCards(body.cards);
        const { board } = caller;
        const keys = [`private/${company}`, 'content', 'ledger'].map((channel) => roomKey(board.id, channel));
        const revealed = await deps.queue.run(board.id, () =>
          withRooms(deps.rooms, keys, async ([drafts, content, ledger]) => {
            const ids = await reveal(drafts!, content!, company, cards);
            await ledger!.applyServerChange((doc, origin) =>
              appendToLedger(
                doc,
                [{ type: 'revealed', at: new Date().toISOString(), by, company, cards: ids }],
                deps.ledgerSigner,
                origin,
              ),
            );
            return ids;
          }),
        );
        // Who put the cards on the board, for their attribution. The reveal stands without it (a
        // failing store is logged by the room itself).
        await stampRevealed(deps.rooms, caller, revealed).catch(() => undefined);
        sendJson(res, 200, { revealed });
      },
    }),
  ];
}
