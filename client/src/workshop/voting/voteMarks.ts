// What the vote overlay draws for the cards in view: while voting, dims over cards outside the
// round and this person's own dots; after the reveal, each card's total, and with "top N" on, a
// ring around the top cards and dims over the rest.
import { ownValue, type Ballot, type ShapeId, type StickyShape } from '@kyoso/shared';
import type { Rect } from '../../sync/session-types';
import { layoutDots, totalBadge, type DotLayout } from './dotLayout';
import type { TotalMark } from './drawVotes';

export interface MarksInput {
  /** The cards in view, back to front. */
  cards: readonly StickyShape[];
  zoom: number;
  /** While voting: which cards take dots (the others are dimmed); null when not voting. */
  inScope: ((card: StickyShape) => boolean) | null;
  /** This person's own dots, or null (not a voter, or nothing to show). */
  mine: Ballot | null;
  /** Revealed totals, or null before the reveal. */
  totals: Readonly<Record<ShapeId, number>> | null;
  /** With "top N" on: the top cards; every other card is dimmed. */
  top: ReadonlySet<ShapeId> | null;
}

export interface VoteMarks {
  dims: Rect[];
  rings: Rect[];
  dots: DotLayout[];
  totals: TotalMark[];
}

export function voteMarks({ cards, zoom, inScope, mine, totals, top }: MarksInput): VoteMarks {
  const marks: VoteMarks = { dims: [], rings: [], dots: [], totals: [] };
  for (const card of cards) {
    const isTop = top?.has(card.id) ?? false;
    if ((inScope && !inScope(card)) || (top && !isTop)) marks.dims.push(card);
    if (isTop) marks.rings.push(card);
    const own = ownValue(mine, card.id) ?? 0;
    if (own > 0) marks.dots.push(layoutDots(card, own));
    const votes = ownValue(totals, card.id) ?? 0;
    if (votes > 0) marks.totals.push({ badge: totalBadge(card, votes, zoom), votes, top: isTop });
  }
  return marks;
}
