// The first-visit guide: a few short steps for the person's role (member, facilitator, observer)
// in a card at the bottom of the board that leaves the board usable, shown the first time this
// browser opens a board in that role. The control a step speaks of is ringed while it shows. Skip
// or finish it and it stays away; the shortcut list
// (`?`) brings it back ("Show the guide again").
import type { Role } from '@kyoso/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useUiRequests } from '../../bindings/pageUi';
import { readFlag, writeFlag } from '../../bindings/storedFlag';
import { useI18n } from '../../i18n/I18nProvider';
import { Icon } from '../../ui/icons';
import { isTouchFirst } from '../../ui/platform';
import { GUIDE_STEPS, guideSeenKey } from './guideSteps';
import './guide.css';

/** Set on the control the current step speaks of (guide.css rings it). */
const TARGET_MARK = 'data-guide-target';

export function FirstVisitGuide({ role }: { role: Role }) {
  const { t } = useI18n();
  const steps = GUIDE_STEPS[role];
  const [at, setAt] = useState<number | null>(() => (readFlag(guideSeenKey(role), false) ? null : 0));
  const card = useRef<HTMLElement>(null);
  const titleId = useId();
  useUiRequests('guideRequests', () => setAt(0));
  useEffect(() => {
    if (at !== null) card.current?.focus({ preventScroll: true });
  }, [at]);
  const current = at === null ? null : steps[at];
  const target = current?.target;
  useEffect(() => {
    const element = target ? document.querySelector(target) : null;
    element?.setAttribute(TARGET_MARK, '');
    return () => element?.removeAttribute(TARGET_MARK);
  }, [target]);
  if (at === null || !current) return null;

  const close = () => {
    writeFlag(guideSeenKey(role), true);
    setAt(null);
  };
  const last = at === steps.length - 1;
  return (
    <section
      ref={card}
      className="guide-card"
      role="dialog"
      aria-labelledby={titleId}
      aria-label={t('guide.label')}
      tabIndex={-1}
      data-testid="guide"
      data-step={at + 1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <header className="guide-card__header">
        <span className="guide-card__step">{t('guide.step', { n: at + 1, total: steps.length })}</span>
        <button
          type="button"
          className="icon-button guide-card__skip"
          aria-label={t('guide.close')}
          data-tooltip={t('guide.close')}
          data-tooltip-side="bottom"
          data-testid="guide-skip"
          onClick={close}
        >
          <Icon name="close" />
        </button>
      </header>
      <h2 id={titleId} className="guide-card__title">
        {t(current.title)}
      </h2>
      <p className="guide-card__body">{t(current.touch && isTouchFirst() ? current.touch : current.body)}</p>
      <div className="guide-card__dots" aria-hidden="true">
        {steps.map((_, i) => (
          <span key={i} className={i === at ? 'guide-card__dot guide-card__dot--on' : 'guide-card__dot'} />
        ))}
      </div>
      <footer className="guide-card__actions">
        <button type="button" className="agreement-link agreement-link--muted" onClick={close}>
          {t('guide.skip')}
        </button>
        <span className="guide-card__moves">
          {at > 0 && (
            <button
              type="button"
              className="button button--ghost guide-card__button"
              data-testid="guide-back"
              onClick={() => setAt(at - 1)}
            >
              {t('guide.back')}
            </button>
          )}
          <button
            type="button"
            className="button button--primary guide-card__button"
            data-testid="guide-next"
            onClick={() => (last ? close() : setAt(at + 1))}
          >
            {last ? t('guide.done') : t('guide.next')}
          </button>
        </span>
      </footer>
    </section>
  );
}
