// The joint action plan of a synergy point (docs/SCHEMA.md, "Action plan"): what the companies
// will do once they agreed it. Stored on the synergy card itself, so the server's per-object
// rules for synergy points (who may change it) cover the plan too:
//   actions     nested Y.Map: action id -> a plain object (title, owners, due, status, helper, order)
//   kpiName, kpiUnit   strings; kpiTarget, kpiActual   numbers
//   progress    the point's own status in the plan
// An action is one plain object so that a whole action is written at once; two actions edited at
// the same moment both keep their edits. Read leniently: a bad value reads as its default and is
// reported, so the server refuses a write that makes one and a bad action never hides the card.
import * as Y from 'yjs';
import { asCompanyKey, type CompanyKey } from '../ids.js';
import { isDueDate, isSynergyText, MAX_SYNERGY_FIELD } from '../synergy/fields.js';

/** An action's (and a point's) status; "done" is shipped for a point. */
export const PLAN_STATUSES = ['notStarted', 'inProgress', 'blocked', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const isPlanStatus = (value: unknown): value is PlanStatus =>
  PLAN_STATUSES.some((status) => status === value);

export const ACTIONS_FIELD = 'actions';
export const KPI_TEXT_KEYS = ['kpiName', 'kpiUnit'] as const;
export const KPI_NUMBER_KEYS = ['kpiTarget', 'kpiActual'] as const;
export const PROGRESS_FIELD = 'progress';
/** Every key the plan adds to a synergy card. */
export const PLAN_KEYS: readonly string[] = [
  ACTIONS_FIELD,
  ...KPI_TEXT_KEYS,
  ...KPI_NUMBER_KEYS,
  PROGRESS_FIELD,
];

/** Most actions one synergy point holds. */
export const MAX_ACTIONS = 50;
/** The largest KPI figure (kept exact as a JSON number). */
export const MAX_KPI = 1e15;

/** An action id: letters, digits, '-' and '_', at most 40. */
export const isActionId = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(value);
export const isKpiNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_KPI;

export interface Helper {
  company: CompanyKey;
  name: string;
}

export interface PlanAction {
  id: string;
  title: string;
  /** Company key -> who does it on that side. */
  owners: Readonly<Record<CompanyKey, string>>;
  /** A calendar date, YYYY-MM-DD, or null. */
  due: string | null;
  status: PlanStatus;
  /** Someone of another company who offered to help while it is blocked (伴走), or null. */
  helper: Helper | null;
  /** Where it is listed: ascending, then by id. */
  order: number;
}

export interface Kpi {
  name: string;
  unit: string;
  target: number | null;
  actual: number | null;
}

export interface PlanFields {
  actions: readonly PlanAction[];
  kpi: Kpi;
  progress: PlanStatus;
}

export const EMPTY_KPI: Kpi = { name: '', unit: '', target: null, actual: null };
export const EMPTY_PLAN: PlanFields = { actions: [], kpi: EMPTY_KPI, progress: 'notStarted' };

type MapLike = Pick<Y.Map<unknown>, 'get'>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType);

/** True when the card holds any plan field (a card without one reads as having no plan). */
export const hasPlanFields = (map: MapLike): boolean => PLAN_KEYS.some((key) => map.get(key) !== undefined);

function readNames(value: unknown): Record<CompanyKey, string> | null {
  if (!isRecord(value)) return null;
  const names: Record<CompanyKey, string> = {};
  for (const key of Object.keys(value).sort()) {
    const company = asCompanyKey(key);
    const name = value[key];
    if (company === null || !isSynergyText(name)) return null;
    if (name !== '') names[company] = name;
  }
  return names;
}

function readHelper(value: unknown): Helper | null | undefined {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) return undefined;
  const company = typeof value.company === 'string' ? asCompanyKey(value.company) : null;
  if (company === null || !isSynergyText(value.name) || value.name === '') return undefined;
  return { company, name: value.name };
}

/** One stored action, or null when malformed. */
export function parseAction(id: string, value: unknown): PlanAction | null {
  if (!isActionId(id) || !isRecord(value)) return null;
  const { title, due, status, order } = value;
  if (!isSynergyText(title) || title.trim() === '') return null;
  const owners = readNames(value.owners ?? {});
  const helper = readHelper(value.helper);
  if (owners === null || helper === undefined) return null;
  if (due !== undefined && due !== null && !isDueDate(due)) return null;
  if (!isPlanStatus(status) || typeof order !== 'number' || !Number.isFinite(order)) return null;
  return { id, title, owners, due: (due as string | null | undefined) ?? null, status, helper, order };
}

const byOrder = (a: PlanAction, b: PlanAction) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function readActions(value: unknown, repairs: string[]): PlanAction[] {
  if (value === undefined) return [];
  if (!(value instanceof Y.Map)) {
    repairs.push(`${ACTIONS_FIELD}: expected a map of actions`);
    return [];
  }
  const actions: PlanAction[] = [];
  for (const [id, stored] of (value as Y.Map<unknown>).entries()) {
    const action = parseAction(id, stored);
    if (action) actions.push(action);
    else
      repairs.push(
        `${ACTIONS_FIELD}.${id.slice(0, 20)}: expected an action with a title of at most ${MAX_SYNERGY_FIELD} characters, owners, a due date, a status and an order`,
      );
  }
  actions.sort(byOrder);
  if (actions.length > MAX_ACTIONS) {
    repairs.push(`${ACTIONS_FIELD}: more than ${MAX_ACTIONS} actions`);
    return actions.slice(0, MAX_ACTIONS);
  }
  return actions;
}

/** Reads the plan of a synergy card; never throws. A bad value reads as its default and is noted in `repairs`. */
export function readPlanFields(map: MapLike, repairs: string[] = []): PlanFields {
  const checked = <T>(key: string, ok: (value: unknown) => value is T, fallback: T): T => {
    const value = map.get(key);
    if (value === undefined) return fallback;
    if (ok(value)) return value;
    repairs.push(`${key}: not a valid value`);
    return fallback;
  };
  return {
    actions: readActions(map.get(ACTIONS_FIELD), repairs),
    kpi: {
      name: checked('kpiName', isSynergyText, ''),
      unit: checked('kpiUnit', isSynergyText, ''),
      target: checked('kpiTarget', isKpiNumber, null),
      actual: checked('kpiActual', isKpiNumber, null),
    },
    progress: checked(PROGRESS_FIELD, isPlanStatus, EMPTY_PLAN.progress),
  };
}

/** An action as stored: a plain object (empty owners, no due date and no helper left out). */
export function storedAction(action: PlanAction): Record<string, unknown> {
  const stored: Record<string, unknown> = {
    title: action.title,
    status: action.status,
    order: action.order,
  };
  if (Object.keys(action.owners).length > 0) stored.owners = { ...action.owners };
  if (action.due !== null) stored.due = action.due;
  if (action.helper !== null) stored.helper = { ...action.helper };
  return stored;
}

/** Writes a plan into a fresh shape map (copies, imported boards). */
export function writePlanFields(map: Y.Map<unknown>, plan: PlanFields): void {
  if (plan.actions.length > 0)
    map.set(ACTIONS_FIELD, new Y.Map(plan.actions.map((action) => [action.id, storedAction(action)])));
  if (plan.kpi.name !== '') map.set('kpiName', plan.kpi.name);
  if (plan.kpi.unit !== '') map.set('kpiUnit', plan.kpi.unit);
  if (plan.kpi.target !== null) map.set('kpiTarget', plan.kpi.target);
  if (plan.kpi.actual !== null) map.set('kpiActual', plan.kpi.actual);
  if (plan.progress !== EMPTY_PLAN.progress) map.set(PROGRESS_FIELD, plan.progress);
}

/** The parts of a plan companies sign: what is done, by whom, by when, and the KPI's target. */
export interface CommittedPlan {
  actions: { id: string; title: string; owners: Record<CompanyKey, string>; due: string | null }[];
  kpi: { name: string; unit: string; target: number | null };
}

/** What an agreement covers of a plan, or null when there is nothing to sign yet. */
export function committedPlan(plan: PlanFields | undefined): CommittedPlan | null {
  if (!plan) return null;
  const { name, unit, target } = plan.kpi;
  if (plan.actions.length === 0 && name === '' && unit === '' && target === null) return null;
  return {
    actions: plan.actions
      .map((action) => ({
        id: action.id,
        title: action.title,
        owners: { ...action.owners },
        due: action.due,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    kpi: { name, unit, target },
  };
}

/** A committed plan as stored in a ledger event, or null when malformed. */
export function parseCommittedPlan(value: unknown): CommittedPlan | null {
  if (!isRecord(value) || !Array.isArray(value.actions) || value.actions.length > MAX_ACTIONS) return null;
  const kpi = value.kpi;
  if (!isRecord(kpi) || !isSynergyText(kpi.name) || !isSynergyText(kpi.unit)) return null;
  if (kpi.target !== null && !isKpiNumber(kpi.target)) return null;
  const actions: CommittedPlan['actions'] = [];
  for (const item of value.actions) {
    if (!isRecord(item) || !isActionId(item.id) || !isSynergyText(item.title)) return null;
    const owners = readNames(item.owners);
    if (owners === null || (item.due !== null && !isDueDate(item.due))) return null;
    actions.push({ id: item.id, title: item.title, owners, due: item.due as string | null });
  }
  return { actions, kpi: { name: kpi.name, unit: kpi.unit, target: kpi.target as number | null } };
}
