import type { CardReactions, ParticipantId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { TOTAL_BADGE, totalBadge } from '../voting/dotLayout';
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

  it('stays clear of a revealed vote total on the same edge, showing fewer stamps if it must', () => {
    // A synergy card 120 px wide on screen with three stamps and a total of 2 votes.
    const card = { x: 0, y: 0, w: 240, h: 160 };
    const zoom = 0.5;
    const badge = totalBadge(card, 2, zoom);
    expect(badge.kind).toBe('count');
    const badgeRight = TOTAL_BADGE.inset + badge.width;
    const cardScreenWidth = card.w * zoom;
    const pill = layoutReactionPill(reactions, cardScreenWidth, measure, badgeRight)!;
    const pillLeft = cardScreenWidth - PILL.inset - pill.width;
    expect(pillLeft).toBeGreaterThanOrEqual(badgeRight + PILL.gap);
    expect(pill.more).toBeGreaterThan(0);
    // With no total, the same card shows more of its stamps.
    expect(layoutReactionPill(reactions, cardScreenWidth, measure)!.more).toBeLessThan(pill.more);
  });
});
