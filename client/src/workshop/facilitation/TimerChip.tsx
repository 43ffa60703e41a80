// The workshop countdown, beside the phase: everyone sees it count against the server clock;
// the last minute looks different, and at zero it pulses, chimes softly and says "time's up".
// For the facilitator it is also the button that opens the timer settings.
import type { TimerState } from '@kyoso/shared';
import { useStoreSelector } from '../../bindings/hooks';
import { useI18n } from '../../i18n/I18nProvider';
import type { WorkshopSession } from '../../sync/workshop-types';
import { FacilitationIcon } from './FacilitationIcon';
import { timerView } from './timerDisplay';
import { TimerPanel } from './TimerPanel';
import { usePopover } from './usePopover';
import { useServerNow } from './useServerNow';
import { useTimeUp } from './useTimeUp';

const sameTimer = (a: TimerState | null, b: TimerState | null) =>
  a === b ||
  (!!a && !!b && a.durationMs === b.durationMs && a.endsAt === b.endsAt && a.remainingMs === b.remainingMs);

export function TimerChip({ workshop }: { workshop: WorkshopSession }) {
  const { t } = useI18n();
  const timer = useStoreSelector(workshop.control, (control) => control.timer, sameTimer);
  const now = useServerNow(workshop, timer?.endsAt ?? null);
  const view = timer ? timerView(timer, now) : null;
  const pulsing = useTimeUp(timer, view?.remainingMs ?? null);
  const popover = usePopover();
  if (!view && !workshop.canControl) return null;

  const state = view ? (view.status === 'done' ? 'done' : view.lastMinute ? 'last' : view.status) : 'none';
  const spoken = !view
    ? t('facilitation.timer.set')
    : view.status === 'done'
      ? t('facilitation.timer.done')
      : `${t('facilitation.timer.label')} ${t('facilitation.timer.remaining', { time: view.text })}${
          view.status === 'paused' ? ` (${t('facilitation.timer.paused')})` : ''
        }`;
  const face = (
    <>
      <FacilitationIcon name="timer" size={16} />
      {view ? (
        <>
          <span className="timer-chip__clock" data-testid="timer-display" aria-hidden="true">
            {view.text}
          </span>
          {view.status === 'paused' && (
            <span className="timer-chip__note" aria-hidden="true">
              {t('facilitation.timer.paused')}
            </span>
          )}
          {view.status === 'done' && (
            <span className="timer-chip__note" aria-hidden="true">
              {t('facilitation.timer.done')}
            </span>
          )}
        </>
      ) : (
        <span className="timer-chip__label" aria-hidden="true">
          {t('facilitation.timer.label')}
        </span>
      )}
    </>
  );
  const className = `timer-chip timer-chip--${state}${pulsing ? ' timer-chip--pulse' : ''}`;

  return (
    <div className="timer" data-testid="timer" data-state={state}>
      {workshop.canControl ? (
        <button
          ref={popover.trigger}
          type="button"
          className={`${className} timer-chip--button`}
          // With no timer, what it says is already what it does ("Set a timer"): said once.
          aria-label={view ? `${spoken}. ${t('facilitation.timer.set')}` : spoken}
          aria-expanded={popover.open}
          aria-haspopup="dialog"
          data-testid="timer-open"
          onClick={popover.toggle}
        >
          {face}
        </button>
      ) : (
        <div className={className} role="timer" aria-label={spoken}>
          {face}
        </div>
      )}
      {/* Said once, when the time runs out (the clock itself is not read every second). */}
      <span className="sr-only" role="status">
        {view?.status === 'done' ? t('facilitation.timer.doneAnnounce') : ''}
      </span>
      {popover.open && workshop.canControl && (
        <TimerPanel
          workshop={workshop}
          timer={timer}
          view={view}
          panelRef={popover.panel}
          onDone={() => popover.close()}
        />
      )}
    </div>
  );
}
