// The shape of a dictionary concept and the helper every concept file writes it with.

/**
 * The part of a business a concept belongs to, along the value chain (value-chain.ts), the market
 * (markets.ts) or an industry (industries.ts). Two cards that touch the same area ("人手不足" and a
 * training programme: people) are related, weakly (AREA_WEIGHT in ../weighting.ts), where they
 * share no word or concept.
 */
export type Area =
  | 'production'
  | 'rnd'
  | 'operations'
  | 'people'
  | 'finance'
  | 'it-data'
  | 'trust'
  | 'sales'
  | 'segments'
  | 'places'
  | 'public'
  | 'energy'
  | 'health'
  | 'tourism-food'
  | 'mobility'
  | 'media-education';

export interface Concept {
  key: string;
  /** Display labels for a suggestion's reason. */
  ja: string;
  en: string;
  terms: readonly string[];
  /** Set where the concepts are assembled (concepts.ts), by the list a concept is written in. */
  area?: Area;
}

/** The same concepts, each marked as belonging to `area`. */
export const inArea = (area: Area, concepts: readonly Concept[]): Concept[] =>
  concepts.map((c) => ({ ...c, area }));

/** `terms` is one string, the terms separated by '|' (easier to read and to diff than an array). */
export const concept = (key: string, ja: string, en: string, terms: string): Concept => ({
  key,
  ja,
  en,
  terms: terms
    .split('|')
    .map((t) => t.trim())
    .filter(Boolean),
});
