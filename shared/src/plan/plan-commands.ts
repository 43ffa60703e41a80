// Commands on a synergy point's action plan: add, change and remove actions, set the KPI and the
// point's progress. Each runs in one transaction. Whether a change needs the companies to agree
// again is not decided here: the agreement digest covers actions and the KPI target
// (plan-fields.ts, committedPlan), so the point turns "changed since agreed" by itself.
import * as Y from 'yjs';
import { randomId, type CompanyKey, type ShapeId } from '../ids.js';
import { assertArgs, boardCompany, CommandError, requireShape, shapeId } from '../model/commands/guards.js';
import { isDueDate, isSynergyText, MAX_SYNERGY_FIELD, readSynergyFields } from '../synergy/fields.js';
import {
  ACTIONS_FIELD,
  isActionId,
  isKpiNumber,
  isPlanStatus,
  MAX_ACTIONS,
  MAX_KPI,
  PLAN_STATUSES,
  PROGRESS_FIELD,
  actionEntries,
  actionKey,
  keysOfAction,
  readPlanFields,
  type Helper,
  type PlanAction,
  type PlanStatus,
} from './plan-fields.js';

function requirePoint(doc: Y.Doc, value: unknown): { id: ShapeId; map: Y.Map<unknown> } {
  const id = shapeId('id', value);
  const { shape, map } = requireShape(doc, id);
  if (shape.type !== 'sticky' || shape.kind !== 'synergy')
    throw new CommandError(`shape ${id} is not a synergy point`);
  return { id, map };
}

const fieldText = (name: string, value: unknown): string => {
  if (!isSynergyText(value))
    throw new CommandError(`${name} must be a string of at most ${MAX_SYNERGY_FIELD} characters`);
  return value;
};

function title(value: unknown): string {
  const text = fieldText('title', value).trim();
  if (text === '') throw new CommandError('an action needs a title');
  return text;
}

function due(value: unknown): string | null {
  if (value === null || value === '') return null;
  if (!isDueDate(value)) throw new CommandError('due must be a date written YYYY-MM-DD');
  return value;
}

function status(value: unknown): PlanStatus {
  if (!isPlanStatus(value)) throw new CommandError(`status must be one of ${PLAN_STATUSES.join(', ')}`);
  return value;
}

/** Owner names per company ('' or null removes that side's owner), merged into `current`. */
function owners(
  doc: Y.Doc,
  value: unknown,
  current: Readonly<Record<CompanyKey, string>> = {},
): Record<CompanyKey, string> {
  assertArgs(value);
  const merged: Record<CompanyKey, string> = { ...current };
  for (const [key, name] of Object.entries(value as Record<string, unknown>)) {
    const company = boardCompany(doc, key) as CompanyKey;
    if (name === null || name === '') delete merged[company];
    else merged[company] = fieldText('owner', name).trim();
  }
  return merged;
}

function helper(doc: Y.Doc, value: unknown): Helper | null {
  if (value === null) return null;
  assertArgs(value);
  const { company, name } = value as { company?: unknown; name?: unknown };
  const key = boardCompany(doc, company);
  if (key === null) throw new CommandError('a helper needs a company');
  const text = fieldText('helper name', name).trim();
  if (text === '') throw new CommandError('a helper needs a name');
  return { company: key, name: text };
}

function actionsMap(map: Y.Map<unknown>): Y.Map<unknown> {
  let actions = map.get(ACTIONS_FIELD);
  if (!(actions instanceof Y.Map)) map.set(ACTIONS_FIELD, (actions = new Y.Map<unknown>()));
  return actions as Y.Map<unknown>;
}

export interface ActionFieldsArgs {
  title?: string;
  /** Company key -> owner on that side ('' or null removes it). */
  owners?: Readonly<Record<string, string | null>>;
  /** YYYY-MM-DD, or null (or '') for none. */
  due?: string | null;
  status?: PlanStatus;
  /** Who of another company helps while it is blocked; null removes. */
  helper?: { company: string; name: string } | null;
}

export interface AddPlanActionArgs extends ActionFieldsArgs {
  /** The synergy point. */
  id: ShapeId;
  title: string;
  /** Normally omitted (a random id is made). */
  action?: string;
}

/** Adds an action at the end of the point's plan. Returns its id. */
export function addPlanAction(doc: Y.Doc, args: AddPlanActionArgs, origin: unknown): string {
  assertArgs(args);
  const { map } = requirePoint(doc, args.id);
  const plan = readPlanFields(map);
  if (plan.actions.length >= MAX_ACTIONS)
    throw new CommandError(`a synergy point holds at most ${MAX_ACTIONS} actions`);
  const id = args.action ?? randomId(12);
  if (!isActionId(id)) throw new CommandError('action must be letters, digits, - and _ (at most 40)');
  if (plan.actions.some((action) => action.id === id)) throw new CommandError(`action ${id} already exists`);
  const action: PlanAction = {
    id,
    title: title(args.title),
    owners: args.owners === undefined ? {} : owners(doc, args.owners),
    due: args.due === undefined ? null : due(args.due),
    status: args.status === undefined ? 'notStarted' : status(args.status),
    helper: args.helper === undefined ? null : helper(doc, args.helper),
    order: Math.max(0, ...plan.actions.map((known) => known.order)) + 1,
  };
  doc.transact(() => {
    const actions = actionsMap(map);
    for (const [key, value] of actionEntries(action)) actions.set(key, value);
  }, origin);
  return id;
}

/**
 * Starts the plan from what the companies agreed to do next: the point's next step becomes an
 * action with the point's owners and due date. Returns the action's id.
 */
export function addNextStepAction(doc: Y.Doc, id: ShapeId, origin: unknown): string {
  const { map } = requirePoint(doc, id);
  const { nextStep, owners: pointOwners, due: pointDue } = readSynergyFields(map);
  if (nextStep.trim() === '') throw new CommandError('this synergy point has no next step yet');
  return addPlanAction(doc, { id, title: nextStep, owners: pointOwners, due: pointDue }, origin);
}

export interface UpdatePlanActionArgs extends ActionFieldsArgs {
  id: ShapeId;
  action: string;
}

/**
 * Changes the given fields of one action and only those (each is its own key, so someone else's
 * change to another field at the same moment stays).
 */
export function updatePlanAction(doc: Y.Doc, args: UpdatePlanActionArgs, origin: unknown): void {
  assertArgs(args);
  const { map } = requirePoint(doc, args.id);
  const current = readPlanFields(map).actions.find((action) => action.id === args.action);
  if (!current) throw new CommandError(`no action ${String(args.action).slice(0, 40)} on this point`);
  const id = current.id;
  const writes: [string, unknown][] = [];
  if (args.title !== undefined) writes.push([actionKey(id, 'title'), title(args.title)]);
  if (args.status !== undefined) writes.push([actionKey(id, 'status'), status(args.status)]);
  if (args.due !== undefined) writes.push([actionKey(id, 'due'), due(args.due)]);
  if (args.owners !== undefined) {
    const next = owners(doc, args.owners, current.owners);
    for (const company of Object.keys(args.owners).map((key) => key as CompanyKey))
      writes.push([actionKey(id, `owner:${company}`), next[company] ?? null]);
  }
  if (args.helper !== undefined) writes.push([actionKey(id, 'helper'), helper(doc, args.helper)]);
  // Unblocked, nobody needs to stand by any more.
  else if (args.status !== undefined && args.status !== 'blocked')
    writes.push([actionKey(id, 'helper'), null]);
  doc.transact(() => {
    const actions = actionsMap(map);
    for (const [key, value] of writes) {
      if (value === null) {
        if (actions.has(key)) actions.delete(key);
      } else if (actions.get(key) !== value) actions.set(key, value);
    }
  }, origin);
}

/** Removes one action from the plan. */
export function removePlanAction(doc: Y.Doc, args: { id: ShapeId; action: string }, origin: unknown): void {
  assertArgs(args);
  const { map } = requirePoint(doc, args.id);
  const actions = map.get(ACTIONS_FIELD);
  const keys = actions instanceof Y.Map ? keysOfAction(actions, String(args.action)) : [];
  if (!(actions instanceof Y.Map) || !actions.has(actionKey(String(args.action), 'title')))
    throw new CommandError(`no action ${String(args.action).slice(0, 40)} on this point`);
  doc.transact(() => {
    for (const key of keys) actions.delete(key);
  }, origin);
}

export interface UpdateKpiArgs {
  id: ShapeId;
  name?: string;
  unit?: string;
  /** null clears it. */
  target?: number | null;
  actual?: number | null;
}

/** Sets the point's KPI: its name and unit, the target companies sign and the actual figure. */
export function updateKpi(doc: Y.Doc, args: UpdateKpiArgs, origin: unknown): void {
  assertArgs(args);
  const { map } = requirePoint(doc, args.id);
  const texts: [string, string | undefined][] = [
    ['kpiName', args.name === undefined ? undefined : fieldText('name', args.name).trim()],
    ['kpiUnit', args.unit === undefined ? undefined : fieldText('unit', args.unit).trim()],
  ];
  const numbers: [string, number | null | undefined][] = [
    ['kpiTarget', args.target],
    ['kpiActual', args.actual],
  ];
  for (const [key, value] of numbers)
    if (value !== undefined && value !== null && !isKpiNumber(value))
      throw new CommandError(`${key} must be a number between -${MAX_KPI} and ${MAX_KPI}`);
  doc.transact(() => {
    for (const [key, value] of [...texts, ...numbers]) {
      if (value === undefined) continue;
      if (value === null || value === '') {
        if (map.has(key)) map.delete(key);
      } else if (map.get(key) !== value) map.set(key, value);
    }
  }, origin);
}

/** Sets the point's own progress (shipped is 'done'): a progress update, never asking to re-agree. */
export function setPlanProgress(
  doc: Y.Doc,
  args: { id: ShapeId; progress: PlanStatus },
  origin: unknown,
): void {
  assertArgs(args);
  const { map } = requirePoint(doc, args.id);
  const progress = status(args.progress);
  doc.transact(() => map.set(PROGRESS_FIELD, progress), origin);
}
