// Line breaking for Japanese and English in one paragraph, measured by the caller: Latin words
// stay whole; Japanese phrases stay whole where a phrase parser is installed (phrases.ts; else CJK
// text may break between any two characters); a phrase too long for the rest of a line that no
// line could hold either breaks where its script changes ("持つ|物流|センターを": kana after a
// kanji, katakana or Latin word stays with it), and a run still too long between characters; and the basic
// kinsoku rules hold (no line starts with 、。」 or small kana, none ends with 「（). The canvas
// measures with the browser's fonts, the exports with Noto Sans JP's widths; both break lines the
// same way.
import { phraseStarts } from './phrases.js';

export type MeasureWidth = (text: string) => number;

const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;
/** May not start a line: attached to the character before. */
const NO_LINE_START = new Set([
  ...'、。，．,.)]）」』】〕〉》〙〗！？!?:;：；ー…‥・ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾ〜',
]);
/** May not end a line: attached to the character after. */
const NO_LINE_END = new Set([...'([（「『【〔〈《〘〖']);
const HIRAGANA = /[\u3041-\u309F]/u;
const KATAKANA = /[\u30A0-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u;
const KANJI = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々]/u;

type Script = 'hiragana' | 'katakana' | 'kanji' | null;
const scriptOf = (char: string): Script =>
  HIRAGANA.test(char) ? 'hiragana' : KATAKANA.test(char) ? 'katakana' : KANJI.test(char) ? 'kanji' : null;

const DIGIT = /[0-9０-９]/u;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/u;

/**
 * Within one script run: the same script, kana following a word (okurigana, a particle, also
 * after a Latin word: "PoCを", "APIで"), or a counter after a number ("300社", "3か月").
 */
function sameRun(before: string, char: string): boolean {
  if (DIGIT.test(before)) return true;
  const is = scriptOf(char);
  if (LATIN.test(before)) return is === 'hiragana';
  const was = scriptOf(before);
  return was !== null && (is === 'hiragana' || is === was);
}

/**
 * How finely CJK text is cut into pieces: whole phrases (where the phrase parser knows them, else
 * as `char`), runs of one script, or single characters.
 */
export type Granularity = 'phrase' | 'script' | 'char';

/** Splits a paragraph into unbreakable pieces; a piece keeps its trailing spaces. */
export function breakPieces(paragraph: string, granularity: Granularity = 'phrase'): string[] {
  const starts = granularity === 'phrase' ? phraseStarts(paragraph) : null;
  const pieces: string[] = [];
  let current = '';
  let pendingOpen = '';
  // The last character of `current`, kept rather than looked up: a piece can be very long.
  let last = '';
  const flush = () => {
    if (current) pieces.push(current);
    current = '';
  };
  let next = 0;
  for (const char of paragraph) {
    const offset = next;
    next += char.length;
    // Whatever follows an opening bracket stays after it: the bracket waits in `pendingOpen`
    // (`current` is empty then), so a "…" or a space after "(" joins it, not the piece before.
    if (NO_LINE_START.has(char) && (current || pendingOpen || pieces.length > 0)) {
      if (current || pendingOpen) {
        current += pendingOpen + char;
        pendingOpen = '';
        last = char;
      } else pieces[pieces.length - 1] += char;
      continue;
    }
    if (char === ' ' || char === '\t') {
      current += pendingOpen + char;
      pendingOpen = '';
      flush();
      continue;
    }
    if (NO_LINE_END.has(char)) {
      flush();
      pendingOpen += char;
      continue;
    }
    // Inside a phrase nothing breaks ("APIで" stays whole).
    const inPhrase = starts !== null && !starts.has(offset);
    if (CJK.test(char)) {
      const joins = inPhrase || (granularity === 'script' && sameRun(last, char));
      if (joins && current && !pendingOpen) {
        current += char;
        last = char;
        continue;
      }
      flush();
      current = pendingOpen + char;
      last = char;
      pendingOpen = '';
      continue;
    }
    // A Latin letter or digit: continues a word; after CJK, only inside a phrase.
    if (current && CJK.test(last) && !inPhrase) flush();
    current += pendingOpen + char;
    last = char;
    pendingOpen = '';
  }
  current += pendingOpen;
  flush();
  return pieces;
}

/** Breaks a piece too wide for any line into lines of whole characters. */
function splitLongPiece(piece: string, maxWidth: number, measure: MeasureWidth): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const char of piece) {
    // Widths add up character by character (no kerning), so a long piece stays linear.
    const charWidth = measure(char);
    if (line && width + charWidth > maxWidth) {
      lines.push(line);
      line = char;
      width = charWidth;
    } else {
      line += char;
      width += charWidth;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const FINER: Granularity[] = ['script', 'char'];

/**
 * Wraps text to `maxWidth`; hard line breaks are kept, trailing spaces dropped. A line's width is
 * the sum of its pieces' widths (each piece measured once), so a long paragraph costs linear time,
 * not a re-measure of the growing line per piece.
 */
export function wrapLines(text: string, maxWidth: number, measure: MeasureWidth): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    // The line's width with its trailing spaces (they count once something follows them).
    let width = 0;
    const pieces = breakPieces(paragraph);
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const word = piece.trimEnd();
      const wordWidth = measure(word);
      const spaces = piece.slice(word.length);
      const pieceWidth = wordWidth + (spaces ? measure(spaces) : 0);
      if (width + wordWidth <= maxWidth) {
        line += piece;
        width += pieceWidth;
        continue;
      }
      if (wordWidth > maxWidth) {
        // A phrase no line can hold breaks into script runs, else characters, filling this line
        // first: starting a line of its own would leave a gap and shrink the text.
        const finer = FINER.map((granularity) => breakPieces(piece, granularity)).find(
          (split) => split.length > 1,
        );
        if (finer) {
          pieces.splice(i, 1, ...finer);
          i -= 1;
          continue;
        }
      }
      if (line) lines.push(line.trimEnd());
      if (wordWidth <= maxWidth) {
        line = piece;
        width = pieceWidth;
        continue;
      }
      const parts = splitLongPiece(word, maxWidth, measure);
      // The space after the word still separates it from the next one.
      const last = parts.pop() ?? '';
      line = last + spaces;
      width = measure(line);
      for (const part of parts) lines.push(part);
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
