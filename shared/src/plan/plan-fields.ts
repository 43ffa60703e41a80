// The joint action plan of a synergy point (docs/SCHEMA.md, "Action plan"): what the companies
// will do once they agreed it. Stored on the synergy card itself, so the server's per-object
// rules for synergy points (who may change it) cover the plan too:
//   actions     nested Y.Map of one key per field of each action: `<id>:title`, `<id>:status`,
//               `<id>:due`, `<id>:order`, `<id>:helper` ({company, name}), `<id>:owner:<company>`
//   kpiName, kpiUnit   strings; kpiTarget, kpiActual   numbers
//   progress    the point's own status in the plan
// One key per field (the model nests no deeper than a field's map) so that two people changing
// different fields of one action at the same moment (one sets it blocked, the other offers help)
// both keep their change. An action exists while it has a title; fields left without one (an
// edit that crossed a removal) are ignored. Read leniently: a bad value reads as absent and is
// reported, so the server refuses a write that makes one and a bad action never hides the card.
import * as Y from 'yjs';
import { asCompanyKey, type CompanyKey } from '../ids.js';
import { isDueDate, isSynergyText } from '../synergy/fields.js';

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

function readHelper(value: unknown): Helper | null {
  if (!isRecord(value)) return null;
  const company = typeof value.company === 'string' ? asCompanyKey(value.company) : null;
  if (company === null || !isSynergyText(value.name) || value.name === '') return null;
  return { company, name: value.name };
}

/** The key of one field of an action in the `actions` map. */
export const actionKey = (id: string, field: string): string => `${id}:${field}`;

/** Whether `value` may be stored under `field` of an action (null: the field is unknown). */
function validField(field: string, value: unknown): boolean | null {
  switch (field) {
    case 'title':
      return isSynergyText(value) && value.trim() !== '';
    case 'status':
      return isPlanStatus(value);
    case 'due':
      return isDueDate(value);
    case 'order':
      return typeof value === 'number' && Number.isFinite(value);
    case 'helper':
      return readHelper(value) !== null;
    default:
      if (!field.startsWith('owner:')) return null;
      return asCompanyKey(field.slice('owner:'.length)) !== null && isSynergyText(value) && value !== '';
  }
}

const byOrder = (a: PlanAction, b: PlanAction) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function readActions(value: unknown, repairs: string[]): PlanAction[] {
  if (value === undefined) return [];
  if (!(value instanceof Y.Map)) {
    repairs.push(`${ACTIONS_FIELD}: expected a map of actions`);
    return [];
  }
  const fields = new Map<string, Map<string, unknown>>();
  for (const [key, stored] of (value as Y.Map<unknown>).entries()) {
    const colon = key.indexOf(':');
    const id = key.slice(0, colon);
    const field = key.slice(colon + 1);
    if (colon < 0 || !isActionId(id) || validField(field, stored) !== true) {
      repairs.push(`${ACTIONS_FIELD}.${key.slice(0, 40)}: not a valid action field`);
      continue;
    }
    const own = fields.get(id) ?? new Map<string, unknown>();
    own.set(field, stored);
    fields.set(id, own);
  }
  const actions: PlanAction[] = [];
  for (const [id, own] of fields) {
    const title = own.get('title');
    if (typeof title !== 'string') continue;
    const owners: Record<CompanyKey, string> = {};
    const ownerKeys = [...own.keys()].filter((field) => field.startsWith('owner:')).sort();
    for (const field of ownerKeys)
      owners[field.slice('owner:'.length) as CompanyKey] = own.get(field) as string;
    const status = own.get('status');
    const order = own.get('order');
    actions.push({
      id,
      title,
      owners,
      due: (own.get('due') as string | undefined) ?? null,
      status: isPlanStatus(status) ? status : 'notStarted',
      helper: readHelper(own.get('helper')),
      order: typeof order === 'number' ? order : 0,
    });
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

/** An action's fields as stored: key -> value, absent fields (no due date, no helper) left out. */
export function actionEntries(action: PlanAction): [string, unknown][] {
  const entries: [string, unknown][] = [
    [actionKey(action.id, 'title'), action.title],
    [actionKey(action.id, 'status'), action.status],
    [actionKey(action.id, 'order'), action.order],
  ];
  for (const [company, name] of Object.entries(action.owners))
    entries.push([actionKey(action.id, `owner:${company}`), name]);
  if (action.due !== null) entries.push([actionKey(action.id, 'due'), action.due]);
  if (action.helper !== null) entries.push([actionKey(action.id, 'helper'), { ...action.helper }]);
  return entries;
}

/** Every key of the action `id` in the `actions` map (its owners' keys included). */
export const keysOfAction = (actions: Y.Map<unknown>, id: string): string[] =>
  [...actions.keys()].filter((key) => key.startsWith(`${id}:`));

/** Writes a plan into a fresh shape map (copies, imported boards). */
export function writePlanFields(map: Y.Map<unknown>, plan: PlanFields): void {
  if (plan.actions.length > 0) map.set(ACTIONS_FIELD, new Y.Map(plan.actions.flatMap(actionEntries)));
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

/** The point's own commitment to what comes next (its synergy fields). */
export interface AgreedNextStep {
  nextStep: string;
  owners: Readonly<Record<CompanyKey, string>>;
  due: string | null;
}

const sameOwners = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean => {
  const keys = Object.keys(a).filter((key) => a[key]!.trim() !== '');
  return (
    keys.length === Object.keys(b).filter((key) => b[key]!.trim() !== '').length &&
    keys.every((key) => a[key]!.trim() === b[key]?.trim())
  );
};

/** An action that says no more than the point's next step, its owners and due date already do. */
export const restatesNextStep = (action: PlanAction, point: AgreedNextStep): boolean =>
  point.nextStep.trim() !== '' &&
  action.title === point.nextStep.trim() &&
  action.due === point.due &&
  sameOwners(action.owners, point.owners);

/**
 * What an agreement covers of a plan, or null when there is nothing to sign yet. An action that
 * restates the point's next step (the plan started from it) adds nothing the point's own fields do
 * not cover, so it leaves the agreement as it was until someone changes it.
 */
export function committedPlan(plan: PlanFields | undefined, point?: AgreedNextStep): CommittedPlan | null {
  if (!plan) return null;
  const { name, unit, target } = plan.kpi;
  const actions = point ? plan.actions.filter((action) => !restatesNextStep(action, point)) : plan.actions;
  if (actions.length === 0 && name === '' && unit === '' && target === null) return null;
  return {
    actions: actions
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
