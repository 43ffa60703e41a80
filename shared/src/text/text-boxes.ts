// Where each kind of shape lays out its text and at which sizes: the canvas, its text editor and
// the drawing exports all read it here, so a card's text wraps the same on screen and on paper.
import type { BoxShape } from '../model/shape.js';
import type { FitOptions } from './fit-text.js';

export const LINE_HEIGHT = 1.3;
/** Space a card keeps at its top for the company strip and kind label. */
export const CARD_HEADER = 26;

const STICKY_FIT: FitOptions = { maxSize: 28, minSize: 6, lineHeight: LINE_HEIGHT, padding: 12 };
const BOX_FIT: FitOptions = { maxSize: 24, minSize: 6, lineHeight: LINE_HEIGHT, padding: 12 };
const FREE_TEXT_FIT: FitOptions = { maxSize: 20, minSize: 6, lineHeight: LINE_HEIGHT, padding: 4 };

export interface TextBox {
  /** Where the text goes, relative to the shape's top-left corner. */
  rect: { x: number; y: number; w: number; h: number };
  options: FitOptions;
  align: 'center' | 'left';
}

/**
 * The text box of a shape, or null for shapes whose text is not drawn inside (frames: a title).
 * `reserveBottom` keeps the box's last units clear (an export's agreement seal on a card).
 */
export function textBoxOf(shape: BoxShape, reserveBottom = 0): TextBox | null {
  const bottom = Math.max(1, shape.h - reserveBottom);
  switch (shape.type) {
    case 'sticky':
      return {
        rect: { x: 0, y: CARD_HEADER - 8, w: shape.w, h: Math.max(1, bottom - CARD_HEADER + 8) },
        options: STICKY_FIT,
        align: 'center',
      };
    case 'rect':
      return { rect: { x: 0, y: 0, w: shape.w, h: bottom }, options: BOX_FIT, align: 'center' };
    case 'ellipse': {
      // The largest box inside the ellipse.
      const w = shape.w / Math.SQRT2;
      const h = shape.h / Math.SQRT2;
      return {
        rect: { x: (shape.w - w) / 2, y: (shape.h - h) / 2, w, h },
        options: BOX_FIT,
        align: 'center',
      };
    }
    case 'text':
      return { rect: { x: 0, y: 0, w: shape.w, h: bottom }, options: FREE_TEXT_FIT, align: 'left' };
    case 'frame':
      return null;
  }
}
