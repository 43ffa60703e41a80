// The templates' own words (area titles, headings, instructions) in both languages, so that a
// viewer reads a template in their language whichever language placed it. Text someone has
// since rewritten no longer matches and is shown as written.
import type { Company } from '../companies.js';
import { LOCALES, type Locale } from '../templates.js';
import type { LayoutItem, Phrase } from './common.js';
import { TEMPLATE_LAYOUTS } from './layouts.js';

const wordsOf = (item: LayoutItem): string => (item.type === 'frame' ? item.title : item.text);

/** Every text the templates write for these companies, in either language → the same text in both. */
export function templateWording(companies: readonly Company[]): ReadonlyMap<string, Phrase> {
  const wording = new Map<string, Phrase>();
  for (const layout of Object.values(TEMPLATE_LAYOUTS)) {
    const [ja, en] = LOCALES.map((locale) => layout({ companies, locale }));
    // A layout places the same items in each language; a mismatch would pair unrelated words.
    if (!ja || !en || ja.length !== en.length) continue;
    ja.forEach((item, i) => {
      const phrase: Phrase = { ja: wordsOf(item), en: wordsOf(en[i]!) };
      if (phrase.ja === phrase.en || phrase.ja === '' || phrase.en === '') return;
      for (const locale of LOCALES) if (!wording.has(phrase[locale])) wording.set(phrase[locale], phrase);
    });
  }
  return wording;
}

/** `text` in `locale` when it is a template's own words, else as written. */
export const inLocale = (wording: ReadonlyMap<string, Phrase>, text: string, locale: Locale): string =>
  wording.get(text)?.[locale] ?? text;
