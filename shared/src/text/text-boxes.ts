// How shapes lay out their text: the line height, the sizes each kind of box fits text at, and the
// box a shape's text goes in. Each shape type says where its text box is (its `textBox` in
// model/shapes/<type>.ts); the canvas, its text editor and the drawing exports all read it there
// through `textBoxOf` (model/shape.ts), so a card's text wraps the same on screen and on paper.
import type { FitOptions } from './fit-text.js';

export const LINE_HEIGHT = 1.3;
/** Space a card keeps at its top for the company strip and kind label. */
export const CARD_HEADER = 26;

export const CARD_FIT: FitOptions = { maxSize: 28, minSize: 6, lineHeight: LINE_HEIGHT, padding: 12 };
export const BOX_FIT: FitOptions = { maxSize: 24, minSize: 6, lineHeight: LINE_HEIGHT, padding: 12 };
export const FREE_TEXT_FIT: FitOptions = { maxSize: 20, minSize: 6, lineHeight: LINE_HEIGHT, padding: 4 };

export interface TextBox {
  /** Where the text goes, relative to the shape's top-left corner. */
  rect: { x: number; y: number; w: number; h: number };
  options: FitOptions;
  align: 'center' | 'left';
}

/** The whole box but `reserveBottom` units at its foot (an export's agreement seal on a card). */
export const wholeBox = (
  shape: { w: number; h: number },
  reserveBottom: number,
  options: FitOptions,
  align: TextBox['align'],
): TextBox => ({ rect: { x: 0, y: 0, w: shape.w, h: Math.max(1, shape.h - reserveBottom) }, options, align });
