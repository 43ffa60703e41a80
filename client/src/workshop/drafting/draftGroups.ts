// Drafts grouped for the panel: one section per profile kind (DOMAIN.md, "Know your company"), in
// a fixed order so that every member of a company sees the same layout, plus "other" for cards of
// any other kind (a kind changed on the board before, or none at all) so that nothing is hidden.
import { CARD_KINDS, type CardKind, type ShapeId, type StickyShape } from '@kyoso/shared';

export const DRAFT_KINDS = ['asset', 'gap', 'goal', 'value', 'idea'] as const satisfies readonly CardKind[];
export type DraftKind = (typeof DRAFT_KINDS)[number];
export type DraftSectionKey = DraftKind | 'other';

export const isDraftKind = (kind: CardKind | null): kind is DraftKind =>
  DRAFT_KINDS.some((entry) => entry === kind);

export interface DraftGroup {
  key: DraftSectionKey;
  cards: readonly StickyShape[];
}

/** The five kind sections (always, empty or not) and "other" when it has cards; stored order within each. */
export function groupDrafts(cards: readonly StickyShape[]): DraftGroup[] {
  const buckets = new Map<DraftSectionKey, StickyShape[]>(DRAFT_KINDS.map((kind) => [kind, []]));
  const other: StickyShape[] = [];
  for (const card of cards) {
    if (isDraftKind(card.kind)) buckets.get(card.kind)?.push(card);
    else other.push(card);
  }
  const groups: DraftGroup[] = DRAFT_KINDS.map((kind) => ({ key: kind, cards: buckets.get(kind) ?? [] }));
  if (other.length > 0) groups.push({ key: 'other', cards: other });
  return groups;
}

export interface KindCount {
  kind: CardKind | null;
  count: number;
}

/** How many cards of each kind (kinds in their usual order, no kind last): what a reveal will show. */
export function countByKind(cards: readonly StickyShape[]): KindCount[] {
  const counts = new Map<CardKind | null, number>();
  for (const card of cards) counts.set(card.kind, (counts.get(card.kind) ?? 0) + 1);
  return [...CARD_KINDS, null].flatMap((kind) => {
    const count = counts.get(kind);
    return count ? [{ kind, count }] : [];
  });
}

/** The selection without cards that are gone (revealed or deleted by a teammate); the same set when nothing left. */
export function keepPresent(
  selected: ReadonlySet<ShapeId>,
  cards: readonly StickyShape[],
): ReadonlySet<ShapeId> {
  if (selected.size === 0) return selected;
  const present = new Set(cards.map((card) => card.id));
  const kept = [...selected].filter((id) => present.has(id));
  return kept.length === selected.size ? selected : new Set(kept);
}

/** The cards the selection names, in stored order. */
export const selectedCards = (cards: readonly StickyShape[], selected: ReadonlySet<ShapeId>) =>
  cards.filter((card) => selected.has(card.id));
