// A new synergy point's first title, from the first card of each company on each side: "物流拠点網 ×
// 地方の販路"; with three companies, "自動搬送ロボット + リース審査 × 倉庫の人手不足" (what is offered
// together, then what it answers), so no company's part goes unnamed. Each card is named by its
// text up to its first aside (a bracket, a comma, a full stop) when that
// says something, so a title is not cut in the middle of a figure: "充電器の保守網（全国1,200…";
// a longer one is cut at a phrase's end by `excerpt`, with no bracket left open.
import { displayWidth, excerpt, type Shape } from '@kyoso/shared';

/** Room for each card's headline: 24 full-width characters, or 48 Latin ones. */
const MAX_WIDTH = 48;
/** Less for each when three cards or more are named (the title still fits the details' field). */
const MAX_WIDTH_MANY = 32;
/** A comma, a full stop or a colon inside a figure (12,000, 1.5, 10:30) is part of it, no aside. */
const ASIDE = /[（(【「、。，：;；!?！？\n]|[,.:](?!\d)/;
/** Shorter than this, the words before the aside say too little: the card's text is cut instead. */
const MIN_HEAD = 4;

export function cardHeadline(text: string, maxWidth = MAX_WIDTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const head = flat.split(ASIDE)[0]?.trim() ?? '';
  return excerpt(Array.from(head).length >= MIN_HEAD ? head : flat, maxWidth, displayWidth);
}

/** The title for a point linking `sides` (card ids, in the order they were picked). */
export function firstTitle(
  shapes: readonly Shape[],
  sides: { from: readonly string[]; to: readonly string[] },
): string {
  // Per side, the first card of each company (a card of none only where the side has no other).
  const pick = (ids: readonly string[]) => {
    const cards = ids.flatMap((id) => {
      const shape = shapes.find((entry) => entry.id === id);
      return shape && shape.type !== 'connector' ? [shape] : [];
    });
    const companyOf = (shape: Shape) => ('company' in shape ? (shape.company ?? null) : null);
    const ofCompanies = cards.filter((shape) => companyOf(shape) !== null);
    const named = new Set<string | null>();
    return (ofCompanies.length > 0 ? ofCompanies : cards).flatMap((shape) => {
      if (named.has(companyOf(shape))) return [];
      named.add(companyOf(shape));
      return [shape.text];
    });
  };
  const from = pick(sides.from);
  const to = pick(sides.to);
  const width = from.length + to.length > 2 ? MAX_WIDTH_MANY : MAX_WIDTH;
  const side = (texts: readonly string[]) =>
    texts
      .map((text) => cardHeadline(text, width))
      .filter(Boolean)
      .join(' + ');
  return [side(from), side(to)].filter(Boolean).join(' × ');
}
