import { describe, expect, it } from 'vitest';
import { breakPieces } from '../text/line-breaking.js';
import { MAX_DRAWN_CHARS } from '../text/fit-text.js';
import { cleanText, ellipsize, fitText, textWidth, wrapText } from './text-layout.js';

const FIT = { maxSize: 28, minSize: 6, lineHeight: 1.3, padding: 12 };

describe('textWidth', () => {
  it('gives CJK a full em and Latin less', () => {
    expect(textWidth('提携', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeLessThan(14);
    expect(textWidth('W', 10, 700)).toBeGreaterThan(textWidth('i', 10, 700));
  });
});

describe('wrapText', () => {
  it('breaks Japanese between any two characters, within the width', () => {
    const text = '全国の配送網と顧客データ基盤を組み合わせる';
    const lines = wrapText(text, 100, 20);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(100);
  });

  it('never starts a line with closing punctuation or small kana', () => {
    const lines = wrapText('あいうえ。かきくけこ、さしすせそっ」たちつてと', 80, 20);
    for (const line of lines.slice(1)) expect(line[0]).not.toMatch(/[、。」っ]/);
  });

  it('keeps Latin words whole and breaks at spaces', () => {
    const lines = wrapText('shared delivery network', 200, 20);
    expect(lines).toEqual(['shared delivery', 'network']);
  });

  it('keeps hard line breaks', () => {
    expect(wrapText('一行目\n二行目', 1000, 20)).toEqual(['一行目', '二行目']);
    expect(breakPieces('Aの社')).toEqual(['A', 'の', '社']);
  });

  it('keeps every character in its place after an opening bracket', () => {
    // A title cut inside a parenthesis drew as "engine … (× 配送ルート" on the board and the PDF.
    const text = 'AI route optimization engine (… × 配送ルート（、あ「 ）';
    expect(breakPieces(text).join('')).toBe(text);
    expect(breakPieces('engine (… ×')).toEqual(['engine ', '(… ', '×']);
    expect(breakPieces('a ( b')).toEqual(['a ', '( ', 'b']);
    expect(wrapText(text, 10_000, 20)).toEqual([text]);
  });
});

describe('fitText', () => {
  it('uses the largest size at which the text fits the box', () => {
    const small = fitText('販売網', 200, 160, FIT);
    const long = fitText('全国300店舗の販売網と顧客データ基盤、物流センター', 200, 160, FIT);
    expect(small.size).toBe(28);
    expect(long.size).toBeLessThan(small.size);
    expect(long.truncated).toBe(false);
    expect(long.height).toBeLessThanOrEqual(160 - 24);
  });

  it('cuts text that does not fit even at the smallest size, ending in an ellipsis', () => {
    const fit = fitText('とても長いテキスト'.repeat(200), 120, 60, FIT);
    expect(fit.truncated).toBe(true);
    expect(fit.size).toBe(6);
    expect(fit.height).toBeLessThanOrEqual(60 - 24);
    expect(fit.lines.at(-1)).toMatch(/…$/);
    for (const line of fit.lines) expect(textWidth(line, fit.size)).toBeLessThanOrEqual(120 - 24);
  });

  it('draws the same first lines of a huge text as of the part the box can show', () => {
    const text = 'Cross-selling 全国の販売網と需要予測 '.repeat(20);
    const full = fitText(text, 160, 120, FIT);
    const huge = fitText(text.repeat(5_000), 160, 120, FIT);
    expect(full.truncated).toBe(true);
    expect(huge).toEqual(full);
  });

  it('cuts a text longer than MAX_DRAWN_CHARS even in a box that could hold it', () => {
    const fit = fitText('あ'.repeat(MAX_DRAWN_CHARS * 10), 1_000_000, 1_000_000, FIT);
    const drawn = fit.lines.join('');
    expect(drawn).toHaveLength(MAX_DRAWN_CHARS + 1);
    expect(drawn.endsWith('…')).toBe(true);
  });

  it('lays out a single 10-million-letter word without running out of stack', () => {
    const fit = fitText('a'.repeat(10_000_000), 200, 200, FIT);
    expect(fit.truncated).toBe(true);
    expect(fit.lines.at(-1)).toMatch(/…$/);
  });
});

describe('ellipsize and cleanText', () => {
  it('cuts one line to a width with an ellipsis', () => {
    expect(ellipsize('短い', 100, 10)).toBe('短い');
    const cut = ellipsize('株式会社ブルーオーシャン・ホールディングス', 80, 10);
    expect(cut).toMatch(/…$/);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(80);
  });

  it('drops characters XML forbids and normalises line breaks', () => {
    expect(cleanText('a\u0000b\u0007c\r\nd\te\uFFFF\uD800f')).toBe('abc\nd ef');
    expect(cleanText('絵文字😀')).toBe('絵文字😀');
  });
});
