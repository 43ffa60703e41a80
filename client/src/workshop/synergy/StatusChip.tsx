// A synergy point's status as a small coloured chip (agreed: green with a check), and beside it,
// when agreements were given to content that has changed since, an amber "changed since agreed"
// (the list said only "idea" of a point both companies had agreed to before an edit).
import type { SynergyStatus } from '@kyoso/shared';
import type { TranslateFn } from '../../i18n/I18nProvider';
import { WorkshopIcon } from '../../ui/WorkshopIcon';

export function StatusChip({
  status,
  changed = false,
  t,
}: {
  status: SynergyStatus;
  changed?: boolean;
  t: TranslateFn;
}) {
  const chip = (
    <span
      className={`synergy-chip synergy-chip--${status}`}
      data-testid="synergy-status"
      data-status={status}
    >
      {status === 'agreed' && <WorkshopIcon name="check" size={12} />}
      {t(`synergy.status.${status}`)}
    </span>
  );
  if (!changed || status === 'agreed') return chip;
  return (
    <span className="synergy-chips">
      {chip}
      <span className="synergy-chip synergy-chip--changed" data-testid="synergy-status-changed">
        {t('agreement.badge.changed')}
      </span>
    </span>
  );
}
