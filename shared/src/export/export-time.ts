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

/** The parts of `date`'s wall-clock time in `timeZone` (UTC for a zone this runtime does not know). */
function zonedParts(date: Date, timeZone: string, offset: 'shortOffset' | 'longOffset') {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: isTimeZone(timeZone) ? timeZone : 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: offset,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    minutes: `${part('hour')}:${part('minute')}`,
    seconds: part('second'),
    /** "GMT+9", "GMT+09:00", or "GMT" for UTC itself. */
    zone: part('timeZoneName'),
  };
}

/** 2026-11-24T12:00:00Z in Asia/Tokyo -> "2026-11-24 21:00 UTC+9"; an unreadable time as given. */
export function formatExportTime(iso: string, timeZone = 'UTC'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { date: day, minutes, zone } = zonedParts(date, timeZone, 'shortOffset');
  const utc = zone.replace(/^GMT/, 'UTC').replace(/^UTC[+-]0$/, 'UTC') || 'UTC';
  return `${day} ${minutes} ${utc}`;
}

/**
 * 2026-11-24T12:00:00Z in Asia/Tokyo -> "2026-11-24T21:00:00+09:00": ISO 8601 that a spreadsheet
 * reads as a time, in the reader's zone with its offset; an unreadable time as given.
 */
export function isoInZone(iso: string, timeZone = 'UTC'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { date: day, minutes, seconds, zone } = zonedParts(date, timeZone, 'longOffset');
  return `${day}T${minutes}:${seconds}${zone.replace(/^GMT/, '') || '+00:00'}`;
}
