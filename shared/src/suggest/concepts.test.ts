import { describe, expect, it } from 'vitest';
import { CONCEPTS, RELATED_CONCEPTS, prepareConcepts } from './concepts.js';
import { isEnglishStopWord, stemEnglish } from './english.js';
import { tokenize } from './tokenize.js';

const concepts = (text: string) =>
  [...tokenize(text).values()].filter((t) => t.kind === 'concept').map((t) => t.key.slice(2));
const LATIN_TERM = /^[a-z0-9][a-z0-9&+' -]*$/;
const folded = (term: string) => term.normalize('NFKC').toLowerCase();
const contains = (words: readonly string[], part: readonly string[]) =>
  words.some((_, i) => part.length <= words.length - i && part.every((w, j) => words[i + j] === w));

describe('the concept dictionary', () => {
  it('has unique kebab-case keys, each with labels and terms', () => {
    const keys = CONCEPTS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of CONCEPTS) {
      expect(c.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.ja && c.en, c.key).toBeTruthy();
      expect(c.terms.length, c.key).toBeGreaterThan(0);
    }
  });

  it('puts every concept in an area, so a card with any concept has one', () => {
    expect(CONCEPTS.filter((c) => c.area === undefined).map((c) => c.key)).toEqual([]);
    const areas = [...tokenize('輸出貨物の保険').values()].filter((t) => t.kind === 'area');
    expect(areas.map((t) => t.key).sort()).toEqual(['a:finance', 'a:places']);
  });

  it('relates only concepts it has, each pair once, and no concept to more than four others', () => {
    const keys = new Set(CONCEPTS.map((c) => c.key));
    const pairs = new Set<string>();
    const degree = new Map<string, number>();
    for (const [a, b] of RELATED_CONCEPTS) {
      expect(keys.has(a), a).toBe(true);
      expect(keys.has(b), b).toBe(true);
      expect(a).not.toBe(b);
      const pair = [a, b].sort().join(' ~ ');
      expect(pairs.has(pair), pair).toBe(false);
      pairs.add(pair);
      for (const key of [a, b]) degree.set(key, (degree.get(key) ?? 0) + 1);
    }
    for (const [key, count] of degree) expect(count, key).toBeLessThanOrEqual(4);
  });

  it('has no Japanese term of one character, nor one inside another term of the same concept', () => {
    for (const c of CONCEPTS) {
      const japanese = c.terms.map(folded).filter((t) => !LATIN_TERM.test(t));
      for (const term of japanese) {
        expect([...term].length, `${c.key}: ${term}`).toBeGreaterThan(1);
        const longer = japanese.filter((other) => other !== term && other.includes(term));
        expect(longer, `${c.key}: ${term}`).toEqual([]);
      }
    }
  });

  it('has no latin term that stems to a stop word, nor one inside another term of the same concept', () => {
    for (const c of CONCEPTS) {
      const latin = c.terms
        .map(folded)
        .filter((t) => LATIN_TERM.test(t))
        .map((t) => t.split(/\s+/).map(stemEnglish));
      for (const words of latin) {
        if (words.length === 1) expect(isEnglishStopWord(words[0]!), `${c.key}: ${words[0]}`).toBe(false);
        const longer = latin.filter((other) => other.join(' ') !== words.join(' ') && contains(other, words));
        expect(
          longer.map((w) => w.join(' ')),
          `${c.key}: ${words.join(' ')}`,
        ).toEqual([]);
      }
    }
  });

  it('prepares inflections that stem alike once, under the shortest', () => {
    const farming = prepareConcepts(stemEnglish).filter(
      (t) => t.concept.key === 'farming' && t.latin && t.words.join(' ') === 'farm',
    );
    expect(farming.map((t) => t.surface)).toEqual(['farm']);
    const [term] = tokenize('Fresh vegetables from our farms').get('c:farming')!.surfaces;
    expect(term).toBe('farm');
  });
});

describe('concepts in cards', () => {
  it('meet across languages and synonyms', () => {
    expect(concepts('人手不足が深刻')).toContain('labor-shortage');
    expect(concepts('We are short-staffed')).toContain('labor-shortage');
    expect(concepts('量産体制がない')).toContain('mass-production');
    expect(concepts('Volume production at our plants')).toContain('mass-production');
    expect(concepts('熟練工の技能継承')).toEqual(
      expect.arrayContaining(['skilled-workers', 'know-how-transfer']),
    );
    expect(concepts('Knowledge transfer from veteran workers')).toEqual(
      expect.arrayContaining(['skilled-workers', 'know-how-transfer']),
    );
    expect(concepts('冷蔵配送のネットワーク')).toContain('cold-chain');
    expect(concepts('Refrigerated trucks')).toContain('cold-chain');
    expect(concepts('補助金の申請')).toContain('subsidy');
    expect(concepts('Government grants')).toContain('subsidy');
    expect(concepts('空き家の活用')).toContain('vacant-property');
    expect(concepts('Vacant houses in the town')).toContain('vacant-property');
    expect(concepts('産学連携の共同研究')).toContain('academia');
    expect(concepts('Joint research with universities')).toContain('academia');
    expect(concepts('過疎地の買い物支援')).toEqual(expect.arrayContaining(['depopulation', 'home-delivery']));
  });

  it('are not found in words that only share letters with them', () => {
    // 足 is in 不足, 宿 in 新宿, 認知 in 認知症, 信用 in 信用金庫, クラウド in クラウドファンディング.
    expect(concepts('担当者が不足している')).not.toContain('transfer');
    expect(concepts('新宿に本社がある')).not.toContain('lodging');
    expect(concepts('認知症の方の見守り')).not.toContain('brand');
    expect(concepts('信用金庫との取引')).not.toContain('credibility');
    expect(concepts('クラウドファンディングで資金調達')).not.toEqual(
      expect.arrayContaining(['cloud', 'platform']),
    );
    expect(concepts('ジョイントベンチャーを設立')).not.toContain('startup');
    // "inns" stems to "in"; "tracking" to "track"; "charging" to "charg", as "charge" does.
    expect(concepts('No sales channel in Japan')).not.toContain('lodging');
    expect(concepts('A good track record')).not.toContain('tracking');
    expect(concepts('Our manager in charge of sales')).not.toContain('charging');
    expect(concepts('In order to grow, we support our partners')).toEqual([]);
    expect(concepts('Twenty years of experience with older machines')).toEqual([]);
    expect(concepts('The pain points of machine learning')).toEqual(['ai']);
  });
});
