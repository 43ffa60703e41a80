// Voting needs a participant token: when registering the person's name failed, say why and
// offer to try again (instead of a panel that waits forever).
import { useStore } from '../../bindings/hooks';
import { useI18n } from '../../i18n/I18nProvider';
import type { WorkshopSession } from '../../sync/workshop-types';

export function JoinProblem({ workshop }: { workshop: WorkshopSession }) {
  const { t } = useI18n();
  const participant = useStore(workshop.participant);
  if (participant.status !== 'failed') return null;
  return (
    <div className="alert alert--error voting-alert" role="alert" data-testid="vote-join-problem">
      <span>{t('voting.error.join', { message: participant.message })}</span>
      <button
        type="button"
        className="button button--ghost voting-button"
        onClick={() => workshop.participant.retry()}
      >
        {t('voting.retry')}
      </button>
    </div>
  );
}
