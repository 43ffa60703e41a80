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

/**
 * How much two cards' areas (concepts/define.ts: the part of a business a concept belongs to,
 * "people", "finance", "it-data") add to their similarity, next to the cosine of their words and
 * concepts. Areas get a vector of their own, so a card's many words do not drown them and its
 * areas do not dilute its words. Chosen with the labelled sets of bench/suggest (the sweep and how
 * it was done are in bench/results/suggest.md).
 */
export const AREA_WEIGHT = 0.3;

/** A card as the matcher compares it: its words and concepts, and apart from them its areas. */
export interface CardVector {
  words: WeightedVector;
  areas: WeightedVector;
}

export function weighCard(terms: ReadonlyMap<string, Term>, idf: Map<string, number>): CardVector {
  return {
    words: weighWhere(terms, idf, (term) => term.kind !== 'area'),
    areas: weighWhere(terms, idf, (term) => term.kind === 'area'),
  };
}

/** Unit-length TF-IDF vector of one card's words and concepts (its areas left out). */
export const weigh = (terms: ReadonlyMap<string, Term>, idf: Map<string, number>): WeightedVector =>
  weighWhere(terms, idf, (term) => term.kind !== 'area');

function weighWhere(
  terms: ReadonlyMap<string, Term>,
  idf: Map<string, number>,
  only: (term: Term) => boolean,
): WeightedVector {
  const vector: WeightedVector = new Map();
  let norm = 0;
  for (const term of terms.values()) {
    if (!only(term)) continue;
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

/** Cosine similarity of two unit vectors (overlap without the shares, for ranking every pair). */
export function cosine(a: WeightedVector, b: WeightedVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let score = 0;
  for (const [key, weight] of small) {
    const other = large.get(key);
    if (other !== undefined && weight * other > 0) score += weight * other;
  }
  return score;
}

/** How alike two cards are: the cosine of their words and concepts, and apart the cosine of their areas. */
export const similarity = (a: CardVector, b: CardVector): { words: number; areas: number } => ({
  words: cosine(a.words, b.words),
  areas: a.areas.size > 0 && b.areas.size > 0 ? cosine(a.areas, b.areas) : 0,
});
