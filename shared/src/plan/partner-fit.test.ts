import { describe, expect, it } from 'vitest';
import type { Company } from '../companies.js';
import type { CompanyKey } from '../ids.js';
import { suggestSynergies, type SuggestCard } from '../suggest/suggest.js';
import { partnerFit, rankFit } from './partner-fit.js';

const company = (key: string, name: string): Company => ({ key: key as CompanyKey, name, color: '#336699' });
const COMPANIES = [company('log', 'あさひ物流'), company('saas', 'Blue SaaS'), company('bank', '地方銀行')];
let next = 0;
const card = (company: string, kind: SuggestCard['kind'], text: string): SuggestCard => ({
  id: `c${next++}`,
  company,
  kind,
  text,
});

// A logistics firm, a SaaS vendor and a regional bank: the logistics firm's network meets the
// SaaS vendor's need for reach; the bank's lending meets nobody's need.
const CARDS: SuggestCard[] = [
  card('log', 'asset', '全国の配送網と倉庫'),
  card('log', 'asset', '大手小売300社との取引基盤'),
  card('log', 'gap', 'デジタル人材が不足'),
  card('saas', 'asset', 'SaaS開発・運用チーム'),
  card('saas', 'gap', '地方の顧客に製品を届ける販売網がない'),
  card('saas', 'goal', '大企業との取引実績を作る'),
  card('bank', 'asset', '中小企業向けの融資'),
  card('bank', 'goal', '地域の事業者のデジタル化を支援'),
];

describe('partnerFit', () => {
  const cells = partnerFit(CARDS, COMPANIES);
  const cell = (from: string, to: string) => cells.find((c) => c.from === from && c.to === to)!;

  it('has a cell for every ordered pair of distinct companies', () => {
    expect(cells).toHaveLength(6);
    expect(cells.some((c) => c.from === c.to)).toBe(false);
  });

  it('scores how well one company’s assets cover the other’s gaps and goals, with the pairs behind it', () => {
    const logToSaas = cell('log', 'saas');
    expect(logToSaas.needs).toBe(2);
    expect(logToSaas.covered).toBeGreaterThanOrEqual(1);
    expect(logToSaas.score).toBeGreaterThan(0);
    for (const pair of logToSaas.pairs) {
      expect(CARDS.find((c) => c.id === pair.asset)?.company).toBe('log');
      expect(CARDS.find((c) => c.id === pair.need)?.company).toBe('saas');
    }
    expect(logToSaas.score).toBeGreaterThan(cell('bank', 'saas').score);
  });

  it('ranks the pairings worth exploring first, and leaves out those with nothing in common', () => {
    const ranked = rankFit(cells);
    expect(ranked[0]!.score).toBeGreaterThanOrEqual(ranked.at(-1)!.score);
    expect(ranked.every((c) => c.covered > 0)).toBe(true);
  });

  it('is the same for the same cards in any order', () => {
    const again = partnerFit([...CARDS].reverse(), COMPANIES);
    expect(again.map((c) => [c.from, c.to, c.score.toFixed(6), c.covered])).toEqual(
      cells.map((c) => [c.from, c.to, c.score.toFixed(6), c.covered]),
    );
  });

  it('scores 0 where the receiving company wrote no gaps or goals', () => {
    const fit = partnerFit(
      CARDS.filter((c) => !(c.company === 'bank' && c.kind === 'goal')),
      COMPANIES,
    );
    expect(fit.find((c) => c.from === 'log' && c.to === 'bank')).toMatchObject({
      needs: 0,
      score: 0,
      covered: 0,
    });
  });

  it('counts as covered only a match that shares words, not one that shares only an area', () => {
    const cards = [card('log', 'asset', '輸出貨物の保険'), card('saas', 'gap', '為替の変動で利益が読めない')];
    // Both finance: a suggestion to look at…
    expect(suggestSynergies(cards).map((s) => s.basis)).toEqual(['area']);
    // …but not coverage of the need.
    expect(partnerFit(cards, COMPANIES).find((c) => c.from === 'log' && c.to === 'saas')).toMatchObject({
      covered: 0,
      score: 0,
    });
  });
});
