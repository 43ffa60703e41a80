// Group by theme: cards clustered by what they talk about, in Japanese and English at once, each
// group named by what its cards share. The cards are read as the synergy matcher reads them
// (tokenize.ts: the bilingual concept dictionary, Japanese n-grams, stemmed English words,
// weighted by TF-IDF over the cards given), then merged bottom-up, the most similar groups first
// (average linkage), while two groups still share enough. Pure and deterministic: the same cards
// give the same groups, in whatever order they were selected.
import { tokenize, type Term } from './tokenize.js';
import { inverseDocumentFrequency, overlap, weigh, type WeightedVector } from './weighting.js';

export interface ThemeCard {
  id: string;
  text: string;
}

export interface Theme {
  /** The name shown for the group, in each language (from a concept, or a word its cards share). */
  label: { ja: string; en: string };
  /** Card ids, in the order given. */
  cards: string[];
}

export interface ThemeOptions {
  /** At most this many groups; the smallest beyond it go to the rest (default 8). */
  maxThemes?: number;
  /** Two groups merge while their cards' average similarity is at least this (default 0.1). */
  minSimilarity?: number;
}

export interface ThemeGrouping {
  themes: Theme[];
  /** Cards that share no theme with another (shown as "other"; left where they are). */
  rest: string[];
}

/** The most cards one grouping takes (the clustering is cubic in the number of cards). */
export const MAX_THEME_CARDS = 300;
const DEFAULT_MAX_THEMES = 8;
const DEFAULT_MIN_SIMILARITY = 0.1;

interface Cluster {
  members: number[];
}

/** The term most of the group's cards share, strongest first: a concept before a word. */
function labelOf(
  members: readonly number[],
  terms: readonly ReadonlyMap<string, Term>[],
  vectors: readonly WeightedVector[],
) {
  const weight = new Map<string, number>();
  const cards = new Map<string, number>();
  for (const i of members) {
    for (const [key, value] of vectors[i]!) {
      weight.set(key, (weight.get(key) ?? 0) + value);
      cards.set(key, (cards.get(key) ?? 0) + 1);
    }
  }
  const kindRank = (key: string) => (key.startsWith('c:') ? 0 : key.startsWith('en:') ? 1 : 2);
  const ranked = [...weight.keys()]
    .filter((key) => (cards.get(key) ?? 0) >= 2)
    .sort(
      (a, b) =>
        (cards.get(b) ?? 0) - (cards.get(a) ?? 0) ||
        kindRank(a) - kindRank(b) ||
        // A longer shared Japanese word says more than a piece of it.
        b.length - a.length ||
        (weight.get(b) ?? 0) - (weight.get(a) ?? 0) ||
        (a < b ? -1 : 1),
    );
  const key = ranked[0];
  if (key === undefined) return null;
  for (const i of members) {
    const term = terms[i]!.get(key);
    if (term) return term.kind === 'en' ? { ja: term.surfaces[0]!, en: term.surfaces[0]! } : term.label;
  }
  return null;
}

export function groupByTheme(cards: readonly ThemeCard[], options: ThemeOptions = {}): ThemeGrouping {
  const maxThemes = options.maxThemes ?? DEFAULT_MAX_THEMES;
  const minSimilarity = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  // Order-independent: work on the cards sorted by id, report them in the order given.
  const given = new Map(cards.map((card, i) => [card.id, i]));
  const all = [...cards].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sorted = all.slice(0, MAX_THEME_CARDS);
  const usable = sorted.filter((card) => card.text.trim() !== '');
  const terms = usable.map((card) => tokenize(card.text));
  const idf = inverseDocumentFrequency(terms);
  const vectors = terms.map((t) => weigh(t, idf));
  const n = usable.length;
  const similarity: number[][] = vectors.map((a, i) =>
    vectors.map((b, j) => (i === j ? 1 : j < i ? 0 : overlap(a, b).score)),
  );
  const sim = (i: number, j: number) => (i < j ? similarity[i]![j]! : similarity[j]![i]!);

  let clusters: Cluster[] = usable.map((_, i) => ({ members: [i] }));
  const linkage = (a: Cluster, b: Cluster) => {
    let total = 0;
    for (const i of a.members) for (const j of b.members) total += sim(i, j);
    return total / (a.members.length * b.members.length);
  };
  for (;;) {
    let best: { a: number; b: number; score: number } | null = null;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const score = linkage(clusters[a]!, clusters[b]!);
        if (score >= minSimilarity && (best === null || score > best.score + 1e-12)) best = { a, b, score };
      }
    }
    if (best === null) break;
    const merged = {
      members: [...clusters[best.a]!.members, ...clusters[best.b]!.members].sort((x, y) => x - y),
    };
    clusters = clusters.filter((_, k) => k !== best.a && k !== best.b);
    clusters.push(merged);
  }
  if (n === 0) clusters = [];

  const firstGiven = (cluster: Cluster) => Math.min(...cluster.members.map((i) => given.get(usable[i]!.id)!));
  const byGivenOrder = (ids: string[]) => ids.sort((a, b) => given.get(a)! - given.get(b)!);
  const groups = clusters
    .filter((cluster) => cluster.members.length >= 2)
    // Largest first; of two as large, the one whose first card comes first in the order given (the
    // reading order, from the canvas).
    .sort((a, b) => b.members.length - a.members.length || firstGiven(a) - firstGiven(b));
  const themes: Theme[] = [];
  const rest: string[] = sorted.filter((card) => card.text.trim() === '').map((card) => card.id);
  groups.forEach((cluster, index) => {
    const ids = cluster.members.map((i) => usable[i]!.id);
    if (index >= maxThemes) {
      rest.push(...ids);
      return;
    }
    const found = labelOf(cluster.members, terms, vectors) ?? {
      ja: `テーマ ${index + 1}`,
      en: `Theme ${index + 1}`,
    };
    // Two groups never carry the same name.
    const taken = themes.filter((theme) => theme.label.ja.split(' (')[0] === found.ja).length;
    const label =
      taken === 0 ? found : { ja: `${found.ja} (${taken + 1})`, en: `${found.en} (${taken + 1})` };
    themes.push({ label, cards: byGivenOrder(ids) });
  });
  for (const cluster of clusters) if (cluster.members.length < 2) rest.push(usable[cluster.members[0]!]!.id);
  rest.push(...all.slice(MAX_THEME_CARDS).map((card) => card.id));
  return { themes, rest: byGivenOrder([...new Set(rest)]) };
}
