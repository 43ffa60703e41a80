import { describe, expect, it } from 'vitest';
import { csvRecord, csvText, looksLikeFormula, neutraliseFormula, quoteCsv } from './csv-cell.js';
import { parseCsv } from './report-fixture.js';

describe('CSV formula injection', () => {
  const triggers = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

  it.each(triggers)('prefixes a cell starting with %j with an apostrophe', (start) => {
    const text = `${start}HYPERLINK("http://evil")`;
    expect(looksLikeFormula(text)).toBe(true);
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('looks through leading spaces (ASCII, no-break, ideographic)', () => {
    for (const text of [' =1+1', '\u00A0@SUM(A1)', '\u3000＝1+1'])
      expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text, Japanese included, as it is', () => {
    for (const text of ['共同配送', 'a=b', '1-2', 'メール: x@example.com', '', "'already", 'ー長音']) {
      expect(looksLikeFormula(text)).toBe(false);
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it('drops blank lines and spaces around a cell, keeping the lines inside', () => {
    expect(csvText('全国48拠点の物流倉庫ネットワーク\n')).toBe('全国48拠点の物流倉庫ネットワーク');
    expect(csvText('\r\n 一行目\r\n 二行目 \u3000\n')).toBe('"一行目\n 二行目"');
    expect(csvText('\n=1+1')).toBe("'=1+1");
  });

  it('neutralises =HYPERLINK("http://x") into inert, quoted text', () => {
    expect(csvText('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('CSV quoting', () => {
  it('quotes only fields holding a comma, a quote, CR or LF, doubling quotes', () => {
    expect(quoteCsv('plain')).toBe('plain');
    expect(quoteCsv('a,b')).toBe('"a,b"');
    expect(quoteCsv('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsv('two\nlines')).toBe('"two\nlines"');
    expect(quoteCsv('cr\rhere')).toBe('"cr\rhere"');
    expect(quoteCsv('日本語、読点')).toBe('日本語、読点');
  });

  it('ends records with CRLF and round-trips every cell through an RFC 4180 reader', () => {
    const cells = ['plain', 'a,b', '"quoted"', 'line\nbreak', 'crlf\r\ninside', '=1+1', '－1', '', '最後'];
    const line = csvRecord(cells.map(csvText));
    expect(line.endsWith('\r\n')).toBe(true);
    expect(line.slice(0, -2)).not.toMatch(/\r\n/);
    const parsed = parseCsv(line)[0];
    expect(parsed).toEqual([
      'plain',
      'a,b',
      '"quoted"',
      'line\nbreak',
      'crlf\ninside',
      "'=1+1",
      "'－1",
      '',
      '最後',
    ]);
  });
});
