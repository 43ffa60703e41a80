// The plan as a table: each synergy point on the plan with its agreement, progress and KPI, and
// its actions (title, the owner on each side, due date, status, a helper while blocked), editable
// in place by the companies the point links and the facilitator; read-only for everyone else.
import {
  MAX_ACTIONS,
  MAX_SYNERGY_FIELD,
  PLAN_STATUSES,
  isPlanStatus,
  kpiProgress,
  type Company,
  type PlanItem,
} from '@kyoso/shared';
import { useState } from 'react';
import { requestUi, updatePageUi } from '../../bindings/pageUi';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n, type TranslateFn } from '../../i18n/I18nProvider';
import { agreementStatusText } from '../agreement/statusText';
import { SynergyTextField } from '../synergy/SynergyTextField';
import { ActionRow } from './ActionRow';
import { AddRow } from './AddRow';
import { NumberField } from './NumberField';
import { planCommands } from './planCommands';
import type { PlanState } from './usePlan';

type Props = Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'> & {
  plan: PlanState;
  onClose: () => void;
};

export const progressLabel = (status: (typeof PLAN_STATUSES)[number], t: TranslateFn) =>
  status === 'done' ? t('plan.pointStatus.done') : t(`plan.status.${status}`);

export function PlanTable(props: Props) {
  const { t } = useI18n();
  const { companies } = useStore(props.session.meta);
  if (props.plan.items.length === 0)
    return (
      <p className="plan-empty" data-testid="plan-empty">
        {t('plan.empty')}
      </p>
    );
  return (
    <div className="plan-table">
      <p className="plan-hint">
        {t(props.session.identity.role === 'observer' ? 'plan.observerHint' : 'plan.boundHint')}
      </p>
      {props.plan.items.map((item) => (
        <PlanPoint key={item.point.id} {...props} item={item} companies={companies} />
      ))}
    </div>
  );
}

function PlanPoint({
  session,
  workshop,
  plan,
  item,
  companies,
  onClose,
}: Props & { item: PlanItem; companies: readonly Company[] }) {
  const { t } = useI18n();
  const { point } = item;
  const editable = plan.canEdit(point.id);
  const commands = planCommands(session, point.id);
  const [draft, setDraft] = useState('');
  const id = (name: string) => `plan-${point.id}-${name}`;
  const share = kpiProgress(item.plan);
  // Only a company still to agree is asked to (the facilitator and a company that did, review).
  const own = session.identity.company;
  const asked = own !== null && point.agreement.waitingFor.includes(own);
  const pointCompanies = companies.filter((company) => point.companies.includes(company.key));
  const owners = pointCompanies.length > 0 ? pointCompanies : companies;
  const review = () => {
    updatePageUi({ synergyFrame: [point.id, ...point.linked.map((entry) => entry.id)] });
    requestUi('synergyPanelRequests');
    onClose();
  };
  const add = () => {
    if (draft.trim() === '') return;
    commands.addAction(draft);
    setDraft('');
  };
  // What the companies agreed to do next, offered as the plan's first action (with its owners and date).
  const agreedNextStep = item.plan.actions.length === 0 ? (point.card.synergy?.nextStep.trim() ?? '') : '';
  return (
    <section
      className="plan-point"
      data-testid="plan-point"
      data-card={point.id}
      aria-labelledby={id('title')}
    >
      <header className="plan-point__head">
        <h3 id={id('title')}>{point.title}</h3>
        <span
          className={`plan-chip ${item.agreed ? 'plan-chip--agreed' : 'plan-chip--changed'}`}
          data-testid="plan-agreement"
        >
          {item.agreed ? `✓ ${t('plan.agreed')}` : `⚠ ${agreementStatusText(point.agreement, companies, t)}`}
        </span>
        <button
          type="button"
          className="button button--ghost plan-small"
          onClick={review}
          data-testid="plan-review"
        >
          {item.agreed ? t('plan.show') : asked ? t('plan.reviewAgreement') : t('plan.reviewChange')}
        </button>
      </header>
      {!editable && <p className="plan-hint">{t('plan.readOnly')}</p>}
      <div className="plan-point__facts">
        <label className="plan-field">
          <span>{t('plan.progress')}</span>
          <select
            value={item.plan.progress}
            disabled={!editable}
            data-testid="plan-progress"
            onChange={(event) => isPlanStatus(event.target.value) && commands.setProgress(event.target.value)}
          >
            {PLAN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {progressLabel(status, t)}
              </option>
            ))}
          </select>
        </label>
        <div className="plan-field plan-field--kpi">
          <label htmlFor={id('kpi')}>{t('plan.kpi.name')}</label>
          <SynergyTextField
            id={id('kpi')}
            value={item.plan.kpi.name}
            disabled={!editable}
            maxLength={MAX_SYNERGY_FIELD}
            placeholder={t('plan.kpi.namePlaceholder')}
            testId="plan-kpi-name"
            onCommit={(name) => commands.updateKpi({ name })}
          />
        </div>
        <label className="plan-field plan-field--figure" htmlFor={id('actual')}>
          <span>{t('plan.kpi.actual')}</span>
          <NumberField
            id={id('actual')}
            value={item.plan.kpi.actual}
            disabled={!editable}
            label={t('plan.kpi.actual')}
            testId="plan-kpi-actual"
            onCommit={(actual) => commands.updateKpi({ actual })}
          />
        </label>
        <label className="plan-field plan-field--figure" htmlFor={id('target')}>
          <span>{t('plan.kpi.target')}</span>
          <NumberField
            id={id('target')}
            value={item.plan.kpi.target}
            disabled={!editable}
            label={t('plan.kpi.target')}
            testId="plan-kpi-target"
            onCommit={(target) => commands.updateKpi({ target })}
          />
        </label>
        <div className="plan-field plan-field--unit">
          <label htmlFor={id('unit')}>{t('plan.kpi.unit')}</label>
          <SynergyTextField
            id={id('unit')}
            value={item.plan.kpi.unit}
            disabled={!editable}
            maxLength={40}
            testId="plan-kpi-unit"
            onCommit={(unit) => commands.updateKpi({ unit })}
          />
        </div>
        {share !== null && (
          <div className="plan-meter" title={t('plan.kpi.progress', { percent: Math.round(share * 100) })}>
            <div className="plan-meter__track">
              <span style={{ width: `${Math.round(share * 100)}%` }} />
            </div>
            <small>{t('plan.kpi.progress', { percent: Math.round(share * 100) })}</small>
          </div>
        )}
      </div>
      <table className="plan-actions">
        <thead>
          <tr>
            <th scope="col">{t('plan.action')}</th>
            {owners.map((company) => (
              <th key={company.key} scope="col">
                {t('plan.action.owner', { company: company.name })}
              </th>
            ))}
            <th scope="col">{t('plan.action.due')}</th>
            <th scope="col">{t('plan.action.status')}</th>
            <th scope="col">
              <span className="sr-only">{t('plan.action.remove', { title: '' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {item.plan.actions.length === 0 && (
            <tr>
              <td colSpan={owners.length + 4} className="muted">
                {t('plan.noActions')}
              </td>
            </tr>
          )}
          {item.plan.actions.map((action) => (
            <ActionRow
              key={action.id}
              item={item}
              action={action}
              owners={owners}
              companies={companies}
              today={plan.today}
              editable={editable}
              commands={commands}
              me={{ company: workshop.identity.company, name: session.identity.name }}
            />
          ))}
        </tbody>
      </table>
      {editable && agreedNextStep !== '' && (
        <div className="plan-seed" data-testid="plan-seed">
          <span>{t('plan.seed.hint', { step: agreedNextStep })}</span>
          <button
            type="button"
            className="button button--secondary plan-small"
            data-testid="plan-seed-add"
            onClick={() => commands.addNextStep()}
          >
            {t('plan.seed.add')}
          </button>
        </div>
      )}
      {editable && item.plan.actions.length < MAX_ACTIONS && (
        <AddRow
          value={draft}
          onChange={setDraft}
          onAdd={add}
          maxLength={MAX_SYNERGY_FIELD}
          placeholder={t('plan.action.placeholder')}
          label={t('plan.action.add')}
          button={`+ ${t('plan.action.add')}`}
          testId="plan-action-new"
          buttonTestId="plan-action-add"
        />
      )}
    </section>
  );
}
