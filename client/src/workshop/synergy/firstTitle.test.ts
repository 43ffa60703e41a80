import { describe, expect, it } from 'vitest';
import type { Shape } from '@kyoso/shared';
import { cardHeadline, firstTitle } from './firstTitle';

const card = (id: string, text: string, company: string | null = id) =>
  ({ id, type: 'sticky', text, company }) as unknown as Shape;

describe('cardHeadline', () => {
  it('takes the words before the first aside', () => {
    expect(cardHeadline('急速充電器の製造・保守ネットワーク（全国1,200拠点）')).toBe(
      '急速充電器の製造・保守ネットワーク',
    );
    expect(cardHeadline('Nationwide logistics network, 1,200 depots')).toBe('Nationwide logistics network');
    expect(cardHeadline('大手小売300社との取引基盤。物流データも共有')).toBe('大手小売300社との取引基盤');
    // A figure is not cut at its comma or point: "全国12" would say another thing.
    expect(cardHeadline('全国12,000拠点の物流網、冷蔵対応')).toBe('全国12,000拠点の物流網');
    expect(cardHeadline('Fleet of 1.5k trucks. Cold chain ready')).toBe('Fleet of 1.5k trucks');
  });

  it('cuts the whole text when the words before an aside say too little, or there is none', () => {
    expect(cardHeadline('EV（電気自動車）向けの充電インフラを全国に展開する計画')).toBe(
      'EV（電気自動車）向けの充電インフラを全国に…',
    );
    expect(cardHeadline('地方の販路')).toBe('地方の販路');
  });

  it('still cuts a long headline at a word or phrase end, with an ellipsis', () => {
    expect(cardHeadline('A nationwide network of logistics depots covering every prefecture')).toBe(
      'A nationwide network of logistics depots…',
    );
    expect(cardHeadline('全国47都道府県をカバーする物流拠点網と3万社の顧客基盤を持つ')).toBe(
      '全国47都道府県をカバーする物流拠点網と3万社の…',
    );
  });

  it('never leaves a bracket open', () => {
    // Cut inside the quote that is most of the text: the quote is closed after the ellipsis.
    expect(cardHeadline('「全国どこでも翌日配送できる物流倉庫ネットワークと冷蔵冷凍設備」を持つ')).toBe(
      '「全国どこでも翌日配送できる…」',
    );
    expect(cardHeadline('EC (electronic commerce) fulfilment for regional producers across Japan')).toBe(
      'EC (electronic commerce) fulfilment for…',
    );
  });
});

describe('firstTitle', () => {
  it('names both sides by their headlines (the walkthrough: "engine (… × …")', () => {
    const shapes = [
      card('a', 'AI route optimization engine (SaaS)'),
      card('b', '配送ルートの最適化ができていない'),
    ];
    expect(firstTitle(shapes, { from: ['a'], to: ['b'] })).toBe(
      'AI route optimization engine × 配送ルートの最適化ができていない',
    );
  });

  it('names the first card of every company, what is offered together before what it answers', () => {
    // The walkthrough: three companies' cards, the bank's left out of "ロボット × 人手不足".
    const shapes = [
      card('amr', '自動搬送ロボット（AMR）の開発・導入支援', 'kumo'),
      card('amr2', '遠隔監視サービス', 'kumo'),
      card('lease', '設備導入向けのリース・融資', 'bank'),
      card('gap', '倉庫作業員の慢性的な人手不足', 'yamada'),
    ];
    expect(firstTitle(shapes, { from: ['amr', 'amr2', 'lease'], to: ['gap'] })).toBe(
      '自動搬送ロボット + 設備導入向けのリース・融資 × 倉庫作業員の慢性的な人手不足',
    );
    // A company on both sides (its gap answered by its own and another's assets) is named on each.
    const both = [card('a1', 'ロボット', 'a'), card('b1', 'リース', 'b'), card('a2', '人手不足', 'a')];
    expect(firstTitle(both, { from: ['a1', 'b1'], to: ['a2'] })).toBe('ロボット + リース × 人手不足');
    // A card of no company is named only where its side has no other.
    const loose = [card('a1', 'ロボット', 'a'), card('n1', 'メモ', null), card('b1', '人手不足', 'b')];
    expect(firstTitle(loose, { from: ['a1', 'n1'], to: ['b1'] })).toBe('ロボット × 人手不足');
    // Three or more named: each headline is cut shorter.
    const long = [
      card('x', 'A nationwide network of logistics depots covering every prefecture', 'x'),
      card('y', 'Leasing for robots', 'y'),
      card('z', 'Chronic shortage of warehouse workers', 'z'),
    ];
    expect(firstTitle(long, { from: ['x', 'y'], to: ['z'] })).toBe(
      'A nationwide network of… + Leasing for robots × Chronic shortage of warehouse…',
    );
  });
});
