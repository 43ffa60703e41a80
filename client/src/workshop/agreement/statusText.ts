// A card's agreement status in words: agreed by all, changed since agreed (and whose agreement to
// the new content is missing), or whom it still waits for.
import { companyName, type AgreementStatus, type Company, type CompanyKey } from '@kyoso/shared';
import type { TranslateFn } from '../../i18n/I18nProvider';

export function agreementStatusText(
  status: AgreementStatus,
  companies: readonly Company[],
  t: TranslateFn,
): string {
  const names = (keys: readonly CompanyKey[]) =>
    keys.map((key) => companyName(companies, key)).join(t('drafting.confirm.separator'));
  if (status.agreed) return t('agreement.status.all');
  if (status.changedSince.length > 0) {
    // Only those who agreed before agree "again"; the others have not agreed yet at all.
    const again = status.waitingFor.filter((key) => status.changedSince.includes(key));
    const first = status.waitingFor.filter((key) => !status.changedSince.includes(key));
    return first.length === 0 || again.length === 0
      ? t('agreement.status.changed', { companies: names(status.waitingFor) })
      : t('agreement.status.changedAndNew', { again: names(again), first: names(first) });
  }
  if (status.agreedBy.length === 0) return t('agreement.status.none');
  return t('agreement.status.waiting', { companies: names(status.waitingFor) });
}
