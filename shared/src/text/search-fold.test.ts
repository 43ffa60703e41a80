import { describe, expect, it } from 'vitest';
import { findTerms, foldForSearch, searchTerms } from './search-fold.js';

const marked = (text: string, query: string) =>
  findTerms(text, searchTerms(query))?.map(([a, b]) => text.slice(a, b)) ?? null;

describe('text folded for search', () => {
  it('treats full-width and half-width forms, kana and case alike', () => {
    expect(foldForSearch('ＳａａＳ　開発').text).toBe('saas 開発');
    expect(foldForSearch('ｶﾀｶﾅ').text).toBe(foldForSearch('かたかな').text);
    expect(foldForSearch('ガバナンス').text).toBe(foldForSearch('ｶﾞﾊﾞﾅﾝｽ').text);
    expect(foldForSearch('デジタル人材').text).toBe('でじたる人材');
    expect(foldForSearch('  EV  Chargers ').text).toBe('ev chargers');
  });

  it('finds every word of the query, and marks each where it is written', () => {
    expect(marked('大手小売300社との取引基盤', 'とりひき')).toBeNull();
    expect(marked('大手小売300社との取引基盤', '取引 ３００')).toEqual(['300', '取引']);
    expect(marked('ｶﾞﾊﾞﾅﾝｽ強化', 'がばなんす')).toEqual(['ｶﾞﾊﾞﾅﾝｽ']);
    expect(marked('Nationwide Network', 'network WIDE')).toEqual(['wide', 'Network']);
    expect(marked('共同配送センター', 'せんたー')).toEqual(['センター']);
    expect(marked('Cafe\u0301 partners', 'CAFÉ')).toEqual(['Cafe\u0301']);
    expect(marked('EV充電網', 'ev 物流')).toBeNull();
  });

  it('merges marks that overlap, and has no terms for a blank query', () => {
    expect(marked('synergy', 'syn ergy nerg')).toEqual(['synergy']);
    expect(searchTerms('  　 ')).toEqual([]);
    expect(findTerms('anything', [])).toEqual([]);
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(marked('𩸽の流通 🚚 配送', '配送')).toEqual(['配送']);
    expect(marked('𩸽の流通', '𩸽')).toEqual(['𩸽']);
  });
});
