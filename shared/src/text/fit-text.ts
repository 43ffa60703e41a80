// Shrink-to-fit text layout, one algorithm for the canvas and the drawing exports: the largest
// font size at which the wrapped text fits a box, Latin words kept whole when any size allows it,
// Japanese phrases kept whole when a size not much smaller allows it, and the text cut with an
// ellipsis when even the smallest size overflows. The caller measures: the canvas with the
// browser's fonts, the exports with Noto Sans JP's advances. `measure(text)` is the text's width
// at font size 1; widths scale linearly with the size.
import { breakPieces, wrapLines, type Granularity, type MeasureWidth } from './line-breaking.js';

export interface FitOptions {
  maxSize: number;
  minSize: number;
  lineHeight: number;
  /** Inner padding on every side. */
  padding: number;
}

export interface FittedText {
  size: number;
  lines: string[];
  /** Height the lines take. */
  height: number;
  /** True when even the smallest size did not fit and the text was cut (ending in …). */
  truncated: boolean;
}

/**
 * Drawings lay out at most this many characters of one text (a card holds a few hundred): laying
 * out a huge text costs no more than this, and it is drawn cut, ending in an ellipsis.
 */
export const MAX_DRAWN_CHARS = 4_000;

/** `text` cut to `max` characters (with an ellipsis), before anything reads it whole. */
export function drawnText(text: string, max = MAX_DRAWN_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** `text` on one line, cut with an ellipsis if it is wider than `maxWidth` at `size`. */
export function ellipsizeLine(text: string, maxWidth: number, size: number, measure: MeasureWidth): string {
  const flat = text.replace(/\n/g, ' ');
  if (measure(flat) * size <= maxWidth) return flat;
  const room = maxWidth - measure('…') * size;
  let out = '';
  let width = 0;
  for (const char of flat) {
    const next = width + measure(char) * size;
    if (next > room) break;
    out += char;
    width = next;
  }
  return `${out.trimEnd()}…`;
}

/**
 * `text` cut where it needs more lines than the box holds at its smallest size, plus one more (the
 * line breaker looks ahead): wrapping it costs what the box can show, not what the text holds.
 * Each paragraph needs at least its width over the line's width in lines, so past the cut the
 * text cannot fit and is drawn cut anyway.
 */
function withinCapacity(
  text: string,
  innerW: number,
  innerH: number,
  options: FitOptions,
  measure: MeasureWidth,
): string {
  const maxLines = Math.floor(innerH / (options.minSize * options.lineHeight)) + 2;
  const lineEm = innerW / options.minSize;
  let lines = 1;
  let em = 0;
  let index = 0;
  for (const char of text) {
    if (char === '\n') {
      lines += 1;
      em = 0;
    } else if (char !== ' ') {
      // Spaces are left out: one at the end of a line takes no room, so lines are never overcounted.
      em += measure(char);
      if (em > lineEm) {
        lines += 1;
        em = measure(char);
      }
    }
    if (lines > maxLines) return text.slice(0, index);
    index += char.length;
  }
  return text;
}

const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9'’.-]*/g;

/**
 * How much smaller a text may be drawn to keep Japanese words whole: "ラストワンマイル" on a line of
 * its own at 22 px rather than "ラス | トワンマイル" at 28 px, but not a card's text at half its
 * size for one long compound.
 */
export const PHRASE_SHRINK_LIMIT = 0.6;

/**
 * What a smaller size may keep whole, best first: BudouX's phrases, else runs of one script (a
 * phrase like "ラストワンマイル配送が" is often longer than a card's line; "ラストワンマイル" is not).
 */
const KEPT_WHOLE: Granularity[] = ['phrase', 'script'];

/** The widest piece of `text` at `granularity` (a phrase or run, a Latin word), at font size 1. */
function widestPiece(text: string, granularity: Granularity, measure: MeasureWidth): number {
  let widest = 0;
  for (const paragraph of text.split('\n'))
    for (const piece of breakPieces(paragraph, granularity))
      widest = Math.max(widest, measure(piece.trimEnd()));
  return widest;
}

/** Fitting is monotonic in font size: binary search over whole units. */
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

/** The largest size at which `text` wrapped fits a w × h box; cut with … when none does. */
export function fitText(
  text: string,
  w: number,
  h: number,
  options: FitOptions,
  measure: MeasureWidth,
): FittedText {
  const innerW = Math.max(1, w - 2 * options.padding);
  const innerH = Math.max(1, h - 2 * options.padding);
  // A card far longer than any workshop writes (another client's doing) must not stall a drawing.
  text = withinCapacity(drawnText(text), innerW, innerH, options, measure);
  const layoutAt = (size: number): string[] => wrapLines(text, innerW, (line) => measure(line) * size);
  const fits = (size: number, lines: string[]): boolean => lines.length * size * options.lineHeight <= innerH;

  // A Latin word split across lines reads badly: prefer the largest size at which every word
  // fits on a line, and only when none does, split words (Japanese breaks anywhere anyway).
  let longestWord = 0;
  for (const word of text.matchAll(LATIN_WORD)) longestWord = Math.max(longestWord, measure(word[0]));
  const wordsFit = (size: number) => longestWord * size <= innerW;
  let best =
    largestFitting(options, (size, lines) => wordsFit(size) && fits(size, lines), layoutAt) ??
    largestFitting(options, fits, layoutAt);
  // A Japanese word split across lines reads badly too, so a somewhat smaller size that keeps
  // every phrase (or at least every script run) whole is better; the text editor's
  // `word-break: auto-phrase` then wraps as the canvas does.
  for (const granularity of best ? KEPT_WHOLE : []) {
    const widest = widestPiece(text, granularity, measure);
    if (widest * best!.size <= innerW) break;
    const cap = Math.min(options.maxSize, innerW / widest);
    const whole = largestFitting({ ...options, maxSize: cap }, fits, layoutAt);
    if (whole && whole.size >= best!.size * PHRASE_SHRINK_LIMIT) {
      best = whole;
      break;
    }
  }
  if (best)
    return {
      size: best.size,
      lines: best.lines,
      height: best.lines.length * best.size * options.lineHeight,
      truncated: false,
    };

  const size = options.minSize;
  const all = layoutAt(size);
  const keep = Math.max(1, Math.floor(innerH / (size * options.lineHeight)));
  const lines = all.slice(0, keep);
  const last = lines.length - 1;
  // The ellipsis goes on the last kept line, cutting it further if the line is full.
  lines[last] = ellipsizeLine(`${lines[last] ?? ''}…`, innerW, size, measure);
  return { size, lines, height: lines.length * size * options.lineHeight, truncated: true };
}
