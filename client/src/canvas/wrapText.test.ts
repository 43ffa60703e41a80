import { describe, expect, it } from 'vitest';
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
