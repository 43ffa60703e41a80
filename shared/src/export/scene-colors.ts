// The canvas's colours for the drawing exports (client/src/canvas/colors.ts): a card is a light
// tint of its company's colour with a strip of the full colour. Only validated #rrggbb values
// come out of here, whatever a shape or company holds.
import { isHexColor, type Company } from '../companies.js';
import type { Shape } from '../model/shape.js';

export const NEUTRAL = '#5a6474';
export const DEFAULT_STICKY = '#e8b10c';
export const TEXT_COLOR = '#1d2430';
export const MUTED_TEXT = '#5a6474';
export const CONNECTOR_COLOR = '#5a6474';
export const FRAME_COLOR = '#8f99a8';
export const AGREED_GREEN = '#146c43';
/** The badge of an agreement to content that has changed since. */
export const CHANGED_AMBER = '#b7791f';
export const WHITE = '#ffffff';

/** `value` when it is a #rrggbb colour, else `fallback`. */
export const safeColor = (value: unknown, fallback: string): string =>
  isHexColor(value) ? value.toLowerCase() : fallback;

function mix(hex: string, amount: number, toward: number): string {
  const value = Number.parseInt(safeColor(hex, NEUTRAL).slice(1), 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return `#${channels
    .map((c) =>
      Math.round(Math.max(0, Math.min(255, c + (toward - c) * amount)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
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
