// Which cards a vote round is about: every card, the cards in one frame, or the cards of some kinds.
import { boxContains } from '../model/commands/arrange.js';
import type { Shape, BoxShape } from '../model/shape.js';
import type { VoteScope } from './vote-rules.js';

/** Cards are stickies: the things people write and vote on. */
export const isCard = (shape: Shape): shape is Extract<Shape, { type: 'sticky' }> => shape.type === 'sticky';

export function isInVoteScope(
  card: Shape,
  scope: VoteScope,
  shapes: { byId(id: string): Shape | undefined },
): boolean {
  if (!isCard(card)) return false;
  switch (scope.kind) {
    case 'all':
      return true;
    case 'kind':
      return card.kind !== null && scope.cardKinds.includes(card.kind);
    case 'frame': {
      const frame = shapes.byId(scope.frame);
      return frame?.type === 'frame' && boxContains(frame as BoxShape, card);
    }
  }
}
