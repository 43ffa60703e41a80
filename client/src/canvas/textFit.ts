// Shrink-to-fit text on the canvas: the algorithm the exports use too (shared/src/text/fit-text.ts),
// measured with the browser's fonts and remembered per text and box (shapes re-render far more
// often than their text changes). `measure` gives a string's width at REFERENCE_SIZE.
import { fitText, type FitOptions, type FittedText, type MeasureWidth } from '@kyoso/shared';

export const REFERENCE_SIZE = 100;

/** A fitter that remembers its answers, forgetting the oldest once it holds `capacity` layouts. */
export function createTextFitter(measure: MeasureWidth, capacity = 4000) {
  const widths = new Map<string, number>();
  // Widths at font size 1 (what the shared fitter takes), each string measured once.
  const ems: MeasureWidth = (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      if (widths.size >= capacity * 4) widths.clear();
      width = measure(text) / REFERENCE_SIZE;
      widths.set(text, width);
    }
    return width;
  };
  const layouts = new Map<string, FittedText>();
  return (text: string, w: number, h: number, options: FitOptions): FittedText => {
    const key = `${w}|${h}|${options.maxSize}|${options.minSize}|${options.lineHeight}|${options.padding}|${text}`;
    const hit = layouts.get(key);
    if (hit) return hit;
    const layout = fitText(text, w, h, options, ems);
    if (layouts.size >= capacity) {
      const oldest = layouts.keys().next();
      if (!oldest.done) layouts.delete(oldest.value);
    }
    layouts.set(key, layout);
    return layout;
  };
}
