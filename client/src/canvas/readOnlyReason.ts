// Why this page may not change a shape, in the reader's language.
import { companyName, type Company, type RightsRefusal } from '@kyoso/shared';
import type { TranslateFn } from '../i18n/I18nProvider';
import type { BoardSession } from '../sync/session-types';

export function readOnlyReason(
  reason: RightsRefusal,
  session: BoardSession,
  companies: readonly Company[],
  t: TranslateFn,
): string {
  switch (reason.code) {
    case 'other-company': {
      const shape = reason.shape ? session.shapes.byId(reason.shape) : undefined;
      const key = shape?.type === 'sticky' ? shape.company : null;
      const company = companyName(companies, key);
      return t('readOnly.otherCompany', { company });
    }
    case 'synergy-other-companies':
      return t('readOnly.synergy');
    case 'template-area':
      return t('readOnly.templateArea');
    case 'locked':
      return t('readOnly.locked');
    default:
      return t('refusal.read-only');
  }
}
