// A card's agreement status in words: agreed by all, or whom it still waits for.
import type { AgreementStatus, Company } from '@kyoso/shared';
import type { TranslateFn } from '../../i18n/I18nProvider';

export function agreementStatusText(
  status: AgreementStatus,
  companies: readonly Company[],
  t: TranslateFn,
): string {
  if (status.agreed) return t('agreement.status.all');
  if (status.agreedBy.length === 0) return t('agreement.status.none');
  const names = status.waitingFor.map((key) => companies.find((c) => c.key === key)?.name ?? key);
  return t('agreement.status.waiting', { companies: names.join(t('drafting.confirm.separator')) });
}
