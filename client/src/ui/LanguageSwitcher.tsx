import { LOCALES } from '@kyoso/shared';
import { useI18n } from '../i18n/I18nProvider';

/** 日本語 / English: each name is shown in its own language, whichever is active. */
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
          onClick={() => setLocale(option)}
        >
          {t(option === 'ja' ? 'lang.ja' : 'lang.en')}
        </button>
      ))}
    </div>
  );
}
