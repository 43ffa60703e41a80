// Where Japanese may break into lines. Japanese writes no spaces, and breaking between any two
// characters splits words ("全国の物流 / 網"); BudouX's model (the `budoux` package) finds phrase
// boundaries ("全国の / 物流網"), as Chrome's `word-break: auto-phrase` does. Each runtime that
// lays out text installs a parser once (`installPhraseParser`): the client at start, the server's
// export workers when they start. Without one, CJK text breaks between any two characters.
// The model errs in a few places every workshop hits ("中 / 小企業", "120か / 所"): those phrases
// are joined again (`joinsNext`).

/** What BudouX's `Parser` offers: a sentence cut into phrases, in order, nothing dropped. */
export interface PhraseParser {
  parse(sentence: string): string[];
}

/** Kana and kanji: only text holding some is worth parsing. */
const JAPANESE = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u;
/** Paragraphs remembered: shrink-to-fit lays one text out at several sizes, a resize at every frame. */
const CACHE_SIZE = 2_000;
/** Past this a paragraph is not parsed (a card holds a few hundred characters). */
const MAX_PARSED = 4_000;

let parser: PhraseParser | null = null;
const cache = new Map<string, ReadonlySet<number> | null>();

/** A counter written after a number with a small ke or ka, whose 所 BudouX puts on the next line. */
const COUNTER_KA = /[0-9０-９一二三四五六七八九十百千][かカヶケ箇]$/u;

const KANJI_AT_END = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々]+$/u;
const KANJI_AT_START = /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々]+/u;

/**
 * Whether `phrase` must stay on a line with the one after it: a compound of kanji cut so that one
 * kanji stands apart (BudouX gives 中 | 小企業, 中堅・中 | 小企業: no kanji word is one character
 * cut from the next), or a counter split from its 所 ("120か" + "所").
 */
function joinsNext(phrase: string, next: string): boolean {
  const before = KANJI_AT_END.exec(phrase)?.[0] ?? '';
  const after = KANJI_AT_START.exec(next)?.[0] ?? '';
  const lone = (run: string) => [...run].length === 1;
  if (before && after && (lone(before) || lone(after))) return true;
  return COUNTER_KA.test(phrase) && next.startsWith('所');
}

/** Uses `next` for every later layout (null: break CJK text anywhere again). */
export function installPhraseParser(next: PhraseParser | null): void {
  parser = next;
  cache.clear();
}

/**
 * UTF-16 offsets in `paragraph` where a phrase starts (0 left out), or null when nothing says:
 * no parser installed, no Japanese in it, or too long to parse.
 */
export function phraseStarts(paragraph: string): ReadonlySet<number> | null {
  if (!parser || paragraph.length > MAX_PARSED || !JAPANESE.test(paragraph)) return null;
  const known = cache.get(paragraph);
  if (known !== undefined) return known;
  const found = new Set<number>();
  const phrases = parser.parse(paragraph);
  let offset = 0;
  phrases.forEach((phrase, i) => {
    const previous = phrases[i - 1];
    if (previous !== undefined && !joinsNext(previous, phrase)) found.add(offset);
    offset += phrase.length;
  });
  // A parser that lost or added text would misplace every boundary: use none of them.
  const starts = offset === paragraph.length ? found : null;
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(paragraph, starts);
  return starts;
}
