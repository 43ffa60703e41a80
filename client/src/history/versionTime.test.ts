import { describe, expect, it } from 'vitest';
import { formatVersionTime } from './versionTime';

describe('formatVersionTime', () => {
  it('gives date and time in the reader’s language and time zone', () => {
    const iso = '2026-03-05T01:07:00.000Z';
    expect(formatVersionTime(iso, 'ja', 'Asia/Tokyo')).toBe('2026年3月5日 10:07');
    expect(formatVersionTime(iso, 'en', 'UTC')).toBe('5 Mar 2026, 01:07');
  });

  it('says nothing for a time it cannot read', () => {
    expect(formatVersionTime('soon', 'ja')).toBe('');
  });
});
