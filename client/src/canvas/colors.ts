// Colours on the canvas: the same as the exports' (shared/src/export/scene-colors.ts). A card is
// drawn in a light tint of its company's colour (or of its own colour when set) with a strip of
// the full colour, so companies are told apart at a glance while text stays readable.
import { CARD_SWATCHES, PALETTE } from '@kyoso/shared';

export { baseColor, cardColors, shade, tint, type CardColors } from '@kyoso/shared';

export const NEUTRAL = PALETTE.muted;
export const TEXT_COLOR = PALETTE.text;
export const SELECTION_COLOR = PALETTE.focus;

/** The colours people pick from in the property bar; null means "default". */
export const SWATCHES = CARD_SWATCHES;
