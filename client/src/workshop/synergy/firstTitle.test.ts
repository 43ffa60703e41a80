import { describe, expect, it } from 'vitest';
import type { Shape } from '@kyoso/shared';
import { cardHeadline, firstTitle } from './firstTitle';

const card = (id: string, text: string) => ({ id, type: 'sticky', text }) as unknown as Shape;

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
    expect(firstTitle(shapes, 'a', 'b')).toBe(
      'AI route optimization engine × 配送ルートの最適化ができていない',
    );
  });
});
