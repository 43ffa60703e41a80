// What the last reveal is doing or did: progress, the result with "show revealed cards", or the
// reason it failed with "try again" (the selection is still there).
import type { ShapeId } from '@kyoso/shared';
import { useI18n } from '../../i18n/I18nProvider';
import { countText } from '../../i18n/countText';
import type { RevealState } from './useReveal';

interface RevealStatusProps {
  state: RevealState;
  /** Some of the revealed cards have arrived on the board. */
  revealedOnBoard: boolean;
  onShow: (ids: readonly ShapeId[]) => void;
  onRetry: () => void;
  onDismiss: () => void;
}

export function RevealStatus({ state, revealedOnBoard, onShow, onRetry, onDismiss }: RevealStatusProps) {
  const { t } = useI18n();
  if (state.status === 'busy')
    return (
      <p className="drafting-status" role="status" data-testid="reveal-progress">
        <span className="drafting-spinner" aria-hidden="true" />
        {state.waitingForParticipant ? t('drafting.waitingParticipant') : t('drafting.revealing')}
      </p>
    );
  if (state.status === 'done')
    return (
      <div className="drafting-notice drafting-notice--success" role="status" data-testid="reveal-done">
        <span>{countText(t, 'drafting.revealed', state.revealed.length)}</span>
        <span className="drafting-notice__actions">
          <button
            type="button"
            className="drafting-link"
            disabled={!revealedOnBoard}
            data-testid="reveal-show"
            onClick={() => onShow(state.revealed)}
          >
            {t('drafting.showRevealed')}
          </button>
          <button type="button" className="drafting-link drafting-link--muted" onClick={onDismiss}>
            {t('drafting.dismiss')}
          </button>
        </span>
      </div>
    );
  if (state.status === 'failed')
    return (
      <div className="drafting-notice drafting-notice--error" role="alert" data-testid="reveal-error">
        <span>{t(state.problem.message)}</span>
        {state.problem.detail && (
          <span className="drafting-notice__detail">
            {t('drafting.errorDetail', { detail: state.problem.detail })}
          </span>
        )}
        <span className="drafting-notice__actions">
          {state.problem.retryable && (
            <button type="button" className="drafting-link" data-testid="reveal-retry" onClick={onRetry}>
              {t('drafting.retry')}
            </button>
          )}
          <button type="button" className="drafting-link drafting-link--muted" onClick={onDismiss}>
            {t('drafting.dismiss')}
          </button>
        </span>
      </div>
    );
  return null;
}
