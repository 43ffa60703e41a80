import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ja } from './ja';
import { detectLocale, localeFromTag, MESSAGES, placeholders, translate } from './messages';

describe('locale files', () => {
  it('Japanese and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it('every message is non-empty in both languages', () => {
    for (const messages of Object.values(MESSAGES)) {
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('a message uses the same placeholders in both languages', () => {
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
    }
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(translate('en', 'form.companies.count', { count: 3, max: 8 })).toBe('3 of 8');
    expect(translate('ja', 'form.companies.count', { count: 3, max: 8 })).toBe('3 / 8 社');
    expect(translate('en', 'form.companies.count', { count: 3 })).toBe('3 of {max}');
  });

  it('returns the message as is without variables', () => {
    expect(translate('ja', 'copy.done')).toBe('コピーしました');
    expect(translate('en', 'copy.done')).toBe('Copied');
  });
});

describe('detectLocale', () => {
  it('prefers the stored choice', () => {
    expect(detectLocale('en', ['ja-JP'])).toBe('en');
    expect(detectLocale('ja', ['en-US'])).toBe('ja');
  });

  it('ignores a stored value that is not a locale', () => {
    expect(detectLocale('fr', ['en-GB'])).toBe('en');
  });

  it('follows the first supported browser language', () => {
    expect(detectLocale(null, ['fr-FR', 'en-US', 'ja'])).toBe('en');
    expect(detectLocale(null, ['ja-JP', 'en-US'])).toBe('ja');
  });

  it('falls back to Japanese', () => {
    expect(detectLocale(null, [])).toBe('ja');
    expect(detectLocale(undefined, ['de-DE'])).toBe('ja');
  });

  it('reads the primary subtag of a language tag', () => {
    expect(localeFromTag('EN_us')).toBe('en');
    expect(localeFromTag('ja-Jpan-JP')).toBe('ja');
    expect(localeFromTag('zh-Hant')).toBeNull();
  });
});
