import type { CardReactions, ParticipantId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { layoutReactionPill, PILL } from './reactionPill';

const someone = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    participant: `p${i}` as ParticipantId,
    name: `p${i}`,
    company: null,
  }));
const reactions: CardReactions = [
  { stamp: 'plusOne', people: someone(3) },
  { stamp: 'idea', people: someone(12) },
  { stamp: 'concern', people: someone(1) },
];
const measure = (text: string) => [...text].length * 8;

describe('the reactions pill', () => {
  it('lists every stamp with its count when the card is wide enough on screen', () => {
    const pill = layoutReactionPill(reactions, 400, measure)!;
    expect(pill.parts.map((part) => `${part.emoji}${part.count}`)).toEqual(['👍3', '💡12', '⚠️1']);
    expect(pill.more).toBe(0);
    expect(pill.parts[0]!.x).toBe(PILL.padX);
    expect(pill.parts[1]!.x).toBeGreaterThan(pill.parts[0]!.countX);
  });

  it('counts what does not fit as +n, and draws nothing on a card too small on screen', () => {
    const pill = layoutReactionPill(reactions, 100, measure)!;
    expect(pill.more).toBeGreaterThan(0);
    expect(pill.width).toBeLessThanOrEqual(100 - 2 * PILL.inset);
    expect(layoutReactionPill(reactions, PILL.minCardWidth - 1, measure)).toBeNull();
    expect(layoutReactionPill([], 400, measure)).toBeNull();
  });
});
