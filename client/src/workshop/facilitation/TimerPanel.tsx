// The facilitator's timer settings (a popover under the timer): presets that start at once, a
// custom time, and pause / resume / +1 min / reset / remove for the running one.
import { adjustTimer, clearTimer, pauseTimer, resumeTimer, startTimer, type TimerState } from '@kyoso/shared';
import { useId, useState, type FormEvent, type RefObject } from 'react';
import type * as Y from 'yjs';
import { useI18n } from '../../i18n/I18nProvider';
import type { WorkshopSession } from '../../sync/workshop-types';
import { tryControl } from './controlErrors';
import { FacilitationIcon } from './FacilitationIcon';
import { formatClock, parseDuration, TIMER_PRESETS_MIN, type TimerView } from './timerDisplay';

interface TimerPanelProps {
  workshop: WorkshopSession;
  timer: TimerState | null;
  view: TimerView | null;
  panelRef: RefObject<HTMLDivElement | null>;
  onDone: () => void;
}

export function TimerPanel({ workshop, timer, view, panelRef, onDone }: TimerPanelProps) {
  const { t } = useI18n();
  const [custom, setCustom] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const hintId = useId();
  const errorId = useId();

  const run = (change: (doc: Y.Doc, origin: unknown) => void) => {
    const problem = tryControl(() => workshop.runControl(change), t);
    setError(problem);
    return problem === null;
  };
  const start = (durationMs: number) => {
    if (run((doc, origin) => startTimer(doc, { durationMs, now: workshop.now() }, origin))) onDone();
  };
  const submitCustom = (event: FormEvent) => {
    event.preventDefault();
    const ms = parseDuration(custom);
    if (ms === null) return setInvalid(true);
    start(ms);
  };
  /** Back to the full length, paused: the facilitator starts it when the group is ready. */
  const reset = (current: TimerState) =>
    run((doc, origin) =>
      doc.transact(() => {
        startTimer(doc, { durationMs: current.durationMs, now: workshop.now() }, origin);
        pauseTimer(doc, { now: workshop.now() }, origin);
      }, origin),
    );

  return (
    <div
      ref={panelRef}
      className="facilitation-popover timer-panel"
      role="dialog"
      aria-labelledby={titleId}
      data-testid="timer-panel"
    >
      <h2 id={titleId} className="facilitation-popover__title">
        {t('facilitation.timer.set')}
      </h2>
      {timer && view && (
        <div className="timer-panel__row" role="group" aria-label={t('facilitation.timer.label')}>
          {view.status === 'running' ? (
            <button
              type="button"
              className="button button--secondary fac-button--small"
              data-testid="timer-pause"
              onClick={() => run((doc, origin) => pauseTimer(doc, { now: workshop.now() }, origin))}
            >
              <FacilitationIcon name="pause" size={16} />
              {t('facilitation.timer.pause')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--secondary fac-button--small"
              data-testid="timer-resume"
              disabled={view.status === 'done'}
              onClick={() => run((doc, origin) => resumeTimer(doc, { now: workshop.now() }, origin))}
            >
              <FacilitationIcon name="play" size={16} />
              {t('facilitation.timer.resume')}
            </button>
          )}
          <button
            type="button"
            className="button button--secondary fac-button--small"
            aria-label={t('facilitation.timer.addMinuteAria')}
            data-testid="timer-add-minute"
            onClick={() =>
              run((doc, origin) => adjustTimer(doc, { deltaMs: 60_000, now: workshop.now() }, origin))
            }
          >
            {t('facilitation.timer.addMinute')}
          </button>
          <button
            type="button"
            className="button button--secondary fac-button--small"
            title={t('facilitation.timer.resetHint', { time: formatClock(timer.durationMs) })}
            data-testid="timer-reset"
            onClick={() => reset(timer)}
          >
            {t('facilitation.timer.reset')}
          </button>
          <button
            type="button"
            className="button button--ghost fac-button--small"
            data-testid="timer-clear"
            onClick={() => {
              if (run((doc, origin) => clearTimer(doc, origin))) onDone();
            }}
          >
            {t('facilitation.timer.clear')}
          </button>
        </div>
      )}
      <div className="timer-panel__section">
        <h3 className="facilitation-popover__subtitle">{t('facilitation.timer.presets')}</h3>
        <div className="timer-panel__presets">
          {TIMER_PRESETS_MIN.map((min) => (
            <button
              key={min}
              type="button"
              className="button button--secondary fac-button--small"
              aria-label={t('facilitation.timer.presetAria', { min })}
              data-testid={`timer-preset-${min}`}
              onClick={() => start(min * 60_000)}
            >
              {t('facilitation.timer.preset', { min })}
            </button>
          ))}
        </div>
      </div>
      <form className="timer-panel__section" onSubmit={submitCustom} noValidate>
        <label className="facilitation-popover__subtitle" htmlFor={`${titleId}-custom`}>
          {t('facilitation.timer.custom')}
        </label>
        <div className="timer-panel__custom">
          <input
            id={`${titleId}-custom`}
            className="input fac-input--small"
            inputMode="text"
            autoComplete="off"
            placeholder="7:30"
            value={custom}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
            data-testid="timer-custom"
            onChange={(event) => {
              setCustom(event.target.value);
              setInvalid(false);
            }}
          />
          <button
            type="submit"
            className="button button--primary fac-button--small"
            data-testid="timer-start"
          >
            <FacilitationIcon name="play" size={16} />
            {t('facilitation.timer.start')}
          </button>
        </div>
        <span id={hintId} className="field__hint">
          {t('facilitation.timer.customHint')}
        </span>
        {invalid && (
          <span id={errorId} className="field__error" role="alert">
            {t('facilitation.timer.customInvalid')}
          </span>
        )}
      </form>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
