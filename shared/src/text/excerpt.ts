// A text named in a title, a label or a list: on one line, and when it is too long, cut where a
// reader would pause (a space, a comma, the end of a Japanese phrase), never in the middle of a
// Latin word and never leaving a bracket open, then marked with an ellipsis. One cutter for the
// client's labels, the activity entries the server writes and a synergy point's first title.

/** How much room a character takes; the excerpt's `max` is in these units. */
export type CharWidth = (char: string) => number;

/** One a character (a code point). */
export const charCount: CharWidth = () => 1;
/** UTF-16 units, for a field stored with a length limit (the ellipsis is one). */
export const utf16Width: CharWidth = (char) => char.length;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** Two for a full-width character, one for any other: room on a line shared by both scripts. */
export const displayWidth: CharWidth = (char) => (WIDE.test(char) ? 2 : 1);

const ELLIPSIS = '…';

/** Opening brackets and the one that closes each. */
const CLOSER: Readonly<Record<string, string>> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '（': '）',
  '［': '］',
  '｛': '｝',
  '「': '」',
  '『': '』',
  '【': '】',
  '〔': '〕',
  '〈': '〉',
  '《': '》',
  '〖': '〗',
  '〘': '〙',
  '“': '”',
  '«': '»',
};
const CLOSERS = new Set(Object.values(CLOSER));

/** Characters of one Latin word or figure ("cold-chain", "1,200", "1.5M"): never cut between two. */
const IN_WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{M}'’.,\-_&+@#%/:]/u;
/** After these a phrase ends: a cut here reads as a pause. */
const PAUSE_AFTER = /[\s、。，,．.;；:：!！?？・/／…)\]）］」』】〕〉》〗〙”»]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
/** Attached to the character before: a long vowel mark, small kana, iteration marks. */
const ATTACHED = /[ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ\p{M}]/u;
/** Left at the end of a cut, these only look unfinished before the ellipsis. */
const TRAILING = /[\s、，,．.;；:：・/／\-–—…]+$/u;

/** A cut that keeps less than this share of the room says too little: a later, worse cut wins. */
const PHRASE_KEEPS = 0.6;
const WORD_KEEPS = 0.5;

const segmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;

/** Where words start (character indices), as the platform's dictionary splits Japanese. */
function wordStarts(chars: readonly string[]): Set<number> {
  const starts = new Set<number>();
  if (!segmenter) {
    // Without one, any two Japanese characters may part.
    for (let i = 1; i < chars.length; i++) starts.add(i);
    return starts;
  }
  let index = 0;
  for (const { segment } of segmenter.segment(chars.join(''))) {
    starts.add(index);
    index += Array.from(segment).length;
  }
  return starts;
}

type Boundary = 'phrase' | 'word' | null;

/** What kind of cut falls before `chars[i]`: a pause, a word's end, or none. */
function boundaryBefore(chars: readonly string[], i: number, words: Set<number>): Boundary {
  const before = chars[i - 1]!;
  const after = chars[i]!;
  if (IN_WORD.test(before) && IN_WORD.test(after)) return null;
  if (ATTACHED.test(after) || CLOSERS.has(after)) return null;
  if (PAUSE_AFTER.test(before) || after === ' ' || after in CLOSER) return 'phrase';
  // A Japanese phrase ends with its particle or ending: kana, then a word that is not.
  if (HIRAGANA.test(before) && !HIRAGANA.test(after) && words.has(i)) return 'phrase';
  return words.has(i) ? 'word' : null;
}

/**
 * The text on one line (white space folded to one space, none at either end), up to `limit`
 * characters of it, and whether there is more.
 */
function foldedHead(text: string, limit: number): { chars: string[]; more: boolean } {
  const chars: string[] = [];
  let space = false;
  for (const char of text) {
    if (/\s/u.test(char)) {
      space = chars.length > 0;
      continue;
    }
    if (chars.length + (space ? 1 : 0) >= limit) return { chars, more: true };
    if (space) chars.push(' ');
    space = false;
    chars.push(char);
  }
  return { chars, more: false };
}

const widthOf = (text: string, width: CharWidth): number => {
  let used = 0;
  for (const char of text) used += width(char);
  return used;
};

/** The longest start of the text within `room`, ended at the best boundary there is. */
function cutWithin(chars: readonly string[], room: number, width: CharWidth, words: Set<number>): string {
  let fits = 0;
  let used = 0;
  const usedAt = [0];
  while (fits < chars.length && used + width(chars[fits]!) <= room) {
    used += width(chars[fits]!);
    fits += 1;
    usedAt.push(used);
  }
  let phrase = -1;
  let word = -1;
  let any = -1;
  for (let i = fits; i > 0 && phrase < 0; i--) {
    const kind = boundaryBefore(chars, i, words);
    if (kind === null) continue;
    if (kind === 'phrase' && usedAt[i]! >= room * PHRASE_KEEPS) phrase = i;
    else if (word < 0 && usedAt[i]! >= room * WORD_KEEPS) word = i;
    if (any < 0) any = i;
  }
  // Short of a good boundary, any boundary: half of "1,200,000" would say another figure. Only a
  // first word longer than the room is cut inside.
  const end = phrase > 0 ? phrase : word > 0 ? word : any > 0 ? any : fits;
  const cut = chars.slice(0, end).join('').replace(TRAILING, '');
  return cut || chars.slice(0, fits).join('');
}

/** Brackets the text opens and does not close, outermost first, with where each opens. */
function openBrackets(text: string): { at: number; closer: string }[] {
  const open: { at: number; closer: string }[] = [];
  let at = 0;
  for (const char of text) {
    const closer = CLOSER[char];
    if (closer !== undefined) open.push({ at, closer });
    else if (CLOSERS.has(char)) {
      // A closer pairs with the nearest bracket it closes; a stray one is the writer's own.
      const match = open.findLastIndex((entry) => entry.closer === char);
      if (match >= 0) open.length = match;
    }
    at += char.length;
  }
  return open;
}

/**
 * `text` on one line (white space folded), within `max` (in `width` units, the ellipsis and any
 * closing brackets included). Cut, it ends at the last pause or word end that keeps most of the
 * room, then "…"; a bracket the cut leaves open is either cut off with what it holds (an aside
 * late in the text) or closed after the ellipsis (a bracket the text starts with: 「物流網を…」).
 */
export function excerpt(text: string, max: number, width: CharWidth = charCount): string {
  // Every character takes one unit or more: no more than `max` of them fit, and a boundary is
  // looked for just past them. A card may hold a million characters; only its start is read.
  const { chars, more } = foldedHead(text, Math.max(0, Math.floor(max)) + 2);
  const flat = chars.join('');
  if (!more && widthOf(flat, width) <= max) return flat;
  const words = wordStarts(chars);
  const room = max - width(ELLIPSIS);
  if (room <= 0) return max >= width(ELLIPSIS) ? ELLIPSIS : '';
  const cut = cutWithin(chars, room, width, words);
  let open = openBrackets(cut);
  if (open.length === 0) return cut + ELLIPSIS;
  const before = cut.slice(0, open[0]!.at).replace(TRAILING, '');
  if (widthOf(before, width) >= room * WORD_KEEPS) return before + ELLIPSIS;
  // The bracket holds most of what is said: keep it and close it, in the room the closers leave
  // (a shorter cut may leave other brackets open, hence a few tries).
  for (let tries = 0; tries < 4; tries++) {
    const closersOf = (entries: typeof open) =>
      entries
        .map((entry) => entry.closer)
        .reverse()
        .join('');
    const shorter = cutWithin(chars, room - widthOf(closersOf(open), width), width, words);
    open = openBrackets(shorter);
    const closed = shorter + ELLIPSIS + closersOf(open);
    if (widthOf(closed, width) <= max) return closed;
  }
  return before ? before + ELLIPSIS : ELLIPSIS;
}
