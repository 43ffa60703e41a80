// The joint action plan as everyone sees it: the synergy points the companies agreed (or agreed
// before they changed), each with its plan, what is overdue and what is blocked. The plan view,
// the plan exports and the calendar all read it from here.
import type { CompanyKey } from '../ids.js';
import type { SynergyPoint } from '../synergy/points.js';
import {
  EMPTY_PLAN,
  PLAN_STATUSES,
  type PlanAction,
  type PlanFields,
  type PlanStatus,
} from './plan-fields.js';

export interface PlanItem {
  point: SynergyPoint;
  plan: PlanFields;
  /** Every company agreed to the point as it is now (its plan's commitments included). */
  agreed: boolean;
  /** Agreed once, changed since: the companies must agree again (before → after in the agreements panel). */
  needsAgreement: boolean;
  /** Actions past their due date and not done. */
  overdue: PlanAction[];
}

/** Today in the viewer's calendar, YYYY-MM-DD (due dates are calendar days without a zone). */
export function calendarDay(now: Date): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
}

export const isOverdueAction = (action: PlanAction, today: string): boolean =>
  action.due !== null && action.status !== 'done' && action.due < today;

/** Every company agreed: to the content as it is now, or some to an earlier one since changed. */
const wasAgreed = ({ agreement }: SynergyPoint): boolean =>
  agreement.agreed ||
  (agreement.changedSince.length > 0 &&
    agreement.waitingFor.every((company) => agreement.changedSince.includes(company)));

/** The points on the plan: agreed ones, and those agreed before a change (waiting to be agreed again). */
export function planItems(points: readonly SynergyPoint[], today: string): PlanItem[] {
  return points.filter(wasAgreed).map((point) => {
    const plan = point.card.plan ?? EMPTY_PLAN;
    return {
      point,
      plan,
      agreed: point.agreement.agreed,
      needsAgreement: !point.agreement.agreed,
      overdue: plan.actions.filter((action) => isOverdueAction(action, today)),
    };
  });
}

export interface PlanCard {
  item: PlanItem;
  action: PlanAction;
}

/** Every action of the plan in a column per status (the board by status). */
export function actionsByStatus(items: readonly PlanItem[]): Record<PlanStatus, PlanCard[]> {
  const columns = Object.fromEntries(PLAN_STATUSES.map((status) => [status, [] as PlanCard[]])) as Record<
    PlanStatus,
    PlanCard[]
  >;
  for (const item of items)
    for (const action of item.plan.actions) columns[action.status].push({ item, action });
  return columns;
}

/** The company that could help with a blocked action: one involved in the point that owns no part of it. */
export function helperCompanies(item: PlanItem, action: PlanAction): CompanyKey[] {
  const owning = new Set(Object.keys(action.owners));
  const others = item.point.companies.filter((company) => !owning.has(company));
  return others.length > 0 ? others : item.point.companies;
}

/** A KPI's progress towards its target, 0 to 1 (null without both figures or with a zero target). */
export function kpiProgress(plan: PlanFields): number | null {
  const { target, actual } = plan.kpi;
  if (target === null || actual === null || target === 0) return null;
  return Math.max(0, Math.min(1, actual / target));
}
