// A version's time as people read it where they are: date and time in the interface language.
import type { Locale } from '@kyoso/shared';

const TAGS: Readonly<Record<Locale, string>> = { ja: 'ja-JP', en: 'en-GB' };

export function formatVersionTime(iso: string, locale: Locale, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return new Intl.DateTimeFormat(TAGS[locale], {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}
