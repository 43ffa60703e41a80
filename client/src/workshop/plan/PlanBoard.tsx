// The plan as a board by status: a column per status (not started, in progress, blocked, done),
// each action a card with its synergy point, owners and due date; its status changes in place.
import {
  actionsByStatus,
  isOverdueAction,
  isPlanStatus,
  PLAN_STATUSES,
  type CompanyKey,
  companyName,
} from '@kyoso/shared';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDue } from '../synergy/dueDate';
import { planCommands } from './planCommands';
import type { PlanState } from './usePlan';

export function PlanBoard({ session, plan }: Pick<CanvasPartProps, 'session'> & { plan: PlanState }) {
  const { t, locale } = useI18n();
  const { companies } = useStore(session.meta);
  const nameOf = (key: string) => companyName(companies, key);
  const columns = actionsByStatus(plan.items);
  if (plan.items.length === 0) return <p className="plan-empty">{t('plan.empty')}</p>;
  return (
    <div className="plan-board" data-testid="plan-board">
      {PLAN_STATUSES.map((status) => (
        <section
          key={status}
          className={`plan-column plan-column--${status}`}
          data-testid={`plan-column-${status}`}
        >
          <h3>
            {t(`plan.status.${status}`)} <span className="plan-column__count">{columns[status].length}</span>
          </h3>
          <ul>
            {columns[status].map(({ item, action }) => {
              const overdue = isOverdueAction(action, plan.today);
              const editable = plan.canEdit(item.point.id);
              return (
                <li
                  key={`${item.point.id}/${action.id}`}
                  className="plan-card"
                  data-testid="plan-card"
                  data-overdue={overdue}
                >
                  <strong>{action.title}</strong>
                  <span className="plan-card__point">{item.point.title}</span>
                  {Object.entries(action.owners).length > 0 && (
                    <span className="plan-card__owners">
                      {Object.entries(action.owners)
                        .map(([company, name]) => `${nameOf(company)}: ${name}`)
                        .join(' · ')}
                    </span>
                  )}
                  {action.due && (
                    <span className={overdue ? 'plan-card__due plan-due--overdue' : 'plan-card__due'}>
                      {formatDue(action.due, locale)}
                      {overdue && ` · ${t('plan.overdue')}`}
                    </span>
                  )}
                  {action.status === 'blocked' && action.helper && (
                    <span className="plan-card__helper">
                      {t('plan.helper', {
                        name: action.helper.name,
                        company: nameOf(action.helper.company as CompanyKey),
                      })}
                    </span>
                  )}
                  <select
                    value={action.status}
                    disabled={!editable}
                    aria-label={`${t('plan.action.status')}: ${action.title}`}
                    data-testid="plan-card-status"
                    onChange={(event) =>
                      isPlanStatus(event.target.value) &&
                      planCommands(session, item.point.id).updateAction(action.id, {
                        status: event.target.value,
                      })
                    }
                  >
                    {PLAN_STATUSES.map((option) => (
                      <option key={option} value={option}>
                        {t(`plan.status.${option}`)}
                      </option>
                    ))}
                  </select>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
