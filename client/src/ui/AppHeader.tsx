import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LogoMark } from './LogoMark';

export function AppHeader() {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <a className="brand" href="/">
        <span className="brand__mark" aria-hidden="true">
          <LogoMark size={28} />
        </span>
        <span className="brand__name">{t('app.name')}</span>
      </a>
      <LanguageSwitcher />
    </header>
  );
}
