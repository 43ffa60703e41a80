// A due date (stored YYYY-MM-DD, a calendar day with no time zone) as people read it, and whether
// it has passed.
import type { Locale } from '@kyoso/shared';

export function formatDue(due: string, locale: Locale): string {
  const date = new Date(`${due}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return due;
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** True when the day is before today (in the viewer's own calendar). */
export function isOverdue(due: string, now: Date): boolean {
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
  return due < today;
}
