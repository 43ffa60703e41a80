import { describe, expect, it } from 'vitest';
import { displayWidth, excerpt, utf16Width } from './excerpt.js';

/** Brackets the text leaves open, by the pairs a reader would match. */
function unbalanced(text: string): boolean {
  const pairs: Record<string, string> = {
    ')': '(',
    '）': '（',
    '」': '「',
    '』': '『',
    '】': '【',
    ']': '[',
  };
  const open: string[] = [];
  for (const char of text) {
    if (Object.values(pairs).includes(char)) open.push(char);
    else if (pairs[char] !== undefined && open.pop() !== pairs[char]) return true;
  }
  return open.length > 0;
}

describe('excerpt', () => {
  it('leaves a short text whole, on one line', () => {
    expect(excerpt('  全国48拠点の\n物流倉庫  ', 40)).toBe('全国48拠点の 物流倉庫');
    expect(excerpt('', 10)).toBe('');
  });

  it('cuts English at a space, never inside a word, and says so with an ellipsis', () => {
    // The activity feed's walkthrough: "Enter the Japanese cold-c", "No physical logistic".
    expect(excerpt('Enter the Japanese cold-chain market with a shared depot network', 40)).toBe(
      'Enter the Japanese cold-chain market…',
    );
    expect(excerpt('No physical logistics network in western Japan', 30)).toBe(
      'No physical logistics network…',
    );
    expect(excerpt('Cost 1,200,000 yen per depot per year', 12)).toBe('Cost…');
  });

  it('cuts Japanese at the end of a phrase or a word', () => {
    expect(excerpt('配送ルートの最適化ができていない', 12)).toBe('配送ルートの最適化が…');
    expect(excerpt('全国47都道府県をカバーする物流拠点網', 12)).toBe('全国47都道府県を…');
  });

  it('cuts a single word too long for the room where it must', () => {
    expect(excerpt('Donaudampfschifffahrtsgesellschaft', 10)).toBe('Donaudamp…');
    expect(excerpt('ア'.repeat(30), 10)).toBe(`${'ア'.repeat(9)}…`);
  });

  it('never leaves a bracket open: an aside late in the text goes, an early one is closed', () => {
    // The suggestion's walkthrough: "AI route optimization engine (…".
    expect(excerpt('AI route optimization engine (SaaS) for fleets', 34)).toBe(
      'AI route optimization engine…',
    );
    expect(excerpt('冷蔵倉庫ネットワーク（関東・関西・九州の12拠点）', 16)).toBe('冷蔵倉庫ネットワーク…');
    expect(excerpt('「全国48拠点の物流倉庫ネットワーク」を活用した共同配送', 16)).toBe(
      '「全国48拠点の物流倉庫…」',
    );
    expect(excerpt('(a (b c d e f g h i j k l m n', 10)).toBe('(a (b c…))');
    const texts = [
      'AI route optimization engine (SaaS) → 配送ルートの最適化ができていない',
      '【重要】冷凍食品の共同配送（関東圏、2026年度から）を検討する',
      '物流網（全国48拠点「冷蔵・冷凍」対応）と販路',
      'Regional producers (fruit, seafood [frozen], dairy) without a route to Tokyo',
    ];
    for (const text of texts)
      for (let max = 4; max <= 60; max++) {
        const out = excerpt(text, max);
        expect(unbalanced(out), `${max}: ${out}`).toBe(false);
        expect(Array.from(out).length, `${max}: ${out}`).toBeLessThanOrEqual(max);
      }
  });

  it('measures in the units it is given: full-width as two, or UTF-16 for a stored field', () => {
    expect(excerpt('配送ルートの最適化ができていない', 24, displayWidth)).toBe('配送ルートの最適化が…');
    const emoji = excerpt('🚚🚚🚚🚚🚚🚚🚚🚚 trucks', 9, utf16Width);
    expect(emoji).toBe('🚚🚚🚚🚚…');
    expect(emoji.length).toBeLessThanOrEqual(9);
  });

  it('reads only the start of a huge text, and cuts it as it cuts that start', () => {
    const start = '全国の物流網と倉庫 '.repeat(20);
    const huge = start + 'あ'.repeat(2_000_000);
    expect(excerpt(huge, 24)).toBe(excerpt(`${start}あああ`, 24));
    expect(excerpt(`${'  \n'.repeat(1000)}物流網${' '.repeat(100_000)}`, 24)).toBe('物流網');
  });
});
