// Candidate synergies: one company's asset paired with another company's gap or goal, ranked by
// how much their texts share: words, concepts and areas (shared/src/suggest/tokenize.ts,
// weighting.ts). Pure and deterministic: the same cards give the same list on every client.
import type { CardKind } from '../model/shapes/fields.js';
import { AREA_LABELS, type Area } from './concepts.js';
import { scriptRuns } from './japanese.js';
import { stemEnglish } from './english.js';
import { normalizeText, tokenize, type Term } from './tokenize.js';
import { AREA_WEIGHT, inverseDocumentFrequency, overlap, similarity, weighCard } from './weighting.js';

/** What the matcher needs of a card (a StickyShape fits). */
export interface SuggestCard {
  id: string;
  company: string | null;
  kind: CardKind | null;
  text: string;
}

export type NeedKind = 'gap' | 'goal';

export interface ReasonTerm {
  ja: string;
  en: string;
}

/**
 * What a suggestion rests on: `words` the cards share (a word, a dictionary concept or related
 * concepts), or only an `area` of business (insurance and currency risk: finance), a weaker
 * candidate listed after every pair that shares words.
 */
export type SuggestionBasis = 'words' | 'area';

export interface Suggestion {
  /** Card ids. */
  asset: string;
  need: string;
  needKind: NeedKind;
  basis: SuggestionBasis;
  /**
   * Similarity in (0, 1]: the cosine of the cards' words and concepts plus AREA_WEIGHT times the
   * cosine of their areas (weighting.ts), over 1 + AREA_WEIGHT.
   */
  score: number;
  /**
   * The shared terms that carry the score, strongest first (at most MAX_REASON_TERMS); for an
   * `area` suggestion, the area shared and each card's words in it ("財務・金融（保険 / 為替）").
   */
  reason: ReasonTerm[];
}

export interface SuggestOptions {
  /** At most this many suggestions (default DEFAULT_SUGGESTION_LIMIT). */
  limit?: number;
  /** Pairs not to suggest again, as `suggestionKey(asset, need)`. */
  dismissed?: ReadonlySet<string>;
  /** Pairs scoring below this are noise (default DEFAULT_MIN_SCORE). */
  minScore?: number;
}

export const DEFAULT_SUGGESTION_LIMIT = 10;
export const DEFAULT_MIN_SCORE = 0.08;
export const MAX_REASON_TERMS = 3;

export const suggestionKey = (asset: string, need: string): string => `${asset}>${need}`;

const isNeed = (kind: CardKind | null): kind is NeedKind => kind === 'gap' || kind === 'goal';

/**
 * Shared Japanese n-grams shown as the longest stretches of the asset's text they cover
 * ("冷凍", "凍食", "食品", "冷凍食" → "冷凍食品"), each with the summed weight of its n-grams.
 */
function japaneseSpans(text: string, shared: ReadonlyMap<string, number>): [string, number][] {
  const spans: [string, number][] = [];
  for (const run of scriptRuns(normalizeText(text))) {
    if (run.script === 'latin') continue;
    const chars = [...run.text];
    const covered = chars.map(() => false);
    const weightAt = chars.map(() => 0);
    for (let i = 0; i < chars.length; i++) {
      for (let n = 1; i + n <= chars.length; n++) {
        const weight = shared.get(`ja:${chars.slice(i, i + n).join('')}`);
        if (weight === undefined) continue;
        for (let k = i; k < i + n; k++) covered[k] = true;
        weightAt[i]! += weight;
      }
    }
    for (let i = 0; i < chars.length;) {
      if (!covered[i]) {
        i++;
        continue;
      }
      let end = i;
      let weight = 0;
      while (end < chars.length && covered[end]) weight += weightAt[end++]!;
      spans.push([chars.slice(i, end).join(''), weight]);
      i = end;
    }
  }
  return spans;
}

/** A card's latin words as written (the runs the tokenizer reads, in their own case). */
const LATIN_WORD = /[a-z0-9][a-z0-9&+'-]*[a-z0-9]|[a-z0-9]/giu;

/**
 * `surface` (a dictionary term or a word of the card, normalised) as `text` writes it, or null when
 * the card does not hold it: "ai" in "画像認識AI" is "AI", and a latin term is found by its stems, so
 * "optimize" in "Route optimization" is "optimization".
 */
function writtenIn(text: string, surface: string): string | null {
  const folded = text.normalize('NFKC');
  const wanted = normalizeText(surface);
  if (/^[a-z0-9]/.test(wanted)) {
    const stems = wanted.split(/\s+/).map(stemEnglish);
    const words = folded.match(LATIN_WORD) ?? [];
    for (let i = 0; i + stems.length <= words.length; i++)
      if (stems.every((stem, k) => stemEnglish(words[i + k]!.toLowerCase()) === stem))
        return words.slice(i, i + stems.length).join(' ');
  }
  const at = normalizeText(folded).indexOf(wanted);
  if (at < 0) return null;
  return folded.length === normalizeText(folded).length ? folded.slice(at, at + wanted.length) : surface;
}

/** `surface` as `text` writes it, when it can tell. */
const asWritten = (text: string, surface: string): string => writtenIn(text, surface) ?? surface;

/**
 * What the two cards say for one shared term, in their own words: the word itself when both use it
 * ("物流"), else each card's word ("配送 ↔ delivery"), so a reason never names a word that is on
 * neither card (a concept's dictionary name, say).
 */
function wordsOnBoth(assetText: string, needText: string, a: Term, b: Term): string {
  const mine = a.surfaces.map((s) => asWritten(assetText, s));
  const theirs = b.surfaces.map((s) => asWritten(needText, s));
  // One word in two forms ("warehouses", "warehouse") is one word: said once, the shorter form.
  const stem = (word: string) =>
    normalizeText(word)
      .split(/\s+/)
      .map((part) => (/^[a-z0-9]/.test(part) ? stemEnglish(part) : part))
      .join(' ');
  for (const word of mine) {
    const other = theirs.find((candidate) => stem(candidate) === stem(word));
    if (other !== undefined) return other.length < word.length ? other : word;
  }
  return `${mine[0]} ↔ ${theirs[0]}`;
}

/** The longest part of `span` (at least two characters) that `text` holds too, or null. */
function sharedPart(span: string, text: string): string | null {
  const chars = [...span];
  const folded = normalizeText(text);
  for (let n = chars.length; n >= 2; n--)
    for (let i = 0; i + n <= chars.length; i++) {
      const part = chars.slice(i, i + n).join('');
      if (folded.includes(part)) return part;
    }
  return null;
}

/** Shared terms to show: strongest first, skipping words a concept or a longer term already says. */
function reasonTerms(
  shared: [string, number][],
  assetText: string,
  needText: string,
  a: ReadonlyMap<string, Term>,
  b: ReadonlyMap<string, Term>,
): ReasonTerm[] {
  const candidates: { label: ReasonTerm; weight: number; concept: boolean; surfaces: string[] }[] = [];
  for (const [key, weight] of shared) {
    const term = a.get(key)!;
    const other = b.get(key);
    if (term.kind === 'ja' || !other) continue;
    const surfaces = [...term.surfaces, ...other.surfaces];
    const words = wordsOnBoth(assetText, needText, term, other);
    candidates.push({ label: { ja: words, en: words }, weight, concept: term.kind === 'concept', surfaces });
  }
  const ja = new Map(shared.filter(([key]) => key.startsWith('ja:')));
  for (const [span, weight] of japaneseSpans(assetText, ja)) {
    // Adjacent shared pieces make a span of the asset's text the need may not hold whole
    // ("システム" and "基盤" apart): only what both cards write is shown.
    const part = sharedPart(span, needText);
    if (part) candidates.push({ label: { ja: part, en: part }, weight, concept: false, surfaces: [] });
  }
  candidates.sort((x, y) => y.weight - x.weight || (x.label.ja < y.label.ja ? -1 : 1));
  const covered: string[] = [];
  const shown: string[] = [];
  const reason: ReasonTerm[] = [];
  for (const candidate of candidates) {
    const said = candidate.label.ja.toLowerCase();
    // A longer word that only adds a suffix ("配送網" after "配送", "farms" after "farm") says
    // nothing new; one that narrows it ("冷凍食品" after "食品") does.
    const repeats = (word: string) => (c: string) =>
      c.includes(word) || (word.includes(c) && word.length < c.length + 2);
    if (!candidate.concept && covered.some(repeats(said))) continue;
    // Nor does a pair whose words were both shown already ("farm ↔ farms" after "farm").
    const words = said.split(' ↔ ');
    if (words.every((word) => shown.some(repeats(word)))) continue;
    if (reason.length < MAX_REASON_TERMS) {
      reason.push(candidate.label);
      shown.push(...words);
    }
    covered.push(said, candidate.label.en.toLowerCase(), ...candidate.surfaces.map((s) => s.toLowerCase()));
  }
  return reason;
}

/** Up to this many of a card's words are quoted for an area both cards touch. */
const AREA_WORDS = 2;

/**
 * A card's words that put it in an area, as the card writes them: the dictionary's terms it holds,
 * a word already inside a longer one left out ("スペース" beside "空きスペース").
 */
function wordsIn(text: string, term: Term): string[] {
  const written = [...new Set(term.surfaces.map((s) => writtenIn(text, s)).filter((word) => word !== null))];
  const lone = written.filter(
    (word) => !written.some((other) => other !== word && normalizeText(other).includes(normalizeText(word))),
  );
  return lone.slice(0, AREA_WORDS);
}

/** The areas two cards share, strongest first, each named with both cards' words in it. */
function areaReasons(
  shared: [string, number][],
  assetText: string,
  needText: string,
  a: ReadonlyMap<string, Term>,
  b: ReadonlyMap<string, Term>,
): ReasonTerm[] {
  return [...shared]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, MAX_REASON_TERMS)
    .map(([key]) => {
      const label = AREA_LABELS[key.slice(2) as Area];
      const mine = wordsIn(assetText, a.get(key)!);
      const theirs = wordsIn(needText, b.get(key)!);
      // A card whose word the reason cannot find in it is not quoted.
      if (mine.length === 0 || theirs.length === 0) return { ja: label.ja, en: label.en };
      const words = (joiner: string) => `${mine.join(joiner)} / ${theirs.join(joiner)}`;
      return { ja: `${label.ja}（${words('・')}）`, en: `${label.en} (${words(', ')})` };
    });
}

export function suggestSynergies(cards: readonly SuggestCard[], options: SuggestOptions = {}): Suggestion[] {
  const limit = options.limit ?? DEFAULT_SUGGESTION_LIMIT;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const dismissed = options.dismissed ?? new Set<string>();
  const usable = cards.filter((card) => card.text.trim() !== '');
  const terms = usable.map((card) => tokenize(card.text));
  const idf = inverseDocumentFrequency(terms);
  const vectors = terms.map((t) => weighCard(t, idf));

  const scored: { asset: number; need: number; needKind: NeedKind; basis: SuggestionBasis; score: number }[] =
    [];
  usable.forEach((asset, i) => {
    if (asset.kind !== 'asset' || asset.company === null) return;
    usable.forEach((need, j) => {
      if (!isNeed(need.kind) || need.company === null || need.company === asset.company) return;
      if (dismissed.has(suggestionKey(asset.id, need.id))) return;
      const { words, areas } = similarity(vectors[i]!, vectors[j]!);
      const score = (words + AREA_WEIGHT * areas) / (1 + AREA_WEIGHT);
      // Its words alone must pass the cut-off for a pair to count as sharing words; the areas
      // then only rank it. Else the area carries it, and it is listed with the area pairs.
      const basis = words > 0 && words >= minScore ? 'words' : areas > 0 && score >= minScore ? 'area' : null;
      if (basis) scored.push({ asset: i, need: j, needKind: need.kind, basis, score });
    });
  });
  const idOf = (index: number) => usable[index]!.id;
  // Pairs that share words first: an area alone is a weaker reason than any shared word.
  const tier = (basis: SuggestionBasis) => (basis === 'words' ? 0 : 1);
  scored.sort(
    (x, y) =>
      tier(x.basis) - tier(y.basis) ||
      y.score - x.score ||
      (idOf(x.asset) < idOf(y.asset)
        ? -1
        : idOf(x.asset) > idOf(y.asset)
          ? 1
          : idOf(x.need) < idOf(y.need)
            ? -1
            : 1),
  );
  // Reasons only for what is returned: finding the words is the dear part, and a board has
  // thousands of pairs above the cut-off.
  return scored.slice(0, Math.max(0, limit)).map(({ asset, need, needKind, basis, score }): Suggestion => {
    const a = usable[asset]!;
    const n = usable[need]!;
    const [why, shared] =
      basis === 'words'
        ? [reasonTerms, overlap(vectors[asset]!.words, vectors[need]!.words).shared]
        : [areaReasons, overlap(vectors[asset]!.areas, vectors[need]!.areas).shared];
    return {
      asset: a.id,
      need: n.id,
      needKind,
      basis,
      score,
      reason: why(shared, a.text, n.text, terms[asset]!, terms[need]!),
    };
  });
}
