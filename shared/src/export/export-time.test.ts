import { describe, expect, it } from 'vitest';
import { defaultTimeZone, formatExportTime, isoInZone, isTimeZone } from './export-time.js';

describe('export times', () => {
  it('prints the time in the reader’s zone with its offset', () => {
    expect(formatExportTime('2026-11-24T12:00:00.000Z', 'Asia/Tokyo')).toBe('2026-11-24 21:00 UTC+9');
    expect(formatExportTime('2026-11-24T23:30:00.000Z', 'Asia/Tokyo')).toBe('2026-11-25 08:30 UTC+9');
    expect(formatExportTime('2026-11-24T12:00:00.000Z', 'UTC')).toBe('2026-11-24 12:00 UTC');
    expect(formatExportTime('2026-07-01T12:00:00.000Z', 'America/New_York')).toBe('2026-07-01 08:00 UTC-4');
  });

  it('falls back to UTC for an unknown zone and keeps an unreadable time as it is', () => {
    expect(formatExportTime('2026-11-24T12:00:00.000Z', 'Mars/Olympus')).toBe('2026-11-24 12:00 UTC');
    expect(formatExportTime('not a time', 'UTC')).toBe('not a time');
  });

  it('writes ISO times in the reader’s zone with its offset, for spreadsheets', () => {
    expect(isoInZone('2026-11-24T12:00:00.000Z', 'Asia/Tokyo')).toBe('2026-11-24T21:00:00+09:00');
    expect(isoInZone('2026-11-24T23:30:05.000Z', 'Asia/Tokyo')).toBe('2026-11-25T08:30:05+09:00');
    expect(isoInZone('2026-07-01T12:00:00.000Z', 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
    expect(isoInZone('2026-11-24T12:00:00.000Z', 'UTC')).toBe('2026-11-24T12:00:00+00:00');
    expect(isoInZone('2026-11-24T12:00:00.000Z', 'Mars/Olympus')).toBe('2026-11-24T12:00:00+00:00');
    expect(isoInZone('not a time', 'Asia/Tokyo')).toBe('not a time');
  });

  it('knows real zones only', () => {
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(defaultTimeZone('ja')).toBe('Asia/Tokyo');
    expect(defaultTimeZone('en')).toBe('UTC');
  });
});
