// A new synergy point's first title, from the first card on each side: "物流拠点網 × 地方の販路".
// Each side is the card's text up to its first aside (a bracket, a comma, a full stop) when that
// says something, so a title is not cut in the middle of a figure: "充電器の保守網（全国1,200…";
// a longer one is cut at a phrase's end by `excerpt`, with no bracket left open.
import { displayWidth, excerpt, type Shape } from '@kyoso/shared';

/** Room for each side: 24 full-width characters, or 48 Latin ones. */
const MAX_WIDTH = 48;
/** A comma, a full stop or a colon inside a figure (12,000, 1.5, 10:30) is part of it, no aside. */
const ASIDE = /[（(【「、。，：;；!?！？\n]|[,.:](?!\d)/;
/** Shorter than this, the words before the aside say too little: the card's text is cut instead. */
const MIN_HEAD = 4;

export function cardHeadline(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const head = flat.split(ASIDE)[0]?.trim() ?? '';
  return excerpt(Array.from(head).length >= MIN_HEAD ? head : flat, MAX_WIDTH, displayWidth);
}

export function firstTitle(
  shapes: readonly Shape[],
  from: string | undefined,
  to: string | undefined,
): string {
  const text = (id: string | undefined) => {
    const shape = shapes.find((entry) => entry.id === id);
    return shape && shape.type !== 'connector' ? cardHeadline(shape.text) : '';
  };
  return [text(from), text(to)].filter(Boolean).join(' × ');
}
