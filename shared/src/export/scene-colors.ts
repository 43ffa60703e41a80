// The canvas's colours for the drawing exports (client/src/canvas/colors.ts): a card is a light
// tint of its company's colour with a strip of the full colour. Only validated #rrggbb values
// come out of here, whatever a shape or company holds.
import { isHexColor, type Company } from '../companies.js';
import type { Shape } from '../model/shape.js';
import { PALETTE } from '../palette.js';

export const NEUTRAL = PALETTE.muted;
/** A card without a company or a colour of its own. */
export const DEFAULT_STICKY = PALETTE.highlight;
export const TEXT_COLOR = PALETTE.text;
export const MUTED_TEXT = PALETTE.muted;
export const CONNECTOR_COLOR = PALETTE.muted;
export const FRAME_COLOR = PALETTE.textSubtle;
export const AGREED_GREEN = PALETTE.success;
/** The badge of an agreement to content that has changed since. */
export const CHANGED_AMBER = PALETTE.warningStrong;
export const WHITE = PALETTE.surface;

/** `value` when it is a #rrggbb colour, else `fallback`. */
export const safeColor = (value: unknown, fallback: string): string =>
  isHexColor(value) ? value.toLowerCase() : fallback;

/** Mixed colours are asked for once per shape per frame when the canvas draws coarsely: kept. */
const mixed = new Map<string, string>();

function mix(hex: string, amount: number, toward: 0 | 255): string {
  const key = `${hex}|${amount}|${toward}`;
  let out = mixed.get(key);
  if (out === undefined) {
    const value = Number.parseInt(safeColor(hex, NEUTRAL).slice(1), 16);
    const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
    out = `#${channels
      .map((c) =>
        Math.round(Math.max(0, Math.min(255, c + (toward - c) * amount)))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    if (mixed.size > 1000) mixed.clear();
    mixed.set(key, out);
  }
  return out;
}

/** `hex` mixed with white: 0 is the colour itself, 1 is white. */
export const tint = (hex: string, amount: number): string => mix(hex, amount, 255);

/** `hex` mixed with black: 0 is the colour itself, 1 is black. */
export const shade = (hex: string, amount: number): string => mix(hex, amount, 0);

/** The colour a shape is drawn in: its own, else its company's (cards), else its type's default. */
export function baseColor(shape: Shape, companies: readonly Company[]): string {
  if (shape.color) return safeColor(shape.color, NEUTRAL);
  if (shape.type === 'sticky') {
    const company = shape.company ? companies.find((c) => c.key === shape.company) : undefined;
    return safeColor(company?.color, DEFAULT_STICKY);
  }
  return NEUTRAL;
}

/** A card: a light tint of its colour, a strip of the full colour, its kind label darker. */
export interface CardColors {
  fill: string;
  strip: string;
  label: string;
}

/** `identity`: the colour of the strip and the label (a company card's company colour). */
export const cardColors = (base: string, identity = base): CardColors => ({
  fill: tint(base, 0.84),
  strip: identity,
  label: shade(identity, 0.35),
});

/**
 * A card's colours. A company card's strip and kind label keep its company's colour whatever
 * colour the card was given: the colour is its own to choose, whose card it is is not (painted in
 * the other company's colour, a card read as theirs on the board and under the PDF's legend).
 */
export function cardColorsOf(card: Shape, companies: readonly Company[]): CardColors {
  const base = baseColor(card, companies);
  const company =
    card.type === 'sticky' && card.company ? companies.find((c) => c.key === card.company) : undefined;
  return cardColors(base, company ? safeColor(company.color, base) : base);
}
