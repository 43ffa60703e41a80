// The facilitator's agenda editor (a dialog): rename steps, write their instructions, add,
// remove and reorder them, or go back to the standard agenda. Saved as one change to `control`.
import { MAX_PHASE_INSTRUCTIONS, MAX_PHASE_NAME, MAX_PHASES, setPhases, type Phase } from '@kyoso/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import type { MessageKey } from '../../i18n/messages';
import type { WorkshopSession } from '../../sync/workshop-types';
import {
  addPhase,
  canAddPhase,
  defaultDraft,
  draftProblem,
  fromDraft,
  movePhase,
  newPhaseId,
  removePhase,
  toDraft,
  updatePhase,
  type DraftPhase,
  type DraftProblem,
} from './agendaDraft';
import { tryControl } from './controlErrors';
import { FacilitationIcon } from './FacilitationIcon';

const PROBLEM_TEXT: Readonly<Record<DraftProblem, MessageKey>> = {
  nameRequired: 'facilitation.agenda.nameRequired',
  nameTooLong: 'facilitation.agenda.nameTooLong',
  instructionsTooLong: 'facilitation.agenda.instructionsTooLong',
};

interface AgendaDialogProps {
  workshop: WorkshopSession;
  phases: readonly Phase[];
  onClose: () => void;
}

export function AgendaDialog({ workshop, phases, onClose }: AgendaDialogProps) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<DraftPhase[]>(() => toDraft(phases, locale));
  const [showProblems, setShowProblems] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const focusRow = useRef<number | null>(null);
  const titleId = useId();
  const introId = useId();

  useEffect(() => {
    list.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);
  // After adding a step, its name field takes the focus.
  useEffect(() => {
    if (focusRow.current === null) return;
    list.current?.querySelectorAll<HTMLInputElement>('input')[focusRow.current]?.focus();
    focusRow.current = null;
  }, [draft]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const next = fromDraft(draft, locale);
    if (!next) {
      setShowProblems(true);
      // Focus the first field to fix.
      const bad = draft.findIndex((phase) => draftProblem(phase));
      const field = draft[bad] && draftProblem(draft[bad]) === 'instructionsTooLong' ? 'textarea' : 'input';
      const rows = list.current?.querySelectorAll<HTMLElement>('.agenda-row');
      rows?.item(bad)?.querySelector<HTMLElement>(field)?.focus();
      return;
    }
    const problem = tryControl(() => workshop.runControl((doc, origin) => setPhases(doc, next, origin)), t);
    if (problem) setError(problem);
    else onClose();
  };

  return (
    <Dialog
      className="agenda-dialog"
      labelledBy={titleId}
      describedBy={introId}
      testId="agenda-dialog"
      onDismiss={onClose}
      // The steps being edited are not dropped by a stray press beside the dialog.
      dismissOnBackdrop={false}
    >
      <form className="dialog__form" onSubmit={save} noValidate>
        <div className="agenda-dialog__header">
          <h2 id={titleId} className="dialog__title">
            {t('facilitation.agenda.title')}
          </h2>
          <span className="counter">
            {t('facilitation.agenda.count', { count: draft.length, max: MAX_PHASES })}
          </span>
        </div>
        <p id={introId} className="muted agenda-dialog__intro">
          {t('facilitation.agenda.intro')}
        </p>
        {showProblems && draft.some((phase) => draftProblem(phase)) && (
          <p className="alert alert--error" role="alert">
            {t('facilitation.agenda.fix')}
          </p>
        )}
        <ol ref={list} className="agenda-list">
          {draft.map((phase, index) => {
            const n = index + 1;
            const problem = showProblems ? draftProblem(phase) : null;
            const nameProblem = problem === 'nameRequired' || problem === 'nameTooLong';
            const problemId = `${titleId}-problem-${index}`;
            return (
              <li key={phase.id} className="agenda-row" data-testid={`agenda-row-${n}`}>
                <span className="agenda-row__number" aria-hidden="true">
                  {n}
                </span>
                <div className="agenda-row__fields">
                  <div className="agenda-row__name">
                    <input
                      className="input fac-input--small"
                      value={phase.name}
                      maxLength={MAX_PHASE_NAME * 2}
                      placeholder={t('facilitation.agenda.namePlaceholder')}
                      aria-label={t('facilitation.agenda.name', { n })}
                      aria-invalid={nameProblem}
                      aria-describedby={problem ? problemId : undefined}
                      data-testid={`agenda-name-${n}`}
                      onChange={(event) => setDraft(updatePhase(draft, index, { name: event.target.value }))}
                    />
                    {phase.key && (
                      <span className="agenda-row__badge">{t('facilitation.agenda.standard')}</span>
                    )}
                  </div>
                  <textarea
                    className="input fac-input--small agenda-row__instructions"
                    rows={2}
                    value={phase.instructions}
                    maxLength={MAX_PHASE_INSTRUCTIONS * 2}
                    placeholder={t('facilitation.agenda.instructionsPlaceholder')}
                    aria-label={t('facilitation.agenda.instructions', { n })}
                    aria-invalid={problem === 'instructionsTooLong'}
                    aria-describedby={problem ? problemId : undefined}
                    data-testid={`agenda-instructions-${n}`}
                    onChange={(event) =>
                      setDraft(updatePhase(draft, index, { instructions: event.target.value }))
                    }
                  />
                  {problem && (
                    <span id={problemId} className="field__error">
                      {t(PROBLEM_TEXT[problem], {
                        max: problem === 'instructionsTooLong' ? MAX_PHASE_INSTRUCTIONS : MAX_PHASE_NAME,
                      })}
                    </span>
                  )}
                </div>
                <div className="agenda-row__actions">
                  <button
                    type="button"
                    className="icon-button fac-icon-button--small"
                    aria-label={t('facilitation.agenda.up', { n })}
                    title={t('facilitation.agenda.up', { n })}
                    disabled={index === 0}
                    onClick={() => setDraft(movePhase(draft, index, -1))}
                  >
                    <FacilitationIcon name="up" size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button fac-icon-button--small"
                    aria-label={t('facilitation.agenda.down', { n })}
                    title={t('facilitation.agenda.down', { n })}
                    disabled={index === draft.length - 1}
                    onClick={() => setDraft(movePhase(draft, index, 1))}
                  >
                    <FacilitationIcon name="down" size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button fac-icon-button--small fac-icon-button--danger"
                    aria-label={t('facilitation.agenda.remove', { n })}
                    title={t('facilitation.agenda.remove', { n })}
                    data-testid={`agenda-remove-${n}`}
                    disabled={draft.length <= 1}
                    onClick={() => setDraft(removePhase(draft, index))}
                  >
                    <FacilitationIcon name="remove" size={16} />
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <div className="agenda-dialog__tools">
          <button
            type="button"
            className="button button--secondary fac-button--small"
            data-testid="agenda-add"
            disabled={!canAddPhase(draft)}
            onClick={() => {
              focusRow.current = draft.length;
              setDraft(addPhase(draft, newPhaseId()));
            }}
          >
            <FacilitationIcon name="add" size={16} />
            {t('facilitation.agenda.add')}
          </button>
          <button
            type="button"
            className="button button--ghost fac-button--small"
            onClick={() => {
              setShowProblems(false);
              setDraft(defaultDraft(locale));
            }}
          >
            {t('facilitation.agenda.defaults')}
          </button>
        </div>
        {error && (
          <p className="alert alert--error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('facilitation.agenda.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="agenda-save">
            {t('facilitation.agenda.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
