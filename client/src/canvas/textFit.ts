// Shrink-to-fit text layout, pure: the largest font size at which the wrapped text fits a box.
// `measure` gives a string's width at REFERENCE_SIZE; widths scale linearly with font size.
import { drawnText } from '@kyoso/shared';
import { wrapText, type MeasureWidth } from './wrapText';

export const REFERENCE_SIZE = 100;

export interface FitOptions {
  maxSize: number;
  minSize: number;
  lineHeight: number;
  /** Inner padding on every side, world units. */
  padding: number;
}

export interface TextLayout {
  fontSize: number;
  lines: string[];
  /** Height the lines take, world units. */
  height: number;
  /** True when even the smallest size did not fit and lines were cut. */
  truncated: boolean;
}

const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9'’.-]*/g;

/** Fitting is monotonic in font size: binary search over whole pixels. */
function largestFitting(
  options: FitOptions,
  fits: (size: number, lines: string[]) => boolean,
  layoutAt: (size: number) => string[],
): { size: number; lines: string[] } | null {
  let low = Math.floor(options.minSize);
  let high = Math.floor(options.maxSize);
  let best: { size: number; lines: string[] } | null = null;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const lines = layoutAt(mid);
    if (fits(mid, lines)) {
      best = { size: mid, lines };
      low = mid + 1;
    } else high = mid - 1;
  }
  return best;
}

export function fitText(
  text: string,
  w: number,
  h: number,
  options: FitOptions,
  measure: MeasureWidth,
): TextLayout {
  const innerW = Math.max(1, w - 2 * options.padding);
  const innerH = Math.max(1, h - 2 * options.padding);
  // A card far longer than any workshop writes (another client's doing) must not stall the canvas.
  text = drawnText(text);
  const layoutAt = (size: number): string[] =>
    wrapText(text, innerW, (line) => (measure(line) * size) / REFERENCE_SIZE);
  const fits = (size: number, lines: string[]): boolean => lines.length * size * options.lineHeight <= innerH;

  // A Latin word split across lines reads badly: prefer the largest size at which every word
  // fits on a line, and only when none does, split words (Japanese breaks anywhere anyway).
  let longestWord = 0;
  for (const word of text.matchAll(LATIN_WORD)) longestWord = Math.max(longestWord, measure(word[0]));
  const wordsFit = (size: number) => (longestWord * size) / REFERENCE_SIZE <= innerW;
  const best =
    largestFitting(options, (size, lines) => wordsFit(size) && fits(size, lines), layoutAt) ??
    largestFitting(options, fits, layoutAt);
  if (best)
    return {
      fontSize: best.size,
      lines: best.lines,
      height: best.lines.length * best.size * options.lineHeight,
      truncated: false,
    };

  const size = options.minSize;
  const all = layoutAt(size);
  const keep = Math.max(1, Math.floor(innerH / (size * options.lineHeight)));
  const lines = all.slice(0, keep);
  const last = lines.length - 1;
  lines[last] = `${[...(lines[last] ?? '')].slice(0, -1).join('')}…`;
  return { fontSize: size, lines, height: lines.length * size * options.lineHeight, truncated: true };
}

/** A fitter that remembers its answers per text and box (shapes re-render far more often than
 * their text changes), forgetting the oldest once it holds `capacity` layouts. */
export function createTextFitter(measure: MeasureWidth, capacity = 4000) {
  const widths = new Map<string, number>();
  const cachedMeasure: MeasureWidth = (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      if (widths.size >= capacity * 4) widths.clear();
      width = measure(text);
      widths.set(text, width);
    }
    return width;
  };
  const layouts = new Map<string, TextLayout>();
  return (text: string, w: number, h: number, options: FitOptions): TextLayout => {
    const key = `${w}|${h}|${options.maxSize}|${options.minSize}|${options.lineHeight}|${options.padding}|${text}`;
    const hit = layouts.get(key);
    if (hit) return hit;
    const layout = fitText(text, w, h, options, cachedMeasure);
    if (layouts.size >= capacity) {
      const oldest = layouts.keys().next();
      if (!oldest.done) layouts.delete(oldest.value);
    }
    layouts.set(key, layout);
    return layout;
  };
}
