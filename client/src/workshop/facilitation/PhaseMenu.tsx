// The facilitator's list of the agenda's steps (a popover under the phase title): pick any step,
// or open the agenda editor.
import { phaseText, type Phase } from '@kyoso/shared';
import { useEffect, useId, type RefObject } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { moveFocusInList } from './usePopover';

interface PhaseMenuProps {
  phases: readonly Phase[];
  current: string | null;
  panelRef: RefObject<HTMLDivElement | null>;
  onPick: (id: string) => void;
  onEditAgenda: () => void;
}

export function PhaseMenu({ phases, current, panelRef, onPick, onEditAgenda }: PhaseMenuProps) {
  const { t, locale } = useI18n();
  const titleId = useId();
  useEffect(() => {
    const panel = panelRef.current;
    const chosen = panel?.querySelector<HTMLButtonElement>('[aria-current="step"]');
    (chosen ?? panel?.querySelector<HTMLButtonElement>('button'))?.focus({ preventScroll: true });
  }, [panelRef]);
  return (
    <div
      ref={panelRef}
      className="facilitation-popover phase-menu"
      role="dialog"
      aria-labelledby={titleId}
      data-testid="phase-menu"
      onKeyDown={moveFocusInList}
    >
      <h2 id={titleId} className="sr-only">
        {t('facilitation.phase.choose')}
      </h2>
      <ol className="phase-menu__list">
        {phases.map((phase, index) => {
          const { name } = phaseText(phase, locale);
          const isCurrent = phase.id === current;
          return (
            <li key={phase.id}>
              <button
                type="button"
                className="phase-menu__item"
                aria-current={isCurrent ? 'step' : undefined}
                data-testid={`phase-option-${index + 1}`}
                onClick={() => onPick(phase.id)}
              >
                <span className="phase-menu__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="phase-menu__name">{name}</span>
                {isCurrent && <span className="sr-only">{t('facilitation.phase.current')}</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="phase-menu__footer">
        <button type="button" className="phase-menu__item" data-testid="agenda-edit" onClick={onEditAgenda}>
          {t('facilitation.agenda.edit')}
        </button>
      </div>
    </div>
  );
}
