import { installPhraseParser } from '@kyoso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakJapaneseByPhrase } from './japanesePhrases';
import { breakPieces, wrapText } from './wrapText';

/** Every character is 10 wide: easy to reason about. */
const mono = (text: string) => [...text].length * 10;

describe('breakPieces', () => {
  it('keeps English words whole with their spaces', () => {
    expect(breakPieces('joint sales plan')).toEqual(['joint ', 'sales ', 'plan']);
  });

  it('lets Japanese break between characters', () => {
    expect(breakPieces('共同開発')).toEqual(['共', '同', '開', '発']);
  });

  it('keeps closing punctuation and small kana with the character before', () => {
    expect(breakPieces('販売、ショップ。')).toEqual(['販', '売、', 'ショッ', 'プ。']);
  });

  it('keeps an opening bracket with the character after', () => {
    expect(breakPieces('「提携」')).toEqual(['「提', '携」']);
  });

  it('separates a Latin word from the Japanese around it', () => {
    expect(breakPieces('AI活用')).toEqual(['AI', '活', '用']);
  });
});

describe('wrapText', () => {
  it('splits a word too long for the line and keeps the space after it', () => {
    expect(wrapText('abcdefghijklm no', 120, mono)).toEqual(['abcdefghijkl', 'm no']);
  });

  it('wraps English at spaces', () => {
    expect(wrapText('joint sales plan', 110, mono)).toEqual(['joint sales', 'plan']);
  });

  it('wraps Japanese anywhere but not before punctuation', () => {
    expect(wrapText('共同開発。販売', 30, mono)).toEqual(['共同開', '発。販', '売']);
  });

  it('keeps hard line breaks and empty lines', () => {
    expect(wrapText('a\n\nb', 100, mono)).toEqual(['a', '', 'b']);
  });

  it('cuts a word longer than the line', () => {
    expect(wrapText('abcdefgh', 30, mono)).toEqual(['abc', 'def', 'gh']);
  });

  it('never returns zero lines', () => {
    expect(wrapText('', 100, mono)).toEqual(['']);
  });
});

describe('by phrase (BudouX)', () => {
  beforeAll(breakJapaneseByPhrase);
  afterAll(() => installPhraseParser(null));

  it('keeps a Japanese phrase whole, and Latin glued to the particle after it', () => {
    expect(breakPieces('全国の物流網')).toEqual(['全国の', '物流網']);
    expect(breakPieces('APIで連携')).toEqual(['APIで', '連携']);
    // English keeps its words; punctuation still stays with what it closes.
    expect(breakPieces('joint sales plan')).toEqual(['joint ', 'sales ', 'plan']);
    expect(breakPieces('今日は、とても天気です。').join('')).toBe('今日は、とても天気です。');
    expect(breakPieces('今日は、とても天気です。')[0]).toBe('今日は、');
  });

  it('keeps together what BudouX cuts apart: one kanji from its compound, a counter and its 所', () => {
    // BudouX's model gives 中 | 小企業向け融資, 中堅・中 | 小企業の and 拠点120か | 所.
    expect(breakPieces('中小企業向け融資')).toEqual(['中小企業向け融資']);
    expect(breakPieces('中小荷主3,000社との取引')).toEqual(['中小荷主3,000社との', '取引']);
    expect(breakPieces('中堅・中小企業の販路')).toEqual(['中堅・中小企業の', '販路']);
    expect(breakPieces('拠点120か所')).toEqual(['拠点120か所']);
    // A one-character phrase beside kana or brackets stays apart (joined, it made long runs).
    expect(breakPieces('第1回ワークショップの後（合意案・修正版）')).toEqual([
      '第1回ワークショップの',
      '後',
      '（合意案・修正版）',
    ]);
  });

  it('wraps between phrases, never inside one that fits a line', () => {
    // 物流網 would fit after 全国の at 50 wide by character; by phrase it moves down whole.
    expect(wrapText('全国の物流網', 50, mono)).toEqual(['全国の', '物流網']);
    expect(wrapText('地方と離島の販路', 60, mono)).toEqual(['地方と離島の', '販路']);
    expect(wrapText('地方と離島の販路', 40, mono)).toEqual(['地方と', '離島の', '販路']);
  });

  it('breaks a phrase no line can hold where its script changes, filling the line first', () => {
    // 持つ物流センターを is one phrase: 持つ fills the first line, 物流センターを the second.
    expect(wrapText('冷凍倉庫を持つ物流センターを共同で使う', 70, mono)).toEqual([
      '冷凍倉庫を持つ',
      '物流センターを',
      '共同で使う',
    ]);
    expect(wrapText('効率化と共同配送センターの活用', 50, mono)).toEqual([
      '効率化と',
      '共同配送',
      'センターの',
      '活用',
    ]);
    // A particle stays with the Latin word before it: PoCを, never PoC | を.
    expect(breakPieces('20台のPoCを', 'script')).toEqual(['20台の', 'PoCを']);
    // A number keeps its counter: 大手小売 | 300社との, never 大手小売300 | 社との.
    expect(wrapText('大手小売300社との取引', 70, mono)).toEqual(['大手小売', '300社との', '取引']);
    // A run still too long breaks between characters.
    const lines = wrapText('ラストワンマイル配送', 40, mono);
    expect(lines.join('')).toBe('ラストワンマイル配送');
    expect(lines.every((line) => mono(line) <= 40)).toBe(true);
    // No line starts with ー or a small kana, even inside a phrase broken apart.
    expect(lines.some((line) => /^[ーッャュョ]/.test(line))).toBe(false);
  });
});
