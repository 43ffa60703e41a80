import { describe, expect, it } from 'vitest';
import { suggestSynergies, suggestionKey, type SuggestCard } from './suggest.js';

const card = (id: string, company: string | null, kind: SuggestCard['kind'], text: string): SuggestCard => ({
  id,
  company,
  kind,
  text,
});

const board: SuggestCard[] = [
  card('ja-sales', 'kumo', 'asset', '全国3,000店舗の販売網と自社配送網'),
  card('ja-ai', 'kumo', 'asset', '画像認識AIの研究開発チーム'),
  card('ja-gap', 'kumo', 'gap', '海外展開のノウハウと現地パートナーがない'),
  card('en-gap-sales', 'acme', 'gap', 'No sales channel in Japan for our chargers'),
  card('en-gap-ml', 'acme', 'gap', 'We lack machine learning engineers'),
  card(
    'en-asset-global',
    'acme',
    'asset',
    'Distribution partners in 30 countries across Southeast Asia and Europe',
  ),
  card('en-goal', 'acme', 'goal', 'Deliver orders same-day in Tokyo'),
  card('value', 'acme', 'value', 'Sustainability first'),
];
const pairs = (cards = board, options = {}) =>
  suggestSynergies(cards, { limit: 50, ...options }).map((s) => `${s.asset}>${s.need}`);

describe('suggestSynergies', () => {
  it('matches a Japanese asset with an English gap through the dictionary, with the reason', () => {
    const result = suggestSynergies(board, { limit: 50 });
    const sales = result.find((s) => s.asset === 'ja-sales' && s.need === 'en-gap-sales');
    // In the cards' own words: the asset says 販売網, the gap "sales channel".
    expect(sales?.reason).toContainEqual({ ja: '販売網 ↔ sales channel', en: '販売網 ↔ sales channel' });
    const ml = result.find((s) => s.asset === 'ja-ai' && s.need === 'en-gap-ml');
    expect(ml?.reason.map((r) => r.en)).toContainEqual(expect.stringMatching(/ ↔ machine learning$/));
  });

  it('relates cards that share no word or concept but an area, weakly, in their own words', () => {
    const cards = [
      card('insure', 'a', 'asset', '輸出貨物の保険'),
      card('canteen', 'a', 'asset', '社員食堂の運営'),
      card('fx', 'b', 'gap', '為替の変動で利益が読めない'),
      card('claims', 'b', 'goal', '保険の請求を早くしたい'),
    ];
    const result = suggestSynergies(cards, { limit: 50 });
    // Insurance and currency risk are both finance: a candidate, after the pair sharing a concept.
    expect(result.map((s) => `${s.asset}>${s.need}:${s.basis}`)).toEqual([
      'insure>claims:words',
      'insure>fx:area',
    ]);
    expect(result[0]!.reason).toEqual([{ ja: '保険', en: '保険' }]);
    // Named as the area both are in, with each card's own word for it: not as if they were synonyms.
    expect(result[1]!.reason).toEqual([{ ja: '財務・金融（保険 / 為替）', en: 'finance (保険 / 為替)' }]);
  });

  it('quotes a card’s own form of a word, not the dictionary’s', () => {
    const [hedge] = suggestSynergies([
      card('desk', 'a', 'asset', 'Hedging desk'),
      card('loans', 'b', 'gap', '融資の審査に時間がかかる'),
    ]);
    // The dictionary's word is "hedge"; the card says "Hedging".
    expect(hedge?.reason).toEqual([{ ja: '財務・金融（Hedging / 融資）', en: 'finance (Hedging / 融資)' }]);
    const [route] = suggestSynergies([
      card('engine', 'a', 'asset', 'Route optimization engine'),
      card('plans', 'b', 'gap', '配車の最適化が手作業'),
    ]);
    expect(route?.reason.map((term) => term.en)).toContain('optimization ↔ 最適化');
  });

  it('lists every pair that shares a word before any that shares only an area', () => {
    const cards = [
      // Both finance, nothing else: an area scores well here.
      card('insure', 'a', 'asset', '輸出貨物の保険'),
      card('fx', 'b', 'gap', '為替の変動で利益が読めない'),
      // One shared word: a lower score, yet a better reason.
      card('reports', 'a', 'asset', 'Printed weekly reports'),
      card('faxes', 'b', 'gap', 'Weekly numbers typed in by hand from faxes'),
    ];
    const result = suggestSynergies(cards, { limit: 50 });
    expect(result.map((s) => `${s.asset}>${s.need}:${s.basis}`)).toEqual([
      'reports>faxes:words',
      'insure>fx:area',
    ]);
    expect(result[0]!.score).toBeLessThan(result[1]!.score);
  });

  it('counts a pair as sharing words only when its words alone pass the cut-off', () => {
    const cards = [
      card('depot', 'a', 'asset', '全国の物流センターと配送トラック、倉庫の在庫管理と冷凍輸送'),
      card('hands', 'b', 'gap', '倉庫の人手が足りない'),
      card('motto', 'a', 'value', '品質第一'),
    ];
    // The words (倉庫) score about 0.23, the areas add to it: over a cut-off of 0.24 only with them.
    const [usual] = suggestSynergies(cards);
    expect(usual).toMatchObject({ basis: 'words', reason: [{ ja: '倉庫' }] });
    const [raised] = suggestSynergies(cards, { minScore: 0.24 });
    expect(raised?.basis).toBe('area');
    expect(raised?.score).toBeCloseTo(usual!.score, 9);
    expect(raised?.reason[0]?.ja).toMatch(/^業務・物流（/);
  });

  it('gives the first suggestions of a short list exactly as of the whole list, reasons included', () => {
    const all = suggestSynergies(board, { limit: 50 });
    expect(all.length).toBeGreaterThan(3);
    expect(suggestSynergies(board, { limit: 3 })).toEqual(all.slice(0, 3));
  });

  it('ranks an edited card by its new text', () => {
    const edited = board.map((c) =>
      c.id === 'en-gap-ml' ? { ...c, text: 'No route to market in Japan' } : c,
    );
    expect(pairs(edited)).toContain('ja-sales>en-gap-ml');
    expect(pairs(board)).not.toContain('ja-sales>en-gap-ml');
  });

  it('matches an English asset with a Japanese gap', () => {
    expect(pairs()).toContain('en-asset-global>ja-gap');
  });

  it('matches Japanese with Japanese by shared n-grams', () => {
    const cards = [
      card('a', 'x', 'asset', '冷凍食品の物流センター'),
      card('b', 'y', 'gap', '冷凍食品を運ぶ手段がない'),
      card('c', 'y', 'gap', '採用ブランディング'),
    ];
    const result = suggestSynergies(cards);
    expect(result.map((s) => s.need)).toEqual(['b']);
    expect(result[0]!.reason.map((r) => r.ja)).toContain('冷凍食品');
  });

  it('matches English with English across word forms', () => {
    const result = suggestSynergies([
      card('a', 'x', 'asset', 'Cold-chain warehouses near every port'),
      card('b', 'y', 'goal', 'Open a cold-chain warehouse in Osaka'),
    ]);
    expect(result).toHaveLength(1);
    expect(result[0]!.reason.map((r) => r.en)).toContain('warehouse');
  });

  it('shows as reasons only words that are on the cards, never a run neither card holds whole', () => {
    const asset = card('a', 'x', 'asset', '決済システム基盤と加盟店網');
    const need = card('b', 'y', 'gap', '基盤となる決済の仕組みがなく、システム刷新も遅れている');
    const [result] = suggestSynergies([asset, need]);
    const fold = (text: string) => text.normalize('NFKC').toLowerCase();
    expect(result!.reason.length).toBeGreaterThan(0);
    for (const { ja } of result!.reason) {
      // One word both cards write, or each card's own word for the same thing.
      const [mine, theirs = mine] = ja.split(' ↔ ');
      expect(fold(asset.text), ja).toContain(fold(mine!));
      expect(fold(need.text), ja).toContain(fold(theirs!));
    }
    expect(result!.reason.map((r) => r.ja)).not.toContain('システム基盤');
  });

  it('says a shared word once, not again as its plural', () => {
    const [result] = suggestSynergies([
      card('a', 'x', 'asset', '植物工場 vertical farm の栽培ノウハウ'),
      card('b', 'y', 'gap', 'Cannot find land for new solar farms'),
    ]);
    const said = result!.reason.map((r) => r.en);
    expect(said.filter((words) => /farm/.test(words))).toHaveLength(1);
  });

  it('matches mixed text (latin words inside Japanese)', () => {
    expect(
      pairs([
        card('a', 'x', 'asset', 'EV充電器の設置・保守ネットワーク'),
        card('b', 'y', 'goal', '店舗の駐車場でEV charging を提供したい'),
      ]),
    ).toEqual(['a>b']);
  });

  it('ranks the closer pair first', () => {
    const result = suggestSynergies(board, { limit: 50 });
    const forSales = result.filter((s) => s.need === 'en-gap-sales').map((s) => s.asset);
    expect(forSales[0]).toBe('ja-sales');
    for (let i = 1; i < result.length; i++)
      expect(result[i - 1]!.score).toBeGreaterThanOrEqual(result[i]!.score);
  });

  it('never pairs cards of the same company, cards without a company, or non-asset/need kinds', () => {
    const result = suggestSynergies(
      [
        ...board,
        card('no-company', null, 'gap', 'No sales channel in Japan for chargers'),
        card('idea', 'acme', 'idea', '全国の販売網'),
      ],
      { limit: 100, minScore: 0 },
    );
    const company = new Map(board.map((c) => [c.id, c.company]));
    for (const s of result) {
      expect(company.get(s.asset)).not.toBe(company.get(s.need));
      expect(board.find((c) => c.id === s.asset)?.kind).toBe('asset');
      expect(['gap', 'goal']).toContain(board.find((c) => c.id === s.need)?.kind);
    }
  });

  it('leaves out dismissed pairs and respects the limit', () => {
    const dismissed = new Set([suggestionKey('ja-sales', 'en-gap-sales')]);
    expect(pairs(board, { dismissed })).not.toContain('ja-sales>en-gap-sales');
    expect(pairs(board)).toContain('ja-sales>en-gap-sales');
    expect(suggestSynergies(board, { limit: 1 })).toHaveLength(1);
  });

  it('is deterministic: same list for the same cards in any order', () => {
    const shuffled = [...board].reverse();
    expect(suggestSynergies(shuffled, { limit: 50 })).toEqual(suggestSynergies(board, { limit: 50 }));
  });

  it('says nothing for unrelated or empty cards', () => {
    expect(
      suggestSynergies([
        card('a', 'x', 'asset', ''),
        card('b', 'y', 'gap', '   '),
        card('c', 'y', 'gap', 'Office plants'),
      ]),
    ).toEqual([]);
  });
});
