import { describe, expect, it } from 'vitest';
import { markdownText } from './markdown-text.js';

describe('markdownText', () => {
  it('keeps a link from forming: brackets and parentheses are escaped', () => {
    const out = markdownText('[x](javascript:alert(1))');
    expect(out).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(out).not.toContain('](');
    expect(markdownText('](javascript:alert(1))')).not.toMatch(/[^\\][[\]()]/);
    expect(markdownText('![img](http://x/a.png)')).toBe('!\\[img\\]\\(http://x/a.png\\)');
  });

  it('turns raw HTML into text: no tag, comment or autolink can open', () => {
    const out = markdownText('<script>alert(1)</script><img src=x onerror=alert(1)><!-- c --><javascript:x>');
    expect(out).not.toMatch(/</);
    expect(out).not.toMatch(/>/);
    expect(out).toContain('&lt;script&gt;');
    expect(markdownText('&lt;b&gt; & co')).toBe('&amp;lt;b&amp;gt; &amp; co');
  });

  it('escapes the pipe so a table cell stays one cell', () => {
    expect(markdownText('a | b || c')).toBe('a \\| b \\|\\| c');
  });

  it('makes one line of any line breaks, without <br>', () => {
    expect(markdownText('one\ntwo\r\nthree\rfour\u2028five\tsix')).toBe('one two three four five six');
    expect(markdownText('  lots   of\n\n space  ')).toBe('lots of space');
    expect(markdownText('nul\u0000bell\u0007')).toBe('nulbell');
  });

  it('cannot start a heading, a list, a quote, a code block or a rule', () => {
    expect(markdownText('# heading')).toBe('\\# heading');
    expect(markdownText('\n## heading')).toBe('\\#\\# heading');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('+ item')).toBe('\\+ item');
    expect(markdownText('* item')).toBe('\\* item');
    expect(markdownText('1. item')).toBe('1\\. item');
    expect(markdownText('2) item')).toBe('2\\) item');
    expect(markdownText('> quote')).toBe('&gt; quote');
    expect(markdownText('```js')).toBe('\\`\\`\\`js');
    expect(markdownText('___')).toBe('\\_\\_\\_');
    expect(markdownText('===')).toBe('\\===');
    expect(markdownText('title #')).toBe('title \\#');
  });

  it('escapes emphasis, code, strikethrough, braces, math and the backslash itself', () => {
    expect(markdownText('*a* _b_ `c` ~~d~~ {e} $f$ \\g')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\{e\\} \\$f\\$ \\\\g',
    );
  });

  it('leaves Japanese text and ordinary punctuation readable', () => {
    expect(markdownText('共同配送で物流コストを３割削減！（2026年度）「試算」、次へ。')).toBe(
      '共同配送で物流コストを３割削減！（2026年度）「試算」、次へ。',
    );
    expect(markdownText('Due 2026-12-01, cost 1.5M.')).toBe('Due 2026-12-01, cost 1.5M.');
  });
});
