// One action of the plan: its title, the owner on each side, due date (red when overdue), status,
// and while blocked, the call for a helper from the other company (伴走) that someone there can
// answer with one click.
import {
  MAX_SYNERGY_FIELD,
  PLAN_STATUSES,
  helperCompanies,
  isOverdueAction,
  isPlanStatus,
  type Company,
  type CompanyKey,
  type PlanAction,
  type PlanItem,
  companyName,
} from '@kyoso/shared';
import { useI18n } from '../../i18n/I18nProvider';
import { Icon } from '../../ui/icons';
import { formatDue } from '../synergy/dueDate';
import { SynergyTextField } from '../synergy/SynergyTextField';
import type { PlanCommands } from './planCommands';

interface ActionRowProps {
  item: PlanItem;
  action: PlanAction;
  /** The companies with an owner column. */
  owners: readonly Company[];
  companies: readonly Company[];
  today: string;
  editable: boolean;
  commands: PlanCommands;
  me: { company: CompanyKey | null; name: string };
}

export function ActionRow({
  item,
  action,
  owners,
  companies,
  today,
  editable,
  commands,
  me,
}: ActionRowProps) {
  const { t, locale } = useI18n();
  const overdue = isOverdueAction(action, today);
  const nameOf = (key: CompanyKey) => companyName(companies, key);
  const id = (name: string) => `plan-${item.point.id}-${action.id}-${name}`;
  const askFrom = helperCompanies(item, action);
  const canHelp =
    editable &&
    action.status === 'blocked' &&
    me.company !== null &&
    askFrom.includes(me.company) &&
    me.name !== '';
  return (
    <tr
      className="plan-action"
      data-testid="plan-action"
      data-action={action.id}
      data-status={action.status}
      data-overdue={overdue}
    >
      {/* Each cell names its column too: on a phone the row is shown as a card (plan.css). */}
      <td data-label={t('plan.action')}>
        <SynergyTextField
          id={id('title')}
          value={action.title}
          disabled={!editable}
          maxLength={MAX_SYNERGY_FIELD}
          testId="plan-action-title"
          onCommit={(title) => title.trim() !== '' && commands.updateAction(action.id, { title })}
        />
        {action.status === 'blocked' && (
          <p className="plan-helper" data-testid="plan-helper">
            {action.helper
              ? t('plan.helper', { name: action.helper.name, company: nameOf(action.helper.company) })
              : t('plan.blocked.ask', { company: askFrom.map(nameOf).join(' / ') })}
            {canHelp && !action.helper && (
              <button
                type="button"
                className="button button--secondary plan-small"
                data-testid="plan-offer-help"
                onClick={() =>
                  commands.updateAction(action.id, { helper: { company: me.company!, name: me.name } })
                }
              >
                {t('plan.blocked.offer')}
              </button>
            )}
            {action.helper && action.helper.company === me.company && action.helper.name === me.name && (
              <button
                type="button"
                className="button button--ghost plan-small"
                onClick={() => commands.updateAction(action.id, { helper: null })}
              >
                {t('plan.blocked.release')}
              </button>
            )}
          </p>
        )}
      </td>
      {owners.map((company) => (
        <td key={company.key} data-label={t('plan.action.owner', { company: company.name })}>
          <SynergyTextField
            id={id(`owner-${company.key}`)}
            value={action.owners[company.key] ?? ''}
            disabled={!editable}
            maxLength={MAX_SYNERGY_FIELD}
            testId={`plan-owner-${company.key}`}
            onCommit={(name) => commands.updateAction(action.id, { owners: { [company.key]: name } })}
          />
        </td>
      ))}
      <td className={overdue ? 'plan-due plan-due--overdue' : 'plan-due'} data-label={t('plan.action.due')}>
        <input
          type="date"
          value={action.due ?? ''}
          disabled={!editable}
          aria-label={t('plan.action.due')}
          title={action.due ? formatDue(action.due, locale) : undefined}
          data-testid="plan-action-due"
          onChange={(event) => commands.updateAction(action.id, { due: event.target.value || null })}
        />
        {overdue && <span className="plan-overdue-tag">{t('plan.overdue')}</span>}
      </td>
      <td data-label={t('plan.action.status')}>
        <select
          value={action.status}
          disabled={!editable}
          aria-label={t('plan.action.status')}
          data-testid="plan-action-status"
          onChange={(event) =>
            isPlanStatus(event.target.value) &&
            commands.updateAction(action.id, { status: event.target.value })
          }
        >
          {PLAN_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`plan.status.${status}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {editable && (
          <button
            type="button"
            className="icon-button"
            aria-label={t('plan.action.remove', { title: action.title })}
            data-testid="plan-action-remove"
            onClick={() => commands.removeAction(action.id)}
          >
            <Icon name="close" />
          </button>
        )}
      </td>
    </tr>
  );
}
