// Colours on the canvas, pure. A card is drawn in a light tint of its company's colour (or of its
// own colour when set) with a strip of the full colour, so companies are told apart at a glance
// while text stays readable.
import { isHexColor, type Company, type Shape } from '@kyoso/shared';

export const NEUTRAL = '#5a6474';
export const DEFAULT_STICKY = '#e8b10c';
export const TEXT_COLOR = '#1d2430';
export const SELECTION_COLOR = '#2563eb';

/** The colours people pick from in the property bar; null means "default". */
export const SWATCHES: readonly string[] = [
  '#e8b10c',
  '#e0572b',
  '#d6336c',
  '#9b4dca',
  '#2f6fde',
  '#1098ad',
  '#1f9d6a',
  '#6b7a1f',
  '#5a6474',
];

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const toHex = (rgb: readonly number[]): string =>
  `#${rgb
    .map((c) =>
      Math.round(Math.max(0, Math.min(255, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** Mixed colours are asked for once per shape per frame when drawing coarsely: remember them. */
const mixed = new Map<string, string>();

function mix(hex: string, amount: number, toward: 0 | 255): string {
  if (!isHexColor(hex)) return hex;
  const key = `${hex}|${amount}|${toward}`;
  let out = mixed.get(key);
  if (out === undefined) {
    out = toHex(channels(hex).map((c) => c + (toward - c) * amount));
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
  if (shape.color) return shape.color;
  if (shape.type === 'sticky') {
    const company = shape.company ? companies.find((c) => c.key === shape.company) : undefined;
    return company?.color ?? DEFAULT_STICKY;
  }
  return NEUTRAL;
}

export interface CardColors {
  fill: string;
  strip: string;
  label: string;
}

export const cardColors = (base: string): CardColors => ({
  fill: tint(base, 0.84),
  strip: base,
  label: shade(base, 0.35),
});
