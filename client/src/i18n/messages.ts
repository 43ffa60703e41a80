// Pure i18n logic (no DOM, no React): message lookup, interpolation and locale detection.
import type { Locale } from '@kyoso/shared';
import { en } from './en';
import { ja, type MessageKey, type Messages } from './ja';

export type { MessageKey, Messages };
export type MessageVars = Readonly<Record<string, string | number>>;

export const MESSAGES: Readonly<Record<Locale, Messages>> = { ja, en };
export const DEFAULT_LOCALE: Locale = 'ja';
export const LOCALE_STORAGE_KEY = 'kyoso.locale';

/** Looks a message up and fills its `{name}` placeholders; unknown placeholders stay as written. */
export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const template = MESSAGES[locale][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

export function isLocale(value: unknown): value is Locale {
  return value === 'ja' || value === 'en';
}

/** The locale a language tag asks for (`ja-JP` → `ja`, `en-GB` → `en`), or null. */
export function localeFromTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : null;
}

/** The stored choice wins; otherwise the first of the browser's languages we support; else Japanese. */
export function detectLocale(stored: string | null | undefined, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const locale = localeFromTag(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** The `{name}` placeholders a message uses, sorted (for checking that translations agree). */
export function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}
