// The peer baseline: plain token overlap (Jaccard) with no dictionary, stemming, stop words or
// weighting: lowercase latin words and character bigrams of every non-latin stretch (hiragana
// included, no script awareness). The same pairing rules as Kyoso: an asset of one company with
// a gap or goal of another.
import type { SuggestCard } from '@kyoso/shared';

function plainTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  const normalized = text.normalize('NFKC').toLowerCase();
  for (const word of normalized.match(/[a-z0-9]+/g) ?? []) tokens.add(word);
  for (const stretch of normalized.match(/[^\sa-z0-9\p{P}\p{S}]+/gu) ?? []) {
    const chars = [...stretch];
    if (chars.length === 1) tokens.add(stretch);
    for (let i = 0; i + 2 <= chars.length; i++) tokens.add(chars.slice(i, i + 2).join(''));
  }
  return tokens;
}

export interface ScoredPair {
  asset: string;
  need: string;
  score: number;
}

export function jaccardPairs(cards: readonly SuggestCard[]): ScoredPair[] {
  const tokens = new Map(cards.map((card) => [card.id, plainTokens(card.text)]));
  const pairs: ScoredPair[] = [];
  for (const asset of cards) {
    if (asset.kind !== 'asset' || asset.company === null) continue;
    for (const need of cards) {
      if ((need.kind !== 'gap' && need.kind !== 'goal') || need.company === null) continue;
      if (need.company === asset.company) continue;
      const a = tokens.get(asset.id)!;
      const b = tokens.get(need.id)!;
      let shared = 0;
      for (const token of a) if (b.has(token)) shared += 1;
      const union = a.size + b.size - shared;
      if (shared > 0) pairs.push({ asset: asset.id, need: need.id, score: shared / union });
    }
  }
  return pairs.sort(
    (x, y) =>
      y.score - x.score || (x.asset < y.asset ? -1 : x.asset > y.asset ? 1 : x.need < y.need ? -1 : 1),
  );
}
