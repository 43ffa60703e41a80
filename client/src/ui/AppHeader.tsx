import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitcher } from './LanguageSwitcher';

export function AppHeader() {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <a className="brand" href="/">
        <span className="brand__mark" aria-hidden="true">
          <svg viewBox="0 0 32 32" width="28" height="28">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <circle cx="12.5" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" />
            <circle cx="19.5" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" />
          </svg>
        </span>
        <span className="brand__name">{t('app.name')}</span>
      </a>
      <LanguageSwitcher />
    </header>
  );
}
