import { describe, expect, it } from 'vitest';
import { attachmentName } from './file-name.js';

const AT = '2026-11-24T10:00:00.000Z';

describe('attachmentName', () => {
  it('keeps a Japanese title in filename* and gives an ASCII fallback', () => {
    const header = attachmentName('物流 × 決済 アライアンス', AT, 'pdf');
    expect(header).toContain(
      `filename*=UTF-8''${encodeURIComponent('物流 × 決済 アライアンス 2026-11-24.pdf')}`,
    );
    expect(header).toMatch(/filename="kyoso-2026-11-24\.pdf"/);
  });

  it('never lets a title break out of the header or the file name', () => {
    const header = attachmentName('a"; filename=evil.exe\r\nX-Bad: 1/../..\\', AT, 'csv');
    expect(header).not.toMatch(/[\r\n]/);
    const ascii = /filename="([^"]*)"/.exec(header)?.[1] ?? '';
    expect(ascii).not.toMatch(/[";/\\]/);
    expect(ascii.endsWith('-2026-11-24.csv')).toBe(true);
    const utf8 = decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(header)?.[1] ?? '');
    expect(utf8).not.toMatch(/[/\\"\r\n]/);
  });

  it('dates the file in the reader’s zone, as the export’s own times are', () => {
    // 20:00 UTC on the 24th is the 25th in Tokyo, and still the 24th in New York.
    const late = '2026-11-24T20:00:00.000Z';
    expect(attachmentName('t', late, 'pdf', '', 'Asia/Tokyo')).toContain('filename="t-2026-11-25.pdf"');
    expect(attachmentName('t', late, 'pdf', '', 'America/New_York')).toContain('filename="t-2026-11-24.pdf"');
    expect(attachmentName('t', late, 'pdf')).toContain('filename="t-2026-11-24.pdf"');
  });

  it('names the part of the board a file holds', () => {
    expect(attachmentName('物流 × 決済', AT, 'ics', 'plan')).toContain(
      'filename="kyoso-plan-2026-11-24.ics"',
    );
  });

  it('falls back to "kyoso" for a title with nothing printable', () => {
    expect(attachmentName('\u0000\u0001', AT, 'md')).toContain('filename="kyoso-2026-11-24.md"');
  });
});
