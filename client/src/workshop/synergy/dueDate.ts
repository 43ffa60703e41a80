// A due date (stored YYYY-MM-DD, a calendar day with no time zone) as people read it, whether it
// has passed, and whether it looks mistyped.
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

/** Further ahead than this many years, a due date is more likely a typo (7011 for 2027). */
const FAR_YEARS = 10;

/** What to say under a due date being set: it has passed, it is years away (a typo?), or nothing. */
export function dueWarning(due: string | null, now: Date): 'past' | 'far' | null {
  if (due === null) return null;
  if (isOverdue(due, now)) return 'past';
  return Number(due.slice(0, 4)) > now.getFullYear() + FAR_YEARS ? 'far' : null;
}
