// The agenda bar, top centre of the board for everyone: the current step's name and instructions
// (in the reader's language), step n of m, and the timer. The facilitator moves between steps,
// picks any step and opens the agenda editor from here; before the first step they see
// "Start workshop".
import { phaseText, setPhase, type Phase } from '@kyoso/shared';
import { useLayoutEffect, useRef, useState } from 'react';
import { useStoreSelector } from '../../bindings/hooks';
import { useI18n } from '../../i18n/I18nProvider';
import type { WorkshopSession } from '../../sync/workshop-types';
import { tryControl } from './controlErrors';
import { FacilitationIcon } from './FacilitationIcon';
import { PhaseMenu } from './PhaseMenu';
import { TimerChip } from './TimerChip';
import { usePopover } from './usePopover';
import { useReservedTop } from '../../ui/useReservedTop';

const samePhases = (a: readonly Phase[], b: readonly Phase[]) =>
  a === b || JSON.stringify(a) === JSON.stringify(b);

/** The step's instructions: two lines, with "show more" when they are longer. */
function Instructions({ text }: { text: string }) {
  const { t } = useI18n();
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const element = paragraph.current;
    if (!element) return;
    const measure = () => {
      if (!element.classList.contains('phase-bar__instructions--expanded'))
        setOverflows(element.scrollHeight > element.clientHeight + 1);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [text]);
  return (
    <div className="phase-bar__instructions-row">
      <p
        ref={paragraph}
        className={`phase-bar__instructions${expanded ? ' phase-bar__instructions--expanded' : ''}`}
        data-testid="phase-instructions"
      >
        {text}
      </p>
      {(overflows || expanded) && (
        <button
          type="button"
          className="phase-bar__more"
          aria-expanded={expanded}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t('facilitation.phase.less') : t('facilitation.phase.more')}
        </button>
      )}
    </div>
  );
}

export function PhaseBar({
  workshop,
  onEditAgenda,
}: {
  workshop: WorkshopSession;
  onEditAgenda: () => void;
}) {
  const { t, locale } = useI18n();
  const phases = useStoreSelector(workshop.control, (control) => control.phases, samePhases);
  const phaseId = useStoreSelector(workshop.control, (control) => control.phase);
  const hasTimer = useStoreSelector(workshop.control, (control) => control.timer !== null);
  const [error, setError] = useState<string | null>(null);
  const menu = usePopover();
  const bar = useRef<HTMLElement>(null);
  const { canControl } = workshop;
  const index = phases.findIndex((phase) => phase.id === phaseId);
  const current = phases[index];
  const text = current ? phaseText(current, locale) : null;
  const visible = canControl || !!current || hasTimer;
  useReservedTop(bar, visible, '--facilitation-top');
  if (!visible) return null;

  const go = (id: string | null) => {
    menu.close({ restoreFocus: false });
    setError(
      tryControl(() => workshop.runControl((doc, origin) => setPhase(doc, id, origin, workshop.now())), t),
    );
  };
  const step = (delta: 1 | -1) => {
    const next = phases[index + delta];
    if (next) go(next.id);
  };
  const first = phases[0];
  const stepText = current ? t('facilitation.phase.step', { n: index + 1, total: phases.length }) : null;

  return (
    <section
      ref={bar}
      className={current ? 'phase-bar phase-bar--running' : 'phase-bar'}
      aria-label={t('facilitation.phase.label')}
      data-testid="phase-bar"
    >
      <div className="phase-bar__row">
        {canControl && current && (
          <button
            type="button"
            className="phase-bar__icon-button"
            aria-label={t('facilitation.phase.prev')}
            data-tooltip={t('facilitation.phase.prev')}
            data-tooltip-side="bottom"
            data-testid="phase-prev"
            disabled={index <= 0}
            onClick={() => step(-1)}
          >
            <FacilitationIcon name="prev" />
          </button>
        )}
        {current && text && stepText ? (
          canControl ? (
            <button
              ref={menu.trigger}
              type="button"
              className="phase-bar__title phase-bar__title--button"
              aria-haspopup="dialog"
              aria-expanded={menu.open}
              aria-label={`${stepText}: ${text.name}. ${t('facilitation.phase.choose')}`}
              data-testid="phase-choose"
              onClick={menu.toggle}
            >
              <span className="phase-bar__step" data-testid="phase-step">
                {index + 1}/{phases.length}
              </span>
              <span className="phase-bar__name" data-testid="phase-name">
                {text.name}
              </span>
              <FacilitationIcon name="chevronDown" size={16} />
            </button>
          ) : (
            <h2 className="phase-bar__title">
              <span className="phase-bar__step" data-testid="phase-step" aria-label={stepText}>
                {index + 1}/{phases.length}
              </span>
              <span className="phase-bar__name" data-testid="phase-name">
                {text.name}
              </span>
            </h2>
          )
        ) : canControl && first ? (
          <>
            <span className="phase-bar__not-started">{t('facilitation.phase.notStarted')}</span>
            <button
              type="button"
              className="button button--primary fac-button--small"
              data-testid="phase-start"
              title={t('facilitation.phase.startHint', { name: phaseText(first, locale).name })}
              onClick={() => go(first.id)}
            >
              <FacilitationIcon name="play" size={16} />
              {t('facilitation.phase.start')}
            </button>
            <button
              ref={menu.trigger}
              type="button"
              className="phase-bar__icon-button"
              aria-haspopup="dialog"
              aria-expanded={menu.open}
              aria-label={t('facilitation.phase.choose')}
              data-tooltip={t('facilitation.phase.choose')}
              data-tooltip-side="bottom"
              data-testid="phase-choose"
              onClick={menu.toggle}
            >
              <FacilitationIcon name="chevronDown" />
            </button>
          </>
        ) : null}
        {canControl && current && (
          <button
            type="button"
            className="phase-bar__icon-button"
            aria-label={t('facilitation.phase.next')}
            data-tooltip={t('facilitation.phase.next')}
            data-tooltip-side="bottom"
            data-testid="phase-next"
            disabled={index >= phases.length - 1}
            onClick={() => step(1)}
          >
            <FacilitationIcon name="next" />
          </button>
        )}
        {(canControl || hasTimer) && (current || canControl) && (
          <span className="phase-bar__divider" aria-hidden="true" />
        )}
        <TimerChip workshop={workshop} />
      </div>
      {text?.instructions && <Instructions key={current?.id} text={text.instructions} />}
      {error && (
        <p className="alert alert--error phase-bar__error" role="alert">
          {error}
        </p>
      )}
      {/* Phase changes are announced to screen readers. */}
      <span className="sr-only" role="status">
        {current && text ? t('facilitation.phase.announce', { n: index + 1, name: text.name }) : ''}
      </span>
      {menu.open && canControl && (
        <PhaseMenu
          phases={phases}
          current={phaseId}
          panelRef={menu.panel}
          onPick={(id) => go(id)}
          onEditAgenda={() => {
            menu.close({ restoreFocus: false });
            onEditAgenda();
          }}
        />
      )}
    </section>
  );
}
