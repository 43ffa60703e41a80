// Partner fit: for every ordered pair of companies on a board, how well one's assets cover the
// other's gaps and goals, from the cards themselves and the suggestion matcher (suggest.ts). A
// facilitator of a many-company programme reads the matrix to see which pairings to explore first.
// A cell's score is the mean, over the receiving company's gaps and goals, of the best match any
// of the giving company's assets has for it (0 for a need nothing matches); its pairs are those
// best matches, strongest first. Only matches that share words count: a pair that shares only an
// area of business is a suggestion to look at, not coverage.
import type { Company } from '../companies.js';
import type { CompanyKey } from '../ids.js';
import { suggestSynergies, type ReasonTerm, type SuggestCard } from '../suggest/suggest.js';

export interface FitPair {
  asset: string;
  need: string;
  score: number;
  reason: ReasonTerm[];
}

export interface FitCell {
  /** The company whose assets are counted. */
  from: CompanyKey;
  /** The company whose gaps and goals they cover. */
  to: CompanyKey;
  /** 0 to 1. */
  score: number;
  /** The receiving company's gap and goal cards. */
  needs: number;
  /** How many of them some asset of `from` matches. */
  covered: number;
  pairs: FitPair[];
}

const isNeed = (card: SuggestCard) => card.kind === 'gap' || card.kind === 'goal';

/** Every ordered pair of distinct companies, in board order (rows `from`, columns `to`). */
export function partnerFit(cards: readonly SuggestCard[], companies: readonly Company[]): FitCell[] {
  const matches = suggestSynergies(cards, { limit: Number.MAX_SAFE_INTEGER }).filter(
    (match) => match.basis === 'words',
  );
  const companyOf = new Map(cards.map((card) => [card.id, card.company]));
  const cells: FitCell[] = [];
  for (const from of companies)
    for (const to of companies) {
      if (from.key === to.key) continue;
      const needs = cards.filter(
        (card) => card.company === to.key && isNeed(card) && card.text.trim() !== '',
      );
      const best = new Map<string, FitPair>();
      for (const match of matches) {
        if (companyOf.get(match.asset) !== from.key || companyOf.get(match.need) !== to.key) continue;
        // Matches come strongest first: the first one for a need is its best.
        if (!best.has(match.need))
          best.set(match.need, {
            asset: match.asset,
            need: match.need,
            score: match.score,
            reason: match.reason,
          });
      }
      const pairs = [...best.values()].sort((a, b) => b.score - a.score);
      const total = pairs.reduce((sum, pair) => sum + pair.score, 0);
      cells.push({
        from: from.key,
        to: to.key,
        score: needs.length === 0 ? 0 : total / needs.length,
        needs: needs.length,
        covered: pairs.length,
        pairs,
      });
    }
  return cells;
}

/** The pairings in the order to explore them: highest score first, then most needs covered. */
export const rankFit = (cells: readonly FitCell[]): FitCell[] =>
  [...cells].filter((cell) => cell.covered > 0).sort((a, b) => b.score - a.score || b.covered - a.covered);
