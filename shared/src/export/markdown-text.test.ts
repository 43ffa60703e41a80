import { describe, expect, it } from 'vitest';
import { markdownText } from './markdown-text.js';

describe('markdownText', () => {
  it('keeps a link or an image from forming: the opening bracket is escaped', () => {
    const out = markdownText('[x](javascript:alert(1))');
    expect(out).toBe('\\[x](javascript:alert(1))');
    expect(out).not.toMatch(/(^|[^\\])\[/);
    expect(markdownText('![img](http://x/a.png)')).toBe('!\\[img](http://x/a.png)');
    expect(markdownText('[ ] todo')).toBe('\\[ ] todo');
    expect(markdownText('[^1]: note')).toBe('\\[^1]: note');
  });

  it('turns raw HTML into text: no tag, comment or autolink can open, no entity can resolve', () => {
    const out = markdownText('<script>alert(1)</script><img src=x onerror=alert(1)><!-- c --><javascript:x>');
    expect(out).not.toMatch(/(^|[^\\])</);
    expect(out).toContain('\\<script>');
    expect(markdownText('&lt;b&gt; & co &#60; &#x3C;')).toBe('\\&lt;b\\&gt; & co \\&#60; \\&#x3C;');
    expect(markdownText('売上 < 10% > 前年, A&B')).toBe('売上 < 10% > 前年, A&B');
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
    expect(markdownText('\n## heading')).toBe('\\## heading');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('+ item')).toBe('\\+ item');
    expect(markdownText('* item')).toBe('\\* item');
    expect(markdownText('-')).toBe('\\-');
    expect(markdownText('1. item')).toBe('1\\. item');
    expect(markdownText('2) item')).toBe('2\\) item');
    expect(markdownText('> quote')).toBe('\\> quote');
    expect(markdownText('```js')).toBe('\\`\\`\\`js');
    expect(markdownText('~~~')).toBe('\\~\\~\\~');
    expect(markdownText('___')).toBe('\\_\\_\\_');
    expect(markdownText('---')).toBe('\\---');
    expect(markdownText('- - -')).toBe('\\- - -');
    expect(markdownText('title #')).toBe('title \\#');
    expect(markdownText('title ##')).toBe('title \\##');
  });

  it('escapes emphasis, code, strikethrough, math and a backslash that would escape', () => {
    expect(markdownText('*a* _b_ `c` ~~d~~ $f$ \\g \\* end\\')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\$f\\$ \\g \\\\\\* end\\\\',
    );
  });

  it('leaves what Markdown would not misread as it is: brackets, hashtags, lone marks', () => {
    // The walkthrough's report read "\(\#PoC \#コールドチェーン\)" and "\(SaaS\)".
    expect(markdownText('冷凍倉庫 (#PoC #コールドチェーン)')).toBe('冷凍倉庫 (#PoC #コールドチェーン)');
    expect(markdownText('AI route optimization engine (SaaS)')).toBe('AI route optimization engine (SaaS)');
    expect(markdownText('#PoC first')).toBe('#PoC first');
    expect(markdownText('snake_case and 関西_中部, 10~20名, $5M, {x}, a]b')).toBe(
      'snake_case and 関西_中部, 10~20名, $5M, {x}, a]b',
    );
    expect(markdownText('-5% cost, +1 site, 2026.12 start')).toBe('-5% cost, +1 site, 2026.12 start');
  });

  it('leaves Japanese text and ordinary punctuation readable', () => {
    expect(markdownText('共同配送で物流コストを３割削減！（2026年度）「試算」、次へ。')).toBe(
      '共同配送で物流コストを３割削減！（2026年度）「試算」、次へ。',
    );
    expect(markdownText('Due 2026-12-01, cost 1.5M.')).toBe('Due 2026-12-01, cost 1.5M.');
  });

  it('reads a card of a million marks once (each looked at where it stands, not the whole rest)', () => {
    const many = 200_000;
    expect(markdownText('&'.repeat(many))).toBe('&'.repeat(many));
    expect(markdownText(`${'a'.repeat(many)}${'~'.repeat(many)}`)).toBe(
      `${'a'.repeat(many)}${'\\~'.repeat(many)}`,
    );
    expect(markdownText(`x ${'#'.repeat(many)}`)).toBe(`x \\${'#'.repeat(many)}`);
  });
});
