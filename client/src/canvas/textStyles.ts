// How each kind of shape lays out its text: the box the text fits in (relative to the shape) and
// the size range. Shared by the canvas views and the textarea editor so they line up exactly.
import type { BoxShape } from '@kyoso/shared';
import type { Rect } from '../sync/session-types';
import type { FitOptions } from './textFit';

export const LINE_HEIGHT = 1.3;
/** Space a card keeps at its top for the company strip and kind label. */
export const CARD_HEADER = 26;

const STICKY: FitOptions = { maxSize: 28, minSize: 6, lineHeight: LINE_HEIGHT, padding: 12 };
const BOX: FitOptions = { maxSize: 24, minSize: 6, lineHeight: LINE_HEIGHT, padding: 12 };
const FREE_TEXT: FitOptions = { maxSize: 20, minSize: 6, lineHeight: LINE_HEIGHT, padding: 4 };

export interface TextBox {
  /** Where the text goes, relative to the shape's top-left corner. */
  rect: Rect;
  options: FitOptions;
  align: 'center' | 'left';
}

/** The text box of a shape, or null for shapes whose text is not drawn inside (frames). */
export function textBoxOf(shape: BoxShape): TextBox | null {
  switch (shape.type) {
    case 'sticky':
      return {
        rect: { x: 0, y: CARD_HEADER - 8, w: shape.w, h: Math.max(1, shape.h - CARD_HEADER + 8) },
        options: STICKY,
        align: 'center',
      };
    case 'rect':
      return { rect: { x: 0, y: 0, w: shape.w, h: shape.h }, options: BOX, align: 'center' };
    case 'ellipse': {
      // The largest box inside the ellipse.
      const w = shape.w / Math.SQRT2;
      const h = shape.h / Math.SQRT2;
      return { rect: { x: (shape.w - w) / 2, y: (shape.h - h) / 2, w, h }, options: BOX, align: 'center' };
    }
    case 'text':
      return { rect: { x: 0, y: 0, w: shape.w, h: shape.h }, options: FREE_TEXT, align: 'left' };
    case 'frame':
      return null;
  }
}
