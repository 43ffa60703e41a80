// A synergy point's status as a small coloured chip (agreed: green with a check).
import type { SynergyStatus } from '@kyoso/shared';
import type { TranslateFn } from '../../i18n/I18nProvider';
import { WorkshopIcon } from '../../ui/WorkshopIcon';

export function StatusChip({ status, t }: { status: SynergyStatus; t: TranslateFn }) {
  return (
    <span
      className={`synergy-chip synergy-chip--${status}`}
      data-testid="synergy-status"
      data-status={status}
    >
      {status === 'agreed' && <WorkshopIcon name="check" size={12} />}
      {t(`synergy.status.${status}`)}
    </span>
  );
}
