// When something was recorded, short: the time for today, the date and time before that.
import type { Locale } from '@kyoso/shared';

const TAGS: Readonly<Record<Locale, string>> = { ja: 'ja-JP', en: 'en-US' };

export function formatLedgerTime(iso: string, locale: Locale, now: Date, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const day = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(date);
  const sameDay = day(at) === day(now);
  return new Intl.DateTimeFormat(TAGS[locale], {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    ...(sameDay ? {} : { month: 'numeric', day: 'numeric' }),
  }).format(at);
}
