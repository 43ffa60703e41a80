// Colours on the canvas: the same as the exports' (shared/src/export/scene-colors.ts). A card is
// drawn in a light tint of its company's colour (or of its own colour when set) with a strip of
// the full colour, so companies are told apart at a glance while text stays readable.
import { CARD_SWATCHES, PALETTE } from '@kyoso/shared';

export { baseColor, cardColors, cardColorsOf, shade, tint, type CardColors } from '@kyoso/shared';

export const NEUTRAL = PALETTE.muted;
export const TEXT_COLOR = PALETTE.text;
export const SELECTION_COLOR = PALETTE.focus;

/** The colours people pick from in the property bar; null means "default". */
export const SWATCHES = CARD_SWATCHES;

/** What each swatch is called (said by screen readers and shown as a tooltip), in CARD_SWATCHES' order. */
const SWATCH_NAMES = [
  'yellow',
  'orange',
  'pink',
  'purple',
  'blue',
  'teal',
  'green',
  'olive',
  'grey',
] as const;

/** The name of a swatch's colour, or null for a colour that is not one of the swatches. */
export function swatchName(swatch: string): `color.${(typeof SWATCH_NAMES)[number]}` | null {
  const name = SWATCH_NAMES[SWATCHES.indexOf(swatch)];
  return name ? `color.${name}` : null;
}
