import { describe, expect, it } from 'vitest';
import { exportUrl, fileNameFrom, formatBytes } from './exportUrl';

describe('exportUrl', () => {
  it('asks for a PDF with its paper, pages and language', () => {
    const url = exportUrl('b1', { format: 'pdf', frame: null, paper: 'a3', pages: 'board', lang: 'ja' });
    expect(url).toBe('/api/boards/b1/export.pdf?paper=a3&pages=board&lang=ja');
  });

  it('names the chosen frame, except for one page per frame and the handout', () => {
    const png = exportUrl('b1', { format: 'png', frame: 'f1', paper: 'a4', pages: 'board', lang: 'en' });
    expect(new URL(png, 'http://x').searchParams.get('frame')).toBe('f1');
    const one = exportUrl('b1', { format: 'pdf', frame: 'f1', paper: 'a4', pages: 'board', lang: 'en' });
    expect(new URL(one, 'http://x').searchParams.get('frame')).toBe('f1');
    for (const pages of ['frames', 'handout'] as const) {
      const pdf = exportUrl('b1', { format: 'pdf', frame: 'f1', paper: 'a4', pages, lang: 'en' });
      expect(new URL(pdf, 'http://x').searchParams.has('frame')).toBe(false);
      expect(new URL(pdf, 'http://x').searchParams.get('pages')).toBe(pages);
    }
  });

  it('leaves paper options out of reports', () => {
    const url = exportUrl('b 1', { format: 'csv', frame: null, paper: 'a4', pages: 'board', lang: 'en' });
    expect(url).toBe('/api/boards/b%201/export.csv?lang=en');
  });

  it('passes the reader’s time zone on', () => {
    const url = exportUrl('b1', {
      format: 'md',
      frame: null,
      paper: 'a4',
      pages: 'board',
      lang: 'ja',
      timeZone: 'Asia/Tokyo',
    });
    expect(new URL(url, 'http://x').searchParams.get('tz')).toBe('Asia/Tokyo');
  });
});

describe('fileNameFrom', () => {
  it('prefers the UTF-8 name and keeps Japanese', () => {
    const header = `attachment; filename="kyoso-2026-01-01.pdf"; filename*=UTF-8''${encodeURIComponent('提携 2026-01-01.pdf')}`;
    expect(fileNameFrom(header, 'x')).toBe('提携 2026-01-01.pdf');
  });

  it('falls back to the plain name, then to the fallback', () => {
    expect(fileNameFrom('attachment; filename="a \\"b\\".csv"', 'x')).toBe('a "b".csv');
    expect(fileNameFrom('attachment; filename=plain.md', 'x')).toBe('plain.md');
    expect(fileNameFrom('attachment', 'board.json')).toBe('board.json');
    expect(fileNameFrom(null, 'board.json')).toBe('board.json');
  });

  it('never gives a path', () => {
    expect(fileNameFrom("attachment; filename*=UTF-8''..%2F..%2Fevil.sh", 'x')).toBe('evil.sh');
    expect(fileNameFrom('attachment; filename="../.."', 'safe.pdf')).toBe('safe.pdf');
  });
});

describe('formatBytes', () => {
  it('reads as people write sizes', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024, 'ja')).toBe('20 MB');
  });
});
