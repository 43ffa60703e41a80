// The revealed results as people read them: cards by votes, most first, with a shared rank for a
// tie (1, 2, 2, 4), and the cards that count as "top N" when highlighting.
import { rankByVotes, type ShapeId } from '@kyoso/shared';

export interface RankedCard {
  card: ShapeId;
  votes: number;
  /** 1 for the most votes; cards with equal votes share a rank. */
  rank: number;
}

export function rankResults(totals: Readonly<Record<ShapeId, number>>): RankedCard[] {
  let rank = 0;
  let previous: number | null = null;
  return rankByVotes(totals).map((entry, index) => {
    if (entry.votes !== previous) rank = index + 1;
    previous = entry.votes;
    return { ...entry, rank };
  });
}

/** The cards ranked within the top `n`: a tie at the boundary keeps every card of that rank. */
export function topCards(ranked: readonly RankedCard[], n: number): ReadonlySet<ShapeId> {
  return new Set(ranked.filter((entry) => entry.rank <= n).map((entry) => entry.card));
}

export const HIGHLIGHT_DEFAULT = 3;
