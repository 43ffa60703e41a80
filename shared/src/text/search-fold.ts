// Text folded for search, so that what people type finds what is written however it was typed:
// full-width and half-width forms alike (ＡＢＣ/ABC, ｶﾀｶﾅ/カタカナ, through NFKC), hiragana and katakana
// alike (かな/カナ), upper and lower case alike, runs of white space as one space. Each folded
// character keeps where in the original text it came from, so a match can be marked there.

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, where in the original text its character starts... */
  from: number[];
  /** ...and ends (exclusive; a character with its joined marks, a surrogate pair). */
  to: number[];
}

const KATAKANA_FIRST = 0x30a1; // ァ
const KATAKANA_LAST = 0x30f6; // ヶ
const TO_HIRAGANA = 0x60;

/** Marks that NFKC joins to the character before them (dakuten, handakuten and combining forms). */
const JOINS_PREVIOUS = new Set(['\u3099', '\u309a', '\u309b', '\u309c', '\uff9e', '\uff9f']);
const joinsPrevious = (char: string) => JOINS_PREVIOUS.has(char) || /^\p{M}$/u.test(char);

function foldChunk(chunk: string): string {
  let out = '';
  for (const char of chunk.normalize('NFKC').toLowerCase()) {
    const code = char.codePointAt(0)!;
    out += code >= KATAKANA_FIRST && code <= KATAKANA_LAST ? String.fromCodePoint(code - TO_HIRAGANA) : char;
  }
  return out;
}

/** Folds `text` for matching, keeping where each folded character came from. */
export function foldForSearch(text: string): FoldedText {
  const chars = [...text];
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0; // UTF-16 index of chars[i] in `text`
  let spaced = true; // leading white space is dropped
  for (let i = 0; i < chars.length;) {
    let chunk = chars[i]!;
    let next = i + 1;
    while (next < chars.length && joinsPrevious(chars[next]!)) chunk += chars[next++]!;
    const piece = foldChunk(chunk);
    if (/^\s+$/u.test(piece)) {
      if (!spaced) {
        folded += ' ';
        from.push(at);
        to.push(at + chunk.length);
        spaced = true;
      }
    } else {
      for (let k = 0; k < piece.length; k++) {
        from.push(at);
        to.push(at + chunk.length);
      }
      folded += piece;
      spaced = false;
    }
    at += chunk.length;
    i = next;
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    from.pop();
    to.pop();
  }
  return { text: folded, from, to };
}

/** The words of a query, folded: every one must be found for a match. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query)
    .text.split(' ')
    .filter((term) => term.length > 0);
}

/** Where the terms occur in the original text, as [start, end) ranges, or null when one is missing. */
export function findTerms(text: string, terms: readonly string[]): Array<[number, number]> | null {
  return terms.length === 0 ? [] : matchTerms(foldForSearch(text), terms);
}

/** `findTerms` over text folded beforehand (a search over many cards folds each once). */
export function matchTerms(folded: FoldedText, terms: readonly string[]): Array<[number, number]> | null {
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const found = folded.text.indexOf(term);
    if (found < 0) return null;
    ranges.push([folded.from[found]!, folded.to[found + term.length - 1]!]);
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
