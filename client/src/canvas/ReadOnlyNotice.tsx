// Shown to observers instead of editing tools: they can look around but not change anything.
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from '../ui/icons';

export function ReadOnlyNotice() {
  const { t } = useI18n();
  return (
    <div className="read-only-notice" role="note" data-testid="read-only-notice">
      <Icon name="eye" size={18} />
      <span>{t('readOnly.notice')}</span>
    </div>
  );
}
