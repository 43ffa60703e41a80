// Measuring text in the browser for the fitter: one shared 2D context, the same font the canvas
// draws with. Widths are measured at REFERENCE_SIZE and scaled (see textFit.ts).
import type { FitOptions, FittedText } from '@kyoso/shared';
import { createTextFitter, REFERENCE_SIZE } from './textFit';

export const CANVAS_FONT =
  "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', 'Noto Sans CJK JP', 'Yu Gothic', Meiryo, sans-serif";

let context: CanvasRenderingContext2D | null = null;

function measure(text: string): number {
  if (!context) {
    context = document.createElement('canvas').getContext('2d');
    if (!context) return text.length * REFERENCE_SIZE * 0.6;
    context.font = `${REFERENCE_SIZE}px ${CANVAS_FONT}`;
  }
  return context.measureText(text).width;
}

const fitter = createTextFitter(measure);

export const fitShapeText = (text: string, w: number, h: number, options: FitOptions): FittedText =>
  fitter(text, w, h, options);

/** Width of one line of text at `size` px in the canvas font. */
export const measureTextWidth = (text: string, size: number): number =>
  (measure(text) * size) / REFERENCE_SIZE;
