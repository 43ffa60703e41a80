// Says, for everyone, that an anonymous phase is on: nobody wonders where the names went.
import { useStoreSelector } from '../../bindings/hooks';
import { useI18n } from '../../i18n/I18nProvider';
import type { WorkshopSession } from '../../sync/workshop-types';
import { Icon } from '../../ui/icons';

export function AnonymousBanner({ workshop }: { workshop: WorkshopSession }) {
  const { t } = useI18n();
  const anonymous = useStoreSelector(workshop.control, (control) => control.anonymous);
  if (!anonymous) return null;
  return (
    <div
      className="follow-banner follow-banner--left anonymous-banner"
      role="status"
      data-testid="anonymous-banner"
    >
      <Icon name="anonymous" />
      <span className="follow-banner__text">{t('facilitation.anonymous.banner')}</span>
    </div>
  );
}
