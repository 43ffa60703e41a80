// A new synergy point's first title, from the first card on each side: "物流拠点網 × 地方の販路".
// Each side is the card's text up to its first aside (a bracket, a comma, a full stop) when that
// says something, so a title is not cut in the middle of a figure: "充電器の保守網（全国1,200…".
import type { Shape } from '@kyoso/shared';

/** Room for each side: 24 full-width characters, or 48 Latin ones. */
const MAX_WIDTH = 48;
const ASIDE = /[（(【「、。，,.:：;；!?！？\n]/;
/** Shorter than this, the words before the aside say too little: the card's text is cut instead. */
const MIN_HEAD = 4;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** `text` within `width` (a full-width character counts two), cut at a space in Latin text. */
function cutToWidth(text: string, width: number): string {
  let used = 0;
  const chars = Array.from(text);
  for (const [i, char] of chars.entries()) {
    used += WIDE.test(char) ? 2 : 1;
    if (used <= width) continue;
    const cut = chars.slice(0, i).join('');
    const space = cut.lastIndexOf(' ');
    return `${(space > cut.length - 12 && space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  return text;
}

export function cardHeadline(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const head = flat.split(ASIDE)[0]?.trim() ?? '';
  return cutToWidth(Array.from(head).length >= MIN_HEAD ? head : flat, MAX_WIDTH);
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
