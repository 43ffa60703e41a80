import { describe, expect, it } from 'vitest';
import { stemEnglish } from './english.js';
import { tokenize } from './tokenize.js';

const keys = (text: string) => [...tokenize(text).keys()];

describe('tokenize', () => {
  it('Japanese: kanji runs give bigrams and trigrams, katakana runs whole words, hiragana is dropped', () => {
    const k = keys('顧客基盤をマーケティングに活かしたい');
    expect(k).toEqual(
      expect.arrayContaining(['ja:顧客', 'ja:基盤', 'ja:顧客基', 'ja:客基盤', 'ja:マーケティング']),
    );
    expect(k.some((key) => /[をにしたい]/.test(key))).toBe(false);
  });

  it('Japanese: generic alliance words are not terms', () => {
    expect(keys('販路が不足')).not.toContain('ja:不足');
  });

  it('English: lowercase, stemmed, without stop words', () => {
    const k = keys('We need Delivery partners for our Warehouses');
    expect(k).toEqual(expect.arrayContaining(['en:delivery', `en:${stemEnglish('warehouse')}`]));
    expect(k).not.toContain('en:we');
    expect(k).not.toContain('en:need');
    expect(stemEnglish('channels')).toBe(stemEnglish('channel'));
    expect(stemEnglish('shipping')).toBe('ship');
  });

  it('mixed text: latin words and Japanese n-grams in one bag; full-width letters fold', () => {
    const k = keys('ＥＶ充電インフラのAI最適化');
    expect(k).toEqual(expect.arrayContaining(['en:ev', 'en:ai', 'ja:充電', 'ja:インフラ', 'ja:最適化']));
  });

  it('concepts bridge languages and synonyms', () => {
    expect(keys('全国の販売網')).toContain('c:sales-channel');
    expect(keys('No sales channel in Japan')).toContain('c:sales-channel');
    expect(keys('配送網')).toContain('c:logistics');
    expect(keys('last-mile delivery')).toContain('c:logistics');
    expect(keys('人工知能の研究')).toContain('c:ai');
    expect(keys('AI engineers')).toEqual(expect.arrayContaining(['c:ai', 'c:talent']));
  });

  it('latin concept terms match whole words only', () => {
    expect(keys('Said the main partner')).not.toContain('c:ai');
  });
});
