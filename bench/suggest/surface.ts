// Whether two cards share no surface word: no latin word of two letters or more (function words
// aside) and no two Japanese characters in a row. What the fresh set counts as pairs that only
// meaning, not wording, can find.
const FUNCTION_WORDS = new Set([
  'the',
  'and',
  'for',
  'our',
  'in',
  'of',
  'to',
  'with',
  'we',
  'no',
  'is',
  'are',
  'on',
  'at',
  'by',
]);
const JAPANESE = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]/u;

function surface(text: string): { words: Set<string>; grams: Set<string> } {
  const folded = text.normalize('NFKC').toLowerCase();
  const words = new Set((folded.match(/[a-z0-9]{2,}/g) ?? []).filter((word) => !FUNCTION_WORDS.has(word)));
  const grams = new Set<string>();
  const runs = [...folded]
    .map((char) => (JAPANESE.test(char) ? char : ' '))
    .join('')
    .split(' ');
  for (const run of runs) {
    const chars = [...run];
    for (let i = 0; i + 2 <= chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return { words, grams };
}

export function sharesNoSurfaceWord(a: string, b: string): boolean {
  const left = surface(a);
  const right = surface(b);
  return (
    ![...left.words].some((word) => right.words.has(word)) &&
    ![...left.grams].some((gram) => right.grams.has(gram))
  );
}
