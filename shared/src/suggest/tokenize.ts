// A card's text as index terms for matching: concepts from the bilingual dictionary (and their
// areas), Japanese character n-grams and stemmed English words, in one bag so mixed text
// ("EV充電の販路") just works.
import { AREA_LABELS, AREA_OF, prepareConcepts, RELATED_CONCEPTS } from './concepts.js';
import { isEnglishStopWord, stemEnglish } from './english.js';
import { kanjiGrams, katakanaGrams, scriptRuns } from './japanese.js';

export type TermKind = 'concept' | 'bridge' | 'area' | 'ja' | 'en';

export interface Term {
  /** Unique per term: `c:logistics`, `ja:物流`, `en:deliver`. */
  key: string;
  kind: TermKind;
  /** How it is shown in a suggestion's reason, per UI language. */
  label: { ja: string; en: string };
  /** The words of the card behind this term (for concepts, the matched dictionary terms). */
  surfaces: readonly string[];
  count: number;
}

const PREPARED = prepareConcepts(stemEnglish);
/**
 * What a card must hold for each prepared term to be worth searching for: its stemmed words, or
 * its characters. Most of the dictionary's thousands of terms are on no given card, and a card
 * may be long, so a term is looked for only when all of these are there.
 */
const NEEDED: readonly (readonly string[])[] = PREPARED.map((term) =>
  term.latin ? [...new Set(term.words)] : [...new Set(term.text)],
);

/** NFKC folds full-width letters and half-width katakana ("ＡＩ", "ｶｰﾄﾞ"); case does not matter. */
export const normalizeText = (text: string): string => text.normalize('NFKC').toLowerCase();

function hasSequence(words: readonly string[], sequence: readonly string[]): boolean {
  outer: for (let i = 0; i + sequence.length <= words.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (words[i + j] !== sequence[j]) continue outer;
    return true;
  }
  return false;
}

/** Texts tokenized lately: the panel recomputes on every keystroke, and only one card changed. */
const recent = new Map<string, ReadonlyMap<string, Term>>();
const MAX_RECENT = 5000;

/** A card's terms; the same text gives the same (shared, not to be changed) map. */
export function tokenize(text: string): ReadonlyMap<string, Term> {
  const known = recent.get(text);
  if (known) return known;
  const terms = readTerms(text);
  if (recent.size >= MAX_RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, terms);
  return terms;
}

function readTerms(text: string): Map<string, Term> {
  const normalized = normalizeText(text);
  const terms = new Map<string, Term>();
  const add = (key: string, kind: TermKind, label: Term['label'], surface: string) => {
    const term = terms.get(key);
    if (term === undefined) terms.set(key, { key, kind, label, surfaces: [surface], count: 1 });
    else {
      term.count += 1;
      if (!term.surfaces.includes(surface)) (term.surfaces as string[]).push(surface);
    }
  };

  const runs = scriptRuns(normalized);
  const rawWords: string[] = [];
  for (const run of runs) {
    if (run.script === 'latin') {
      rawWords.push(run.text);
      if (run.text.length > 1 && !isEnglishStopWord(run.text) && !/^\d+$/.test(run.text)) {
        const stem = stemEnglish(run.text);
        if (!isEnglishStopWord(stem)) add(`en:${stem}`, 'en', { ja: run.text, en: run.text }, run.text);
      }
    } else {
      const grams = run.script === 'kanji' ? kanjiGrams(run.text) : katakanaGrams(run.text);
      for (const gram of grams) add(`ja:${gram}`, 'ja', { ja: gram, en: gram }, gram);
    }
  }

  const stems = rawWords.map(stemEnglish);
  const stemsHeld = new Set(stems);
  const charsHeld = new Set(normalized);
  PREPARED.forEach((term, i) => {
    const held = term.latin ? stemsHeld : charsHeld;
    if (!NEEDED[i]!.every((piece) => held.has(piece))) return;
    const found = term.latin ? hasSequence(stems, term.words) : normalized.includes(term.text);
    if (found)
      add(`c:${term.concept.key}`, 'concept', { ja: term.concept.ja, en: term.concept.en }, term.surface);
  });
  // Related concepts (concepts.ts): each pair's bridge, carrying the words that brought it.
  for (const [a, b] of RELATED_CONCEPTS) {
    for (const key of [a, b]) {
      const found = terms.get(`c:${key}`);
      if (!found) continue;
      for (const surface of found.surfaces)
        add(`r:${a}~${b}`, 'bridge', { ja: found.label.ja, en: found.label.en }, surface);
    }
  }
  // Areas (concepts/): two cards about the same part of a business share its area.
  for (const term of [...terms.values()]) {
    if (term.kind !== 'concept') continue;
    const area = AREA_OF.get(term.key.slice(2));
    if (area === undefined) continue;
    for (const surface of term.surfaces) add(`a:${area}`, 'area', AREA_LABELS[area], surface);
  }
  return terms;
}
