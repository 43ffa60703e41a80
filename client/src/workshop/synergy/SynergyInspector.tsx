// The details of one synergy point, editable in place: title, type, status, agreement (read from
// the ledger: who agreed for each company and when), expected value, effort, an owner per
// company, next step, due date, and the linked cards (show or unlink each).
import {
  MAX_SYNERGY_FIELD,
  agreedContentOf,
  agreementDigest,
  SYNERGY_STATUSES,
  SYNERGY_TYPES,
  isStoredSynergyStatus,
  isSynergyType,
  unlinkFromSynergy,
  updateSynergy,
  type Company,
  type ShapeId,
  type SynergyPoint,
  type UpdateSynergyArgs,
  companyName,
  excerpt,
} from '@kyoso/shared';
import { useMemo } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { kindLabels } from '../../canvas/kindLabels';
import { runCommand, runStep } from '../../canvas/runCommand';
import { useI18n } from '../../i18n/I18nProvider';
import { formatLedgerTime } from '../../i18n/ledgerTime';
import { ChangesSinceAgreements } from '../agreement/ChangesSinceAgreed';
import { useAgree } from '../agreement/useAgree';
import { SynergyTextField } from './SynergyTextField';
import { StatusChip } from './StatusChip';
import { linkedSideLabel } from './selectionSides';
import { dueWarning } from './dueDate';

const EFFORTS = ['low', 'medium', 'high'] as const;

interface SynergyInspectorProps extends Pick<CanvasPartProps, 'session' | 'workshop'> {
  point: SynergyPoint;
  /** Locked by the facilitator: shown, not edited (agreeing still works). */
  locked: boolean;
  companies: readonly Company[];
  onShow: (ids: readonly ShapeId[]) => void;
}

export function SynergyInspector(props: SynergyInspectorProps) {
  const { session, workshop, point, locked, companies, onShow } = props;
  const { t, locale } = useI18n();
  const kinds = useMemo(() => kindLabels(t), [t]);
  const agree = useAgree(workshop, t);
  const readOnly = session.readOnly || locked;
  const { fields } = point;
  const update = (args: Omit<UpdateSynergyArgs, 'id'>) =>
    runCommand(session, (doc, origin) => updateSynergy(doc, { id: point.id, ...args }, origin));
  const unlink = (card: ShapeId) =>
    runStep(session, (doc, origin) => unlinkFromSynergy(doc, { id: point.id, cards: [card] }, origin));
  const own = session.identity.role === 'member' ? session.identity.company : null;
  const ownName = companyName(companies, own);
  const agreedByUs = own !== null && point.agreement.agreedBy.includes(own);
  const staleForUs = own !== null && point.agreement.changedSince.includes(own);
  const content = useMemo(() => agreedContentOf(point.card, point.linked), [point.card, point.linked]);
  const { agreements } = useStore(workshop.ledger);
  const now = new Date(workshop.now());
  const fieldId = (name: string) => `synergy-${point.id}-${name}`;
  const effortIsText = fields.effort !== '' && !EFFORTS.some((effort) => effort === fields.effort);
  // Said only while the point is still being settled: an agreed point's passed date is the plan's.
  const dueHint = readOnly || point.status === 'agreed' ? null : dueWarning(fields.due, now);

  // Agreements bind the content: say so before someone edits what was agreed.
  const agreedBySome = point.agreement.agreedBy.length > 0 && !readOnly;

  return (
    <div className="synergy-inspector" data-testid="synergy-inspector" data-card={point.id}>
      {agreedBySome && (
        <p className="synergy-inspector__bound" data-testid="synergy-agreed-content">
          {t('synergy.agreedContent')}
        </p>
      )}
      <div className="synergy-field">
        <label htmlFor={fieldId('title')}>{t('synergy.field.title')}</label>
        <SynergyTextField
          id={fieldId('title')}
          value={point.title}
          disabled={readOnly}
          maxLength={MAX_SYNERGY_FIELD}
          testId="synergy-title"
          onCommit={(title) => update({ title })}
        />
      </div>

      <div className="synergy-field">
        <span className="synergy-field__label">{t('synergy.status.label')}</span>
        {point.status === 'agreed' ? (
          <p className="synergy-inspector__agreed">
            <StatusChip status="agreed" t={t} />
            <span>{t('synergy.status.agreedNote')}</span>
          </p>
        ) : (
          <div className="synergy-status" role="radiogroup" aria-label={t('synergy.status.label')}>
            {SYNERGY_STATUSES.map((status) => (
              <label key={status} className="synergy-status__option">
                <input
                  type="radio"
                  name={fieldId('status')}
                  value={status}
                  checked={fields.status === status}
                  disabled={readOnly}
                  data-testid={`synergy-status-${status}`}
                  onChange={(event) => {
                    if (isStoredSynergyStatus(event.target.value)) update({ status: event.target.value });
                  }}
                />
                <span>{t(`synergy.status.${status}`)}</span>
              </label>
            ))}
          </div>
        )}
        {point.status !== 'agreed' && <p className="synergy-field__hint">{t('synergy.status.agreeHint')}</p>}
      </div>

      <div className="synergy-field">
        <span className="synergy-field__label">{t('synergy.agreedTitle')}</span>
        <ul className="synergy-agreement" data-testid="synergy-agreement">
          {companies.map((company) => {
            const mark = point.agreedBy.find((entry) => entry.company === company.key);
            const earlier = point.changedSince.find((entry) => entry.company === company.key);
            const vars = (entry: { name: string; at: string }) => ({
              company: company.name,
              name: entry.name,
              time: formatLedgerTime(entry.at, locale, now),
            });
            return (
              <li
                key={company.key}
                data-company={company.key}
                data-agreed={mark ? 'yes' : earlier ? 'changed' : 'no'}
              >
                <span
                  className="synergy-dot"
                  style={{ borderColor: company.color, backgroundColor: mark ? company.color : undefined }}
                  aria-hidden="true"
                />
                {mark
                  ? t('synergy.agreedBy', vars(mark))
                  : earlier
                    ? t('agreement.mark.changed', vars(earlier))
                    : `${company.name}: ${t('agreement.panel.notYet')}`}
              </li>
            );
          })}
        </ul>
        <ChangesSinceAgreements
          changedSince={point.changedSince.map((entry) => entry.company)}
          marks={agreements.get(point.id)}
          current={content}
          companies={companies}
        />
        {own && (
          <button
            type="button"
            className="synergy-link-button"
            disabled={agree.pending === point.id}
            data-testid="synergy-agree"
            onClick={() => void agree.agree(point.id, !agreedByUs, agreementDigest(content))}
          >
            {agree.pending === point.id
              ? t('agreement.sending')
              : agreedByUs
                ? t('agreement.withdraw')
                : staleForUs
                  ? t('agreement.agreeAgain', { company: ownName })
                  : t('agreement.agree', { company: ownName })}
          </button>
        )}
        {agree.problem?.card === point.id && (
          <p className="synergy-error" role="alert">
            {agree.problem.message}
          </p>
        )}
      </div>

      <div className="synergy-field">
        <label htmlFor={fieldId('type')}>{t('synergy.type.label')}</label>
        <select
          id={fieldId('type')}
          className="synergy-field__input"
          value={fields.synergyType ?? ''}
          disabled={readOnly}
          data-testid="synergy-type"
          onChange={(event) => {
            const type = event.target.value;
            if (type === '') update({ synergyType: null });
            else if (isSynergyType(type)) update({ synergyType: type });
          }}
        >
          <option value="">{t('synergy.type.none')}</option>
          {SYNERGY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`synergy.type.${type}`)}
            </option>
          ))}
        </select>
        {fields.synergyType === 'custom' && (
          <>
            <label htmlFor={fieldId('typeLabel')} className="synergy-field__sub">
              {t('synergy.typeLabel.label')}
            </label>
            <SynergyTextField
              id={fieldId('typeLabel')}
              value={fields.synergyTypeLabel}
              disabled={readOnly}
              maxLength={MAX_SYNERGY_FIELD}
              placeholder={t('synergy.typeLabel.placeholder')}
              testId="synergy-type-label"
              onCommit={(synergyTypeLabel) => update({ synergyTypeLabel })}
            />
          </>
        )}
      </div>

      <div className="synergy-field">
        <label htmlFor={fieldId('value')}>{t('synergy.field.expectedValue')}</label>
        <SynergyTextField
          id={fieldId('value')}
          value={fields.expectedValue}
          disabled={readOnly}
          maxLength={MAX_SYNERGY_FIELD}
          placeholder={t('synergy.field.expectedValuePlaceholder')}
          testId="synergy-expected-value"
          onCommit={(expectedValue) => update({ expectedValue })}
        />
      </div>

      <div className="synergy-field">
        <label htmlFor={fieldId('effort')}>{t('synergy.field.effort')}</label>
        <select
          id={fieldId('effort')}
          className="synergy-field__input"
          value={fields.effort}
          disabled={readOnly}
          data-testid="synergy-effort"
          onChange={(event) => update({ effort: event.target.value })}
        >
          <option value="">{t('synergy.effort.none')}</option>
          {EFFORTS.map((effort) => (
            <option key={effort} value={effort}>
              {t(`synergy.effort.${effort}`)}
            </option>
          ))}
          {effortIsText && <option value={fields.effort}>{fields.effort}</option>}
        </select>
      </div>

      <fieldset className="synergy-field synergy-owners">
        <legend>{t('synergy.field.owners')}</legend>
        {companies.map((company) => (
          <div key={company.key} className="synergy-owner">
            <label htmlFor={fieldId(`owner-${company.key}`)}>
              <span className="synergy-dot synergy-dot--filled" style={{ backgroundColor: company.color }} />
              {t('synergy.field.ownerOf', { company: company.name })}
            </label>
            <SynergyTextField
              id={fieldId(`owner-${company.key}`)}
              value={fields.owners[company.key] ?? ''}
              disabled={readOnly}
              maxLength={MAX_SYNERGY_FIELD}
              placeholder={t('synergy.field.ownerPlaceholder')}
              testId={`synergy-owner-${company.key}`}
              onCommit={(name) => update({ owners: { [company.key]: name } })}
            />
          </div>
        ))}
      </fieldset>

      <div className="synergy-field">
        <label htmlFor={fieldId('next')}>{t('synergy.field.nextStep')}</label>
        <SynergyTextField
          id={fieldId('next')}
          value={fields.nextStep}
          disabled={readOnly}
          maxLength={MAX_SYNERGY_FIELD}
          placeholder={t('synergy.field.nextStepPlaceholder')}
          multiline
          testId="synergy-next-step"
          onCommit={(nextStep) => update({ nextStep })}
        />
      </div>

      <div className="synergy-field">
        <label htmlFor={fieldId('due')}>{t('synergy.field.due')}</label>
        <input
          id={fieldId('due')}
          type="date"
          className="synergy-field__input"
          value={fields.due ?? ''}
          disabled={readOnly}
          data-testid="synergy-due"
          onChange={(event) => {
            const due = event.target.value;
            if (due === '' || /^\d{4}-\d{2}-\d{2}$/.test(due)) update({ due: due === '' ? null : due });
          }}
        />
        {dueHint && (
          <p
            className="synergy-field__hint synergy-field__hint--warn"
            role="status"
            data-testid="synergy-due-warning"
          >
            {dueHint === 'past'
              ? t('synergy.due.past')
              : t('synergy.due.far', { year: (fields.due ?? '').slice(0, 4) })}
          </p>
        )}
      </div>

      <div className="synergy-field">
        <span className="synergy-field__label">{t('synergy.field.linked')}</span>
        {point.linked.length === 0 && <p className="synergy-field__hint">{t('synergy.linked.none')}</p>}
        <ul className="synergy-linked" data-testid="synergy-linked">
          {point.linked.map((link) => {
            const company = companies.find((entry) => entry.key === link.card.company);
            const text = excerpt(link.card.text, 40) || t('agreement.panel.untitled');
            return (
              <li
                key={link.id}
                data-card={link.id}
                data-side={link.side}
                style={{ borderLeftColor: company?.color ?? undefined }}
              >
                <span className="synergy-linked__meta">
                  {t(linkedSideLabel(link.side, link.card.kind))}
                  {link.card.kind && ` · ${kinds[link.card.kind]}`}
                  {company && ` · ${company.name}`}
                </span>
                <span className="synergy-linked__text">{text}</span>
                <span className="synergy-linked__actions">
                  <button type="button" className="synergy-link-button" onClick={() => onShow([link.id])}>
                    {t('synergy.linked.show')}
                  </button>
                  {!readOnly && (
                    <button
                      type="button"
                      className="synergy-link-button synergy-link-button--muted"
                      aria-label={t('synergy.linked.unlinkAria', { text })}
                      data-testid="synergy-unlink"
                      onClick={() => unlink(link.id)}
                    >
                      {t('synergy.linked.unlink')}
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      {readOnly && <p className="synergy-field__hint">{t(locked ? 'synergy.locked' : 'synergy.readOnly')}</p>}
    </div>
  );
}
