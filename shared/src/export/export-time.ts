// Times printed on exports (PDF footer, Markdown report) in the reader's time zone: a Japanese
// team reads "21:00 UTC+9", not the server's UTC. The zone is an IANA name the client sends.

/** True for a time zone this runtime knows (an IANA name such as "Asia/Tokyo", or "UTC"). */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone an export uses when the caller names none: Japan for a Japanese board, else UTC. */
export const defaultTimeZone = (locale: string): string => (locale === 'ja' ? 'Asia/Tokyo' : 'UTC');

/** 2026-11-24T12:00:00Z in Asia/Tokyo -> "2026-11-24 21:00 UTC+9"; an unreadable time as given. */
export function formatExportTime(iso: string, timeZone = 'UTC'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: isTimeZone(timeZone) ? timeZone : 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'shortOffset',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const zone =
    part('timeZoneName')
      .replace(/^GMT/, 'UTC')
      .replace(/^UTC[+-]0$/, 'UTC') || 'UTC';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${zone}`;
}

/**
 * 2026-11-24T12:00:00Z in Asia/Tokyo -> "2026-11-24T21:00:00+09:00": ISO 8601 that a spreadsheet
 * reads as a time, in the reader's zone with its offset; an unreadable time as given.
 */
export function isoInZone(iso: string, timeZone = 'UTC'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: isTimeZone(timeZone) ? timeZone : 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = part('timeZoneName').replace(/^GMT/, '') || '+00:00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${offset}`;
}
