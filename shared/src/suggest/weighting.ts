// TF-IDF over the board's own cards: a term every card uses ("事業", "customer" on a retail
// board) weighs little, a rare shared term ("充電", "cold chain") weighs a lot. Dictionary
// concepts weigh more than raw n-grams because they already bridge languages and synonyms.
import type { Term } from './tokenize.js';

const CONCEPT_BOOST = 2.5;
/** A bridge between related concepts weighs less than a concept both cards share. */
const BRIDGE_BOOST = 1.5;
/** A kanji word of n characters yields about 2n n-grams; scaled down so it counts like one word. */
const NGRAM_SCALE = 0.5;

export type WeightedVector = Map<string, number>;

export function inverseDocumentFrequency(
  documents: readonly ReadonlyMap<string, Term>[],
): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of documents) for (const key of terms.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = documents.length;
  const idf = new Map<string, number>();
  for (const [key, count] of df) idf.set(key, Math.log(1 + n / count));
  return idf;
}

/** Unit-length TF-IDF vector of one card. */
export function weigh(terms: ReadonlyMap<string, Term>, idf: Map<string, number>): WeightedVector {
  const vector: WeightedVector = new Map();
  let norm = 0;
  for (const term of terms.values()) {
    const boost =
      term.kind === 'concept'
        ? CONCEPT_BOOST
        : term.kind === 'bridge'
          ? BRIDGE_BOOST
          : term.kind === 'ja'
            ? NGRAM_SCALE
            : 1;
    const weight = (1 + Math.log(term.count)) * (idf.get(term.key) ?? 1) * boost;
    vector.set(term.key, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [key, weight] of vector) vector.set(key, weight / norm);
  return vector;
}

/** Cosine similarity of two unit vectors, with each shared term's share of it. */
export function overlap(a: WeightedVector, b: WeightedVector): { score: number; shared: [string, number][] } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const shared: [string, number][] = [];
  let score = 0;
  for (const [key, weight] of small) {
    const other = large.get(key);
    if (other === undefined || weight * other <= 0) continue;
    shared.push([key, weight * other]);
    score += weight * other;
  }
  return { score, shared };
}
