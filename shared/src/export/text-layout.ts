// Text layout for the drawing exports, without a DOM: approximate widths (the Latin advances of
// Noto Sans JP, the font the exports embed; CJK and full-width at 1 em) fed to the canvas's own
// line breaking and shrink-to-fit (shared/src/text/), so exports look like the canvas.
import {
  drawnText,
  ellipsizeLine,
  fitText as fitMeasured,
  type FitOptions,
  type FittedText,
} from '../text/fit-text.js';
import { wrapLines, type MeasureWidth } from '../text/line-breaking.js';

export type FontWeight = 400 | 700;

/** Advances of U+0020..U+007E in Noto Sans JP, hundredths of an em (measured from the TTFs). */
const ASCII_400 = [
  22, 32, 47, 56, 56, 92, 68, 28, 34, 34, 47, 56, 28, 35, 28, 39, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 28,
  28, 56, 56, 56, 47, 95, 61, 66, 64, 69, 59, 55, 69, 73, 29, 54, 65, 54, 81, 72, 74, 63, 74, 64, 60, 60, 72,
  58, 88, 57, 53, 60, 34, 39, 34, 56, 56, 61, 56, 62, 51, 62, 55, 33, 56, 61, 28, 28, 55, 28, 93, 61, 61, 62,
  62, 39, 47, 38, 61, 52, 80, 50, 52, 48, 34, 27, 34, 56,
];
const ASCII_700 = [
  23, 37, 57, 59, 59, 96, 74, 33, 38, 38, 51, 59, 33, 37, 33, 39, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 33,
  33, 59, 59, 59, 51, 101, 64, 68, 66, 71, 62, 59, 72, 76, 33, 57, 69, 58, 85, 75, 77, 67, 77, 68, 62, 63, 75,
  62, 92, 63, 58, 61, 38, 39, 38, 59, 57, 63, 59, 64, 53, 64, 58, 37, 60, 64, 30, 31, 60, 32, 96, 64, 63, 64,
  64, 44, 50, 42, 64, 58, 86, 56, 57, 51, 38, 30, 38, 59,
];

/** Characters drawn a full em wide: CJK, kana, full-width forms, CJK punctuation, emoji. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F000}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
/** Combining marks, zero-width spaces and joiners, variation selectors. */
const isZeroWidth = (code: number): boolean =>
  (code >= 0x300 && code <= 0x36f) ||
  (code >= 0x200b && code <= 0x200f) ||
  (code >= 0x20d0 && code <= 0x20ff) ||
  (code >= 0xfe00 && code <= 0xfe0f);

function charEm(char: string, weight: FontWeight): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return (weight === 700 ? ASCII_700 : ASCII_400)[code - 0x20]! / 100;
  if (WIDE.test(char)) return 1;
  if (isZeroWidth(code)) return 0;
  if (char === '…' || char === '—') return 0.9;
  return weight === 700 ? 0.6 : 0.57;
}

/** Width of one line of text at `size`. */
export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
  let em = 0;
  for (const char of text) em += charEm(char, weight);
  return em * size;
}

// Characters XML 1.0 forbids (C0 controls but tab and newline, lone surrogates, U+FFFE/FFFF);
// a PDF or SVG has no use for the others either. Carriage returns become newlines.
// (Iterating by code point, a surrogate seen on its own is a lone one.)
const isForbidden = (code: number): boolean =>
  (code < 0x20 && code !== 0x0a) ||
  code === 0x7f ||
  (code >= 0xd800 && code <= 0xdfff) ||
  code === 0xfffe ||
  code === 0xffff;

/** Text fit to draw: newlines normalised, tabs as spaces, forbidden characters dropped. */
export function cleanText(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' '))
    if (!isForbidden(char.codePointAt(0) ?? 0)) out += char;
  return out;
}

/** Wraps text to `maxWidth` at `size`; hard line breaks are kept, trailing spaces dropped. */
export function wrapText(text: string, maxWidth: number, size: number, weight: FontWeight = 400): string[] {
  return wrapLines(cleanText(text), maxWidth, (line) => textWidth(line, size, weight));
}

/** Widths at font size 1, in ems of Noto Sans JP. */
const emsOf =
  (weight: FontWeight): MeasureWidth =>
  (text) =>
    textWidth(text, 1, weight);

/** `text` on one line, cut with an ellipsis if it is wider than `maxWidth`. */
export function ellipsize(text: string, maxWidth: number, size: number, weight: FontWeight = 400): string {
  return ellipsizeLine(cleanText(text), maxWidth, size, emsOf(weight));
}

/** The largest size at which `text` wrapped fits a w × h box; cut with … when none does. */
export function fitText(
  text: string,
  w: number,
  h: number,
  options: FitOptions,
  weight: FontWeight = 400,
): FittedText {
  return fitMeasured(cleanText(drawnText(text)), w, h, options, emsOf(weight));
}
