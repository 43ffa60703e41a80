import { afterEach, describe, expect, it, vi } from 'vitest';
import { fitText, MAX_DRAWN_CHARS, PHRASE_SHRINK_LIMIT, type FitOptions } from './fit-text.js';
import { installPhraseParser } from './phrases.js';

/** Every character 0.6 em wide. */
const mono = (text: string) => [...text].length * 0.6;
const options: FitOptions = { maxSize: 40, minSize: 8, lineHeight: 1.25, padding: 10 };

describe('fitText', () => {
  it('uses the largest size for short text', () => {
    const layout = fitText('Hi', 200, 160, options, mono);
    expect(layout.size).toBe(40);
    expect(layout.lines).toEqual(['Hi']);
    expect(layout.truncated).toBe(false);
  });

  it('shrinks longer text until it fits the box', () => {
    const text = '両社の販売チャネルを組み合わせて新しい顧客層に届ける';
    const layout = fitText(text, 200, 160, options, mono);
    expect(layout.size).toBeLessThan(40);
    expect(layout.size).toBeGreaterThanOrEqual(8);
    expect(layout.lines.join('')).toBe(text);
    expect(layout.lines.length * layout.size * 1.25).toBeLessThanOrEqual(140);
    for (const line of layout.lines) expect([...line].length * layout.size * 0.6).toBeLessThanOrEqual(180);
    // One size larger would not fit.
    const larger = fitText(text, 200, 160, { ...options, minSize: layout.size + 1 }, mono);
    expect(larger.truncated).toBe(true);
  });

  it('shrinks rather than split an English word across lines', () => {
    const layout = fitText('Cross-selling in Kansai 関西', 200, 160, options, mono);
    expect(layout.lines.some((line) => line.startsWith('g '))).toBe(false);
    expect(layout.lines.join(' ')).toContain('Cross-selling');
    expect(layout.truncated).toBe(false);
  });

  describe('with Japanese phrases known', () => {
    // Stands in for BudouX: these phrases, in this order.
    const phrases = (...known: string[]) =>
      installPhraseParser({
        parse: (sentence) => {
          const out: string[] = [];
          let rest = sentence;
          while (rest) {
            const next = known.find((phrase) => rest.startsWith(phrase)) ?? rest[0]!;
            out.push(next);
            rest = rest.slice(next.length);
          }
          return out;
        },
      });
    afterEach(() => installPhraseParser(null));
    /** Every character 1 em wide; the card's text box 176 px wide inside its padding. */
    const square = (text: string) => [...text].length;
    const card: FitOptions = { maxSize: 28, minSize: 10, lineHeight: 1.3, padding: 12 };

    it('draws a little smaller rather than split a phrase across lines', () => {
      phrases('当日配送サービスを', '全店で', '開始したい');
      const layout = fitText('当日配送サービスを全店で開始したい', 200, 160, card, square);
      expect(layout.lines).toEqual(['当日配送サービスを', '全店で開始したい']);
      expect(layout.size).toBe(19);
    });

    it('keeps a word whole where its phrase is too long to: "ラストワンマイル" of "ラストワンマイル配送が"', () => {
      phrases('都市部の', 'ラストワンマイル配送が', '弱い');
      const layout = fitText('都市部のラストワンマイル配送が弱い', 200, 160, card, square);
      expect(layout.lines).toEqual(['都市部の', 'ラストワンマイル', '配送が弱い']);
      expect(layout.size).toBe(22);
    });

    it('splits a phrase so long that keeping it whole would shrink the text too far', () => {
      phrases('コーポレートガバナンスコード');
      const layout = fitText('コーポレートガバナンスコード', 200, 160, card, square);
      expect(176 / 14 / 28).toBeLessThan(PHRASE_SHRINK_LIMIT);
      expect(layout.size).toBe(28);
      expect(layout.lines.length).toBeGreaterThan(1);
    });
  });

  it('still splits a word that fits no line even at the smallest size', () => {
    const layout = fitText('x'.repeat(60), 200, 160, options, mono);
    expect(layout.lines.length).toBeGreaterThan(1);
    expect(layout.truncated).toBe(false);
  });

  it('cuts with an ellipsis when even the smallest size overflows', () => {
    const layout = fitText('あ'.repeat(2000), 200, 160, options, mono);
    expect(layout.size).toBe(8);
    expect(layout.truncated).toBe(true);
    expect(layout.lines.at(-1)?.endsWith('…')).toBe(true);
    expect(layout.lines.length * 8 * 1.25).toBeLessThanOrEqual(140);
  });

  it('measures no more than MAX_DRAWN_CHARS of a huge text (one written by a rogue client)', () => {
    const measure = vi.fn(mono);
    const layout = fitText('a'.repeat(2_000_000), 1_000_000, 1_000_000, options, measure);
    expect(layout.lines.join('')).toBe(`${'a'.repeat(MAX_DRAWN_CHARS)}…`);
    const measured = measure.mock.calls.reduce((sum, [text]) => sum + text.length, 0);
    expect(measured).toBeLessThan(MAX_DRAWN_CHARS * 50);
  });
});
