import { describe, expect, it } from 'vitest';
import { cardHeadline } from './firstTitle';

describe('cardHeadline', () => {
  it('takes the words before the first aside', () => {
    expect(cardHeadline('急速充電器の製造・保守ネットワーク（全国1,200拠点）')).toBe(
      '急速充電器の製造・保守ネットワーク',
    );
    expect(cardHeadline('Nationwide logistics network, 1,200 depots')).toBe('Nationwide logistics network');
    expect(cardHeadline('大手小売300社との取引基盤。物流データも共有')).toBe('大手小売300社との取引基盤');
  });

  it('cuts the whole text when the words before an aside say too little, or there is none', () => {
    expect(cardHeadline('EV（電気自動車）向けの充電インフラを全国に展開する計画')).toBe(
      'EV（電気自動車）向けの充電インフラを全国に展開す…',
    );
    expect(cardHeadline('地方の販路')).toBe('地方の販路');
  });

  it('still cuts a long headline, Latin text at a space', () => {
    expect(cardHeadline('A nationwide network of logistics depots covering every prefecture')).toBe(
      'A nationwide network of logistics depots…',
    );
    expect(cardHeadline('全国47都道府県をカバーする物流拠点網と3万社の顧客基盤を持つ')).toBe(
      '全国47都道府県をカバーする物流拠点網と3万社の顧…',
    );
  });
});
