// The shape of a dictionary concept and the helper every concept file writes it with.

export interface Concept {
  key: string;
  /** Display labels for a suggestion's reason. */
  ja: string;
  en: string;
  terms: readonly string[];
}

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
