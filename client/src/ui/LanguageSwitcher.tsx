import { LOCALES } from '@kyoso/shared';
import { useI18n } from '../i18n/I18nProvider';

/** 日本語 / English (on a phone's header 日本語 / EN): each name in its own language, whichever is active. */
export function LanguageSwitcher() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="lang-switch__option"
          aria-pressed={option === locale}
          aria-label={t(option === 'ja' ? 'lang.ja' : 'lang.en')}
          onClick={() => setLocale(option)}
        >
          {/* A phone's header shows the short name ("EN"), leaving the board's title its room. */}
          <span className="lang-switch__long">{t(option === 'ja' ? 'lang.ja' : 'lang.en')}</span>
          <span className="lang-switch__short" aria-hidden="true">
            {t(option === 'ja' ? 'lang.jaShort' : 'lang.enShort')}
          </span>
        </button>
      ))}
    </div>
  );
}
