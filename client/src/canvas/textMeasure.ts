// Measuring text in the browser for the fitter: a shared 2D context (one per weight), the same font
// the canvas draws with. Widths are measured at REFERENCE_SIZE and scaled (see textFit.ts).
import type { FitOptions, FittedText } from '@kyoso/shared';
import { breakJapaneseByPhrase } from './japanesePhrases';
import { createTextFitter, REFERENCE_SIZE } from './textFit';

export const CANVAS_FONT =
  "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', 'Noto Sans CJK JP', 'Yu Gothic', Meiryo, sans-serif";

type Weight = 'normal' | 'bold';
const contexts: Partial<Record<Weight, CanvasRenderingContext2D | null>> = {};

function measure(text: string, weight: Weight = 'normal'): number {
  let context = contexts[weight];
  if (context === undefined) {
    context = contexts[weight] = document.createElement('canvas').getContext('2d');
    if (context) context.font = `${weight} ${REFERENCE_SIZE}px ${CANVAS_FONT}`;
  }
  return context ? context.measureText(text).width : text.length * REFERENCE_SIZE * 0.6;
}

// Before anything is laid out: the fitter remembers its layouts.
breakJapaneseByPhrase();
const fitter = createTextFitter((text) => measure(text));

export const fitShapeText = (text: string, w: number, h: number, options: FitOptions): FittedText =>
  fitter(text, w, h, options);

/** Width of one line of text at `size` px in the canvas font. */
export const measureTextWidth = (text: string, size: number, weight: Weight = 'normal'): number =>
  (measure(text, weight) * size) / REFERENCE_SIZE;
