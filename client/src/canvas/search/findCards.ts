// Board search, pure: which cards and frames hold every word of a query (kana-, width- and
// case-insensitive, shared/src/text/search-fold.ts) in their text, fields, tags or comments,
// narrowed by company, kind and tag, in reading order, each with a short excerpt around what matched.
import {
  foldForSearch,
  isBoxShape,
  matchTerms,
  searchTerms,
  type BoxShape,
  type CardKind,
  type CompanyKey,
  type FoldedText,
  type Shape,
  type ShapeId,
} from '@kyoso/shared';
import { readingOrder } from '../cardOrder';

export interface SearchFilter {
  /** A company's cards (and its lanes), `none` for those of no company, null for all. */
  company: CompanyKey | 'none' | null;
  /** Cards of a kind, `frame` for frames and areas, null for all. */
  kind: CardKind | 'frame' | null;
  /** Cards carrying this tag, null for all. */
  tag: string | null;
}

export const NO_SEARCH_FILTER: SearchFilter = { company: null, kind: null, tag: null };

const filtering = (filter: SearchFilter): boolean =>
  filter.company !== null || filter.kind !== null || filter.tag !== null;

/** A run of an excerpt, marked where it matched. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  shape: BoxShape;
  excerpt: ExcerptPart[];
}

/** An effort picked from the list is stored as its level: no words of the card's (a result read "low"). */
const EFFORT_LEVELS = new Set(['low', 'medium', 'high']);

/** Everything a card says: its text, on a synergy card its typed fields, and its tags (`#tag`). */
export function searchableText(shape: BoxShape): string {
  const parts = [shape.text];
  if (shape.type === 'sticky' && shape.synergy) {
    const { synergyTypeLabel, expectedValue, effort, owners, nextStep } = shape.synergy;
    const typedEffort = EFFORT_LEVELS.has(effort) ? '' : effort;
    parts.push(synergyTypeLabel, expectedValue, typedEffort, ...Object.values(owners), nextStep);
  }
  if (shape.type === 'sticky' && shape.tags) parts.push(shape.tags.map((tag) => `#${tag}`).join(' '));
  return parts.filter((part) => part.trim().length > 0).join('\n');
}

// The board's shapes are immutable snapshots, replaced when they change: each is folded once.
const folds = new WeakMap<BoxShape, { text: string; folded: FoldedText }>();
function foldedOf(shape: BoxShape): { text: string; folded: FoldedText } {
  let entry = folds.get(shape);
  if (!entry) {
    const text = searchableText(shape);
    entry = { text, folded: foldForSearch(text) };
    folds.set(shape, entry);
  }
  return entry;
}

/** The company a card belongs to, or a frame is the lane of. */
export const companyOf = (shape: BoxShape): CompanyKey | null =>
  shape.type === 'sticky' ? shape.company : shape.type === 'frame' ? (shape.areaCompany ?? null) : null;

function passes(shape: BoxShape, filter: SearchFilter): boolean {
  if (filter.company !== null) {
    const company = companyOf(shape);
    if (filter.company === 'none' ? company !== null : company !== filter.company) return false;
  }
  if (filter.tag !== null && !(shape.type === 'sticky' && shape.tags?.includes(filter.tag))) return false;
  if (filter.kind === 'frame') return shape.type === 'frame';
  if (filter.kind !== null) return shape.type === 'sticky' && shape.kind === filter.kind;
  return true;
}

/** At most `radius` characters either side of the first match, whitespace folded, marks kept. */
export function excerptAround(
  text: string,
  ranges: ReadonlyArray<[number, number]>,
  radius = 28,
): ExcerptPart[] {
  const first = ranges[0];
  const start = first ? Math.max(0, first[0] - radius) : 0;
  const end = Math.min(text.length, (first ? first[1] : 0) + radius * 2);
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    if (from > at) parts.push({ text: text.slice(at, from), match: false });
    parts.push({ text: text.slice(Math.max(from, at), Math.min(to, end)), match: true });
    at = Math.min(to, end);
  }
  if (at < end) parts.push({ text: text.slice(at, end), match: false });
  const flat = parts
    .map((part) => ({ ...part, text: part.text.replace(/\s+/g, ' ') }))
    .filter((part) => part.text.length > 0);
  if (start > 0 && flat[0]) flat[0] = { ...flat[0], text: `…${flat[0].text.trimStart()}` };
  const last = flat[flat.length - 1];
  if (end < text.length && last) flat[flat.length - 1] = { ...last, text: `${last.text.trimEnd()}…` };
  return flat;
}

/**
 * The shapes that match: with a query, those holding every word of it; without one, every card
 * and frame the filter lets through (a filter alone lists, say, one company's gaps).
 */
/**
 * `discussion` gives a card's comment thread as text (empty when it has none): a card also matches
 * by what people wrote about it.
 */
export function findCards(
  shapes: readonly Shape[],
  query: string,
  filter: SearchFilter,
  discussion: (id: ShapeId) => string = () => '',
): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0 && !filtering(filter)) return [];
  const hits: SearchHit[] = [];
  for (const shape of shapes) {
    if (!isBoxShape(shape) || !passes(shape, filter)) continue;
    // Listing by filter alone is about cards and areas, not every drawn box and label.
    if (terms.length === 0 && shape.type !== 'sticky' && shape.type !== 'frame') continue;
    const own = foldedOf(shape);
    const comments = terms.length === 0 ? '' : discussion(shape.id);
    // Comments are folded when there are some (they change apart from the shape, so not kept).
    const { text, folded } =
      comments === ''
        ? own
        : { text: `${own.text}\n${comments}`, folded: foldForSearch(`${own.text}\n${comments}`) };
    const ranges = terms.length === 0 ? [] : matchTerms(folded, terms);
    if (ranges !== null) hits.push({ shape, excerpt: excerptAround(text, ranges) });
  }
  const placed = hits.map((hit) => ({
    id: hit.shape.id,
    x: hit.shape.x,
    y: hit.shape.y,
    w: hit.shape.w,
    h: hit.shape.h,
    hit,
  }));
  return readingOrder(placed).map(({ hit }) => hit);
}
