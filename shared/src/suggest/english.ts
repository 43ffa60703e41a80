// English words: lowercase, stop words out, a light suffix stemmer so that "channels",
// "channel" and "channelling" meet. Deliberately small: card texts are short phrases.

/** Function words and the verbs every asset/gap card uses ("we need", "strong"), which say nothing about the match. */
const STOP_WORDS = new Set(
  `a an and are as at be been but by can could do does for from has have having how i in into is it its
  of on or our ours so than that the their them they this those to too us very was we were what when
  where which who will with within without would you your yours not no more most less much many
  any all each every other some such only own same also just about over under via per across
  need needs needed want wants wanted lack lacks lacking missing limited little few weak hard
  strong strength strengths great good best large big small new existing current
  have has provide provides offer offers get gain grow growth expand expansion improve increase
  reach build use using make help support our company companies business partner partners
  asset assets gap gaps goal goals plan plans aim aims target targets looking seek seeking
  year years able ability capability capabilities`
    .split(/\s+/)
    .filter(Boolean),
);

export const isEnglishStopWord = (word: string): boolean => STOP_WORDS.has(word);

/** A deterministic, conservative stemmer (a subset of Porter step 1 plus a few endings). */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  // "delivering" → "deliver", "shipping" → "shipp" → "ship": undo a doubled final consonant.
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
