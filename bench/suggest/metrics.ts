// Precision and recall at k for ranked asset↔need pairs against the labelled set.
import type { ScoredPair } from './baseline.js';
import type { Scenario } from './dataset.js';

export const K = 5;

export interface NeedResult {
  scenario: string;
  need: string;
  relevant: string[];
  /** Assets ranked for this need, best first. */
  ranked: string[];
  hits: number;
  precision: number;
  recall: number;
  reciprocalRank: number;
}

/** Per labelled need: the assets the matcher ranks for it, and P@k, R@k, reciprocal rank. */
export function perNeed(scenario: Scenario, pairs: readonly ScoredPair[]): NeedResult[] {
  return Object.entries(scenario.labels).map(([need, relevant]) => {
    const ranked = pairs.filter((p) => p.need === need).map((p) => p.asset);
    const hits = ranked.slice(0, K).filter((asset) => relevant.includes(asset)).length;
    const first = ranked.findIndex((asset) => relevant.includes(asset));
    return {
      scenario: scenario.name,
      need,
      relevant,
      ranked,
      hits,
      precision: hits / K,
      recall: hits / relevant.length,
      reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
    };
  });
}

/** The board's own list, as the panel shows it: how many of its first k are labelled pairs. */
export function boardPrecision(scenario: Scenario, pairs: readonly ScoredPair[], k = K): number {
  const top = pairs.slice(0, k);
  const hits = top.filter((p) => scenario.labels[p.need]?.includes(p.asset)).length;
  return hits / k;
}

export const mean = (values: readonly number[]): number =>
  values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
