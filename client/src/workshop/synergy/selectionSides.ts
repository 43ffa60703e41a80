// Which selected cards go on which side of a new synergy point: gap and goal cards are what a
// synergy answers (the 'to' side), the rest is what is offered (the 'from' side). Without any gap
// or goal, the first selected card's company offers and the other companies' cards receive.
import type { CardKind, Shape, ShapeId, StickyShape, SynergySide } from '@kyoso/shared';
import type { MessageKey } from '../../i18n/messages';

export interface SynergySides {
  from: ShapeId[];
  to: ShapeId[];
}

const isPlainCard = (shape: Shape): shape is StickyShape =>
  shape.type === 'sticky' && shape.kind !== 'synergy';

/** The sides for the selected shapes, or null when no card (other than synergy cards) is selected. */
export function selectionSides(selected: readonly Shape[]): SynergySides | null {
  const cards = selected.filter(isPlainCard);
  if (cards.length === 0) return null;
  const answers = (card: StickyShape) => card.kind === 'gap' || card.kind === 'goal';
  if (cards.some(answers) && !cards.every(answers))
    return {
      from: cards.filter((card) => !answers(card)).map((card) => card.id),
      to: cards.filter(answers).map((card) => card.id),
    };
  const offering = (cards[0] as StickyShape).company;
  const offers = (card: StickyShape) => card.company === offering;
  return {
    from: cards.filter(offers).map((card) => card.id),
    to: cards.filter((card) => !offers(card)).map((card) => card.id),
  };
}

/** The one synergy card among the selected shapes, when there is exactly one. */
export function selectedSynergy(selected: readonly Shape[]): StickyShape | null {
  const synergies = selected.filter(
    (shape): shape is StickyShape => shape.type === 'sticky' && shape.kind === 'synergy',
  );
  return synergies.length === 1 ? (synergies[0] as StickyShape) : null;
}

/**
 * Whether the selected cards are of two companies or more: a synergy point is where one
 * company's strength meets another's need, so "Make synergy point" is offered only then.
 */
export function spansCompanies(selected: readonly Shape[]): boolean {
  const companies = new Set(selected.filter(isPlainCard).flatMap((card) => card.company ?? []));
  return companies.size >= 2;
}

/**
 * What the details call a linked card's side: what is offered, a gap or goal the point answers,
 * or, for a card of another kind on the receiving side (two companies' assets combined), what
 * receives the offer: an asset is never called a gap or goal.
 */
export function linkedSideLabel(side: SynergySide, kind: CardKind | null): MessageKey {
  if (side === 'from') return 'synergy.linked.from';
  return kind === 'gap' || kind === 'goal' ? 'synergy.linked.to' : 'synergy.linked.receives';
}
