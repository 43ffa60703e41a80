import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../ids.js';
import { addSticky } from '../model/commands/create.js';
import { CommandError } from '../model/commands/guards.js';
import { createFixtureBoard } from '../model/fixtures.js';
import { shapesMap } from '../model/roots.js';
import { readShapes } from '../model/shape.js';
import type { StickyShape } from '../model/shapes/sticky.js';
import { createSynergy, updateSynergy } from '../synergy/commands.js';
import { currentAgreementContent, agreedChanges } from '../workshop/agreement-content.js';
import {
  addNextStepAction,
  addPlanAction,
  removePlanAction,
  setPlanProgress,
  updateKpi,
  updatePlanAction,
} from './plan-commands.js';
import { readPlanFields } from './plan-fields.js';
import { actionsByStatus, calendarDay, isOverdueAction, kpiProgress, planItems } from './plan-view.js';
import { readCheckInSchedule, scheduleCheckIn, unscheduleCheckIn } from './check-ins.js';

const origin = 'local';
const acme = 'acme' as CompanyKey;
const kumo = 'kumo' as CompanyKey;

function board() {
  const doc = createFixtureBoard();
  const asset = addSticky(doc, { x: 0, y: 0, text: '全国配送網', company: acme, kind: 'asset' }, origin);
  const gap = addSticky(
    doc,
    { x: 800, y: 0, text: '地方の顧客に届かない', company: kumo, kind: 'gap' },
    origin,
  );
  const point = createSynergy(doc, { title: '共同配送', from: [asset], to: [gap] }, origin);
  return { doc, point };
}
const card = (doc: Y.Doc, id: ShapeId) =>
  readShapes(doc).shapes.find((shape) => shape.id === id) as StickyShape;
const digest = (doc: Y.Doc, id: ShapeId) => currentAgreementContent(readShapes(doc).shapes)(id)!.digest;

describe('the action plan of a synergy point', () => {
  it('starts from the agreed next step, with the point owners and due date', () => {
    const { doc, point } = board();
    expect(() => addNextStepAction(doc, point, origin)).toThrow(CommandError);
    updateSynergy(
      doc,
      { id: point, nextStep: ' 関東でPoC ', owners: { acme: '佐藤', kumo: 'Kim' }, due: '2027-02-01' },
      origin,
    );
    const agreed = digest(doc, point);
    addNextStepAction(doc, point, origin);
    // It restates what was agreed: the agreement stands until the action is changed.
    expect(digest(doc, point)).toBe(agreed);
    expect(card(doc, point).plan!.actions).toEqual([
      expect.objectContaining({
        title: '関東でPoC',
        owners: { acme: '佐藤', kumo: 'Kim' },
        due: '2027-02-01',
        status: 'notStarted',
      }),
    ]);
    const [action] = card(doc, point).plan!.actions;
    const agreedContent = currentAgreementContent(readShapes(doc).shapes)(point)!.content;
    updatePlanAction(doc, { id: point, action: action!.id, due: '2027-03-01' }, origin);
    expect(digest(doc, point)).not.toBe(agreed);
    // What changed reads as a change to the agreed next step: its date.
    const now = currentAgreementContent(readShapes(doc).shapes)(point)!.content;
    expect(agreedChanges(agreedContent, now)).toEqual([
      {
        field: `action:${action!.id}`,
        before: '関東でPoC · acme: 佐藤 · kumo: Kim · 2027-02-01',
        after: '関東でPoC · acme: 佐藤 · kumo: Kim · 2027-03-01',
      },
    ]);
    updatePlanAction(doc, { id: point, action: action!.id, due: '2027-02-01', status: 'inProgress' }, origin);
    expect(digest(doc, point)).toBe(agreed);
    updatePlanAction(doc, { id: point, action: action!.id, owners: { kumo: null } }, origin);
    expect(digest(doc, point)).not.toBe(agreed);
  });

  it('adds actions in order, with owners on each side, a due date and a status', () => {
    const { doc, point } = board();
    const first = addPlanAction(
      doc,
      { id: point, title: 'PoC契約', owners: { acme: '佐藤', kumo: 'Kim' }, due: '2027-01-31' },
      origin,
    );
    const second = addPlanAction(doc, { id: point, title: 'Pilot in Kansai' }, origin);
    const plan = card(doc, point).plan!;
    expect(plan.actions.map((action) => action.id)).toEqual([first, second]);
    expect(plan.actions[0]).toMatchObject({
      title: 'PoC契約',
      owners: { acme: '佐藤', kumo: 'Kim' },
      due: '2027-01-31',
      status: 'notStarted',
      helper: null,
    });
    expect(readShapes(doc).problems).toEqual([]);
  });

  it('changes one field of an action and keeps the others, merging owners per company', () => {
    const { doc, point } = board();
    const id = addPlanAction(doc, { id: point, title: 'PoC', owners: { acme: '佐藤' } }, origin);
    updatePlanAction(doc, { id: point, action: id, owners: { kumo: 'Kim' }, status: 'blocked' }, origin);
    updatePlanAction(doc, { id: point, action: id, helper: { company: 'kumo', name: 'Lee' } }, origin);
    expect(card(doc, point).plan!.actions[0]).toMatchObject({
      title: 'PoC',
      owners: { acme: '佐藤', kumo: 'Kim' },
      status: 'blocked',
      helper: { company: kumo, name: 'Lee' },
    });
    // Unblocked, the helper is no longer needed.
    updatePlanAction(doc, { id: point, action: id, status: 'inProgress' }, origin);
    expect(card(doc, point).plan!.actions[0]!.helper).toBeNull();
    removePlanAction(doc, { id: point, action: id }, origin);
    expect(card(doc, point).plan!.actions).toEqual([]);
  });

  it('refuses what would not read back: no title, a bad date, an unknown company or status', () => {
    const { doc, point } = board();
    expect(() => addPlanAction(doc, { id: point, title: '  ' }, origin)).toThrow(CommandError);
    expect(() => addPlanAction(doc, { id: point, title: 'x', due: '2027-02-30' }, origin)).toThrow(
      /YYYY-MM-DD/,
    );
    expect(() => addPlanAction(doc, { id: point, title: 'x', owners: { zeta: 'Z' } }, origin)).toThrow(
      /not on this board/,
    );
    expect(() => addPlanAction(doc, { id: point, title: 'x', status: 'shipped' as never }, origin)).toThrow(
      /status/,
    );
    expect(() => updateKpi(doc, { id: point, target: Number.NaN }, origin)).toThrow(/number/);
    const plain = addSticky(doc, { x: 0, y: 500, text: 'not a point' }, origin);
    expect(() => addPlanAction(doc, { id: plain, title: 'x' }, origin)).toThrow(/not a synergy point/);
  });

  it('reads a malformed stored action as absent and reports it', () => {
    const { doc, point } = board();
    addPlanAction(doc, { id: point, title: 'ok' }, origin);
    const map = shapesMap(doc).get(point) as Y.Map<unknown>;
    (map.get('actions') as Y.Map<unknown>).set('bad', { title: 42, status: 'done', order: 1 });
    const repairs: string[] = [];
    const plan = readPlanFields(map, repairs);
    expect(plan.actions.map((action) => action.title)).toEqual(['ok']);
    expect(repairs.join()).toMatch(/actions\.bad/);
  });

  it('sets the KPI and the point’s progress', () => {
    const { doc, point } = board();
    updateKpi(doc, { id: point, name: '新規顧客数', unit: '社', target: 40, actual: 10 }, origin);
    setPlanProgress(doc, { id: point, progress: 'inProgress' }, origin);
    const plan = card(doc, point).plan!;
    expect(plan.kpi).toEqual({ name: '新規顧客数', unit: '社', target: 40, actual: 10 });
    expect(plan.progress).toBe('inProgress');
    expect(kpiProgress(plan)).toBe(0.25);
    updateKpi(doc, { id: point, actual: null }, origin);
    expect(card(doc, point).plan!.kpi.actual).toBeNull();
  });
});

describe('what an agreement to a plan covers', () => {
  it('leaves the digest of a point without a plan as it was before plans existed', () => {
    const { doc, point } = board();
    const before = digest(doc, point);
    setPlanProgress(doc, { id: point, progress: 'inProgress' }, origin);
    updateKpi(doc, { id: point, actual: 3 }, origin);
    expect(digest(doc, point)).toBe(before);
  });

  it('changes with an owner, a due date, a new action or the KPI target, not with progress', () => {
    const { doc, point } = board();
    const action = addPlanAction(doc, { id: point, title: 'PoC', owners: { acme: '佐藤' } }, origin);
    updateKpi(doc, { id: point, name: '受注', target: 10 }, origin);
    const signed = currentAgreementContent(readShapes(doc).shapes)(point)!;
    const progress = () => {
      updatePlanAction(doc, { id: point, action, status: 'inProgress' }, origin);
      updateKpi(doc, { id: point, actual: 4 }, origin);
      setPlanProgress(doc, { id: point, progress: 'blocked' }, origin);
    };
    progress();
    expect(digest(doc, point)).toBe(signed.digest);
    const changes: [string, () => void][] = [
      ['owner', () => updatePlanAction(doc, { id: point, action, owners: { acme: '鈴木' } }, origin)],
      ['due', () => updatePlanAction(doc, { id: point, action, due: '2027-03-01' }, origin)],
      ['target', () => updateKpi(doc, { id: point, target: 12 }, origin)],
      ['new action', () => addPlanAction(doc, { id: point, title: 'Launch' }, origin)],
    ];
    for (const [what, change] of changes) {
      const before = digest(doc, point);
      change();
      expect(digest(doc, point), what).not.toBe(before);
    }
    const now = currentAgreementContent(readShapes(doc).shapes)(point)!;
    const fields = agreedChanges(signed.content, now.content).map((change) => change.field);
    expect(fields).toContain(`action:${action}`);
    expect(fields).toContain('kpi');
    const owner = agreedChanges(signed.content, now.content).find((c) => c.field === `action:${action}`)!;
    expect(owner.before).toContain('acme: 佐藤');
    expect(owner.after).toContain('acme: 鈴木');
    expect(owner.after).toContain('2027-03-01');
    // People read these lines: a company goes by its name there, not its key.
    const named = agreedChanges(signed.content, now.content, (key) => (key === 'acme' ? 'アクメ商事' : key));
    expect(named.find((c) => c.field === `action:${action}`)!.after).toContain('アクメ商事: 鈴木');
  });
});

describe('the plan view', () => {
  it('marks undone actions past their day as overdue and sorts actions into status columns', () => {
    const { doc, point } = board();
    addPlanAction(doc, { id: point, title: 'late', due: '2026-12-01' }, origin);
    addPlanAction(doc, { id: point, title: 'done late', due: '2026-12-01', status: 'done' }, origin);
    addPlanAction(doc, { id: point, title: 'today', due: '2026-12-06' }, origin);
    const plan = card(doc, point).plan!;
    const today = calendarDay(new Date(2026, 11, 6, 9, 0));
    expect(today).toBe('2026-12-06');
    expect(plan.actions.filter((a) => isOverdueAction(a, today)).map((a) => a.title)).toEqual(['late']);
    const item = { point: { card: card(doc, point) }, plan } as never;
    const columns = actionsByStatus([item]);
    expect(columns.notStarted.map((entry) => entry.action.title)).toEqual(['late', 'today']);
    expect(columns.done.map((entry) => entry.action.title)).toEqual(['done late']);
  });
});

describe('which points are on the plan', () => {
  const point = (id: string, agreement: Record<string, unknown>) =>
    ({ id, card: { plan: undefined }, agreement: { agreedBy: [], changedSince: [], ...agreement } }) as never;
  it('holds points every company agreed, now or before a change, and no other', () => {
    const items = planItems(
      [
        point('now', { agreed: true, agreedBy: ['a', 'b'], waitingFor: [] }),
        point('before', { agreed: false, changedSince: ['a', 'b'], waitingFor: ['a', 'b'] }),
        point('half', { agreed: false, agreedBy: ['a'], waitingFor: ['b'] }),
        point('one-then-changed', { agreed: false, changedSince: ['a'], waitingFor: ['a', 'b'] }),
      ],
      '2026-12-06',
    );
    expect(items.map((item) => [item.point.id, item.agreed])).toEqual([
      ['now', true],
      ['before', false],
    ]);
  });
});

describe('the check-in schedule', () => {
  it('lists check-ins by date and moves one when scheduled again under its id', () => {
    const doc = new Y.Doc();
    const feb = scheduleCheckIn(doc, { date: '2027-02-01', title: '2月' }, origin);
    scheduleCheckIn(doc, { date: '2027-01-05', title: '1月' }, origin);
    expect(readCheckInSchedule(doc).map((entry) => entry.title)).toEqual(['1月', '2月']);
    scheduleCheckIn(doc, { id: feb, date: '2026-12-20', title: '12月' }, origin);
    expect(readCheckInSchedule(doc).map((entry) => entry.title)).toEqual(['12月', '1月']);
    unscheduleCheckIn(doc, feb, origin);
    expect(readCheckInSchedule(doc).map((entry) => entry.title)).toEqual(['1月']);
    expect(() => scheduleCheckIn(doc, { date: '2027-13-01', title: 'x' }, origin)).toThrow(RangeError);
  });
});
