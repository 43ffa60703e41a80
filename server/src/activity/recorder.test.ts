import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  attributionMap,
  readActivity,
  readAttribution,
  writeActivity,
  type ActivityBatch,
  type BoardId,
  type CompanyKey,
  type ConnectorShape,
  type FrameShape,
  type ParticipantId,
  type ShapeId,
  type StickyShape,
} from '@kyoso/shared';
import { silentLogger } from '../log.js';
import type { ShapeChange } from '../trust/write-guard.js';
import type { Writer } from '../trust/writer.js';
import { ActivityRecorder, type RecorderTiming } from './recorder.js';

const board = 'board1234' as BoardId;
const a = 'a' as CompanyKey;
const aiko: Writer = {
  principal: { board, role: 'member', company: a },
  participant: { id: 'p1234567' as ParticipantId, name: 'Aiko' },
};
const ben: Writer = {
  principal: { board, role: 'member', company: 'b' as CompanyKey },
  participant: { id: 'p7654321' as ParticipantId, name: 'Ben' },
};
const linkB: Writer = { principal: { board, role: 'member', company: 'b' as CompanyKey }, participant: null };

const card = (id: string, extra: Partial<StickyShape> = {}): StickyShape => ({
  id: id as ShapeId,
  type: 'sticky',
  x: 0,
  y: 0,
  w: 200,
  h: 160,
  index: 'a0',
  text: `card ${id}`,
  color: null,
  company: a,
  kind: null,
  ...extra,
});
const area: FrameShape = {
  id: 'area1' as ShapeId,
  type: 'frame',
  x: 1000,
  y: 0,
  w: 800,
  h: 600,
  index: 'Zz',
  text: 'Gaps',
  color: null,
  areaKind: 'gap',
};
const change = (before: StickyShape | null, after: StickyShape | null, fields: string[]): ShapeChange => ({
  id: (after ?? before)!.id,
  before,
  after,
  fields: new Set(fields),
});
const created = (shape: StickyShape) => change(null, shape, ['*']);
const moved = (shape: StickyShape, x: number) => change(shape, { ...shape, x }, ['x']);
const typed = (shape: StickyShape, text: string) => change(shape, { ...shape, text }, ['text']);

const TIMING: RecorderTiming = { flushMs: 100, coalesceMs: 60_000, rewriteMs: 5_000, stampMs: 10_000 };

let doc: Y.Doc;
let writes: ActivityBatch[];
let recorder: ActivityRecorder;
let ids = 0;

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00.000Z') });
  doc = new Y.Doc();
  writes = [];
  ids = 0;
  recorder = new ActivityRecorder({
    areas: { at: (p) => (p.x >= area.x && p.x <= area.x + area.w && p.y <= area.h ? area : null) },
    stamped: (id) => attributionMap(doc).has(id),
    log: silentLogger,
    timing: TIMING,
    newId: () => `entry${String((ids += 1)).padStart(3, '0')}`,
    write: async (batch) => {
      writes.push(batch);
      writeActivity(doc, batch, 'test');
    },
  });
});
afterEach(() => {
  void recorder.dispose();
  vi.useRealTimers();
});

const entries = () => readActivity(doc).entries;
const flush = () => vi.advanceTimersByTime(TIMING.flushMs);

describe('ActivityRecorder', () => {
  it('stamps who created and changed a shape from the writer, and writes nothing until the flush', () => {
    const s = card('s1');
    recorder.record(aiko, [created(s)]);
    expect(writes).toHaveLength(0);
    flush();
    expect(writes).toHaveLength(1);
    expect(readAttribution(doc, s.id)).toEqual({
      created: {
        participant: 'p1234567',
        name: 'Aiko',
        role: 'member',
        company: 'a',
        at: '2026-11-24T10:00:00.000Z',
      },
      changed: null,
    });
    vi.advanceTimersByTime(1000);
    recorder.record(linkB, [typed(s, 'changed by b')]);
    flush();
    expect(readAttribution(doc, s.id)?.changed).toEqual({
      participant: null,
      name: null,
      role: 'member',
      company: 'b',
      at: '2026-11-24T10:00:01.100Z',
    });
    expect(entries().map((e) => [e.type, e.by.name, e.by.company])).toEqual([
      ['created', 'Aiko', 'a'],
      ['edited', null, 'b'],
    ]);
  });

  it('batches many updates of one flush into one write', () => {
    for (let i = 0; i < 20; i++) recorder.record(aiko, [created(card(`s${i}`))]);
    recorder.record(ben, [moved(card('s0'), 50)]);
    flush();
    expect(writes).toHaveLength(1);
    expect(entries()).toHaveLength(21);
  });

  it('folds one person’s repeated moves of the same card into one entry, rewritten at most every rewriteMs', () => {
    const s = card('s1');
    for (let i = 1; i <= 30; i++) {
      recorder.record(aiko, [moved(s, i)]);
      vi.advanceTimersByTime(33);
    }
    flush();
    expect(entries()).toHaveLength(1);
    const [first] = entries();
    expect(first).toMatchObject({ type: 'moved', shapes: ['s1'] });
    const writesSoFar = writes.length;
    // Keeps dragging: the entry's `until` moves, but not at every update.
    for (let i = 0; i < 60; i++) {
      recorder.record(aiko, [moved(s, i)]);
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(TIMING.rewriteMs);
    expect(entries()).toHaveLength(1);
    expect(writes.length - writesSoFar).toBeLessThanOrEqual(3);
    expect(entries()[0]!.until).toBe(new Date(Date.now() - TIMING.rewriteMs - 100).toISOString());
  });

  it('starts a new entry for another person, another shape, or after the window', () => {
    const s = card('s1');
    recorder.record(aiko, [typed(s, 'one')]);
    recorder.record(ben, [typed(s, 'two')]);
    recorder.record(aiko, [typed(card('s2'), 'three')]);
    flush();
    expect(entries()).toHaveLength(3);
    vi.advanceTimersByTime(TIMING.coalesceMs + 1);
    recorder.record(aiko, [typed(s, 'four')]);
    flush();
    expect(entries()).toHaveLength(4);
    expect(entries().at(-1)).toMatchObject({ type: 'edited', label: 'four' });
  });

  it('stops folding once someone else changed the shape in between', () => {
    const s = card('s1');
    recorder.record(aiko, [created(s)]);
    recorder.record(aiko, [typed(s, 'a')]);
    recorder.record(ben, [typed(s, 'b')]);
    recorder.record(aiko, [typed(s, 'c')]);
    recorder.record(aiko, [typed(s, 'd')]);
    flush();
    expect(entries().map((e) => [e.type, e.by.name, e.label])).toEqual([
      ['created', 'Aiko', 'a'],
      ['edited', 'Ben', 'b'],
      ['edited', 'Aiko', 'd'],
    ]);
  });

  it('says what an edited card’s text was before the entry’s first change; nothing when only its look changed', () => {
    const s = card('s1', { text: '倉庫網' });
    recorder.record(ben, [typed(s, '全国')]);
    recorder.record(ben, [typed({ ...s, text: '全国' }, '全国80拠点の倉庫網')]);
    const t = card('s2', { text: '販路' });
    recorder.record(aiko, [change(t, { ...t, color: '#2f6fde' }, ['color'])]);
    flush();
    expect(entries().map((e) => [e.type, e.label, e.was])).toEqual([
      ['edited', '全国80拠点の倉庫網', '倉庫網'],
      ['edited', '販路', undefined],
    ]);
    // A card that was empty says nothing of what it was.
    const empty = card('s3', { text: '' });
    recorder.record(ben, [typed(empty, '冷凍倉庫')]);
    flush();
    expect(entries().find((e) => e.shapes[0] === 's3')).toMatchObject({ label: '冷凍倉庫' });
    expect(entries().find((e) => e.shapes[0] === 's3')!.was).toBeUndefined();
    // Typed back to what it was: the entry no longer says it changed from it.
    recorder.record(ben, [typed({ ...s, text: '全国80拠点の倉庫網' }, '倉庫網')]);
    vi.advanceTimersByTime(TIMING.rewriteMs);
    expect(entries()[0]).toMatchObject({ label: '倉庫網' });
    expect(entries()[0]!.was).toBeUndefined();
  });

  it('names a card by the start of its text, cut at a word’s end with an ellipsis', () => {
    // The walkthrough's feed read 「…Enter the Japanese cold-c」.
    const text = 'Enter the Japanese cold-chain market together with a regional logistics partner by 2027';
    recorder.record(aiko, [created(card('s1', { text }))]);
    recorder.record(aiko, [created(card('s2', { text: '全国の\n物流網' }))]);
    flush();
    expect(entries().map((e) => e.label)).toEqual([
      'Enter the Japanese cold-chain market together with a…',
      '全国の 物流網',
    ]);
  });

  it('throttles the same person’s "last changed" stamp, but never another person’s', () => {
    const s = card('s1');
    recorder.record(aiko, [typed(s, 'x')]);
    flush();
    const first = readAttribution(doc, s.id)!.changed!.at;
    vi.advanceTimersByTime(1000);
    recorder.record(aiko, [typed(s, 'y')]);
    flush();
    expect(readAttribution(doc, s.id)!.changed!.at).toBe(first);
    recorder.record(ben, [typed(s, 'z')]);
    flush();
    expect(readAttribution(doc, s.id)!.changed!.name).toBe('Ben');
    // The throttled stamp is not lost: it lands when the throttle allows.
    recorder.record(ben, [typed(s, 'zz')]);
    vi.advanceTimersByTime(TIMING.stampMs + TIMING.flushMs);
    expect(Date.parse(readAttribution(doc, s.id)!.changed!.at)).toBeGreaterThan(Date.parse(first) + 1000);
  });

  it('turns a move followed by the area’s class into "moved into an area"', () => {
    const s = card('s1');
    const inArea = { ...s, x: 1100 };
    recorder.record(aiko, [change(s, inArea, ['x'])]);
    recorder.record(aiko, [change(inArea, { ...inArea, kind: 'gap' }, ['kind'])]);
    flush();
    expect(entries()).toHaveLength(1);
    expect(entries()[0]).toMatchObject({
      type: 'moved-into-area',
      shapes: ['s1'],
      area: { frame: 'area1', kind: 'gap', company: 'a' },
    });
  });

  it('records a class change alone as an edit, and a card created in an area as created there', () => {
    const inArea = card('s1', { x: 1100 });
    recorder.record(aiko, [change(inArea, { ...inArea, kind: 'gap' }, ['kind'])]);
    const fresh = card('s2', { x: 1100 });
    recorder.record(ben, [created(fresh)]);
    recorder.record(ben, [change(fresh, { ...fresh, kind: 'gap' }, ['kind'])]);
    flush();
    expect(entries().map((e) => [e.type, e.area?.frame ?? null])).toEqual([
      ['edited', null],
      ['created', 'area1'],
    ]);
  });

  it('folds typing into a card just made into its creation; a deletion undone keeps the creator and is listed as restored', () => {
    const s = card('s1', { text: '' });
    recorder.record(aiko, [created(s)]);
    recorder.record(aiko, [typed(s, '全国の物流網')]);
    flush();
    expect(entries()).toEqual([expect.objectContaining({ type: 'created', label: '全国の物流網' })]);
    const madeAt = readAttribution(doc, s.id)!.created!.at;
    const typedCard = { ...s, text: '全国の物流網' };
    recorder.record(ben, [change(typedCard, null, ['*'])]);
    flush();
    expect(entries().at(-1)).toMatchObject({ type: 'deleted', label: '全国の物流網', by: { name: 'Ben' } });
    vi.advanceTimersByTime(1000);
    recorder.record(ben, [created(typedCard)]);
    flush();
    const remade = readAttribution(doc, s.id)!;
    expect(remade.created).toMatchObject({ name: 'Aiko', at: madeAt });
    expect(remade.changed).toMatchObject({ name: 'Ben' });
    expect(Date.parse(remade.changed!.at)).toBeGreaterThan(Date.parse(madeAt));
    // Brought back, not made: Ben did not create it.
    expect(entries().at(-1)).toMatchObject({ type: 'restored', shapes: [s.id], by: { name: 'Ben' } });
    expect(entries().filter((entry) => entry.type === 'created')).toHaveLength(1);
  });

  it('lists a shape made again before its stamps were written as restored, its first maker still the creator', () => {
    const s = card('s2', { text: '冷凍倉庫' });
    recorder.record(aiko, [created(s)]);
    recorder.record(ben, [change(s, null, ['*'])]);
    recorder.record(ben, [created(s)]);
    flush();
    expect(readAttribution(doc, s.id)).toMatchObject({ created: { name: 'Aiko' }, changed: { name: 'Ben' } });
    expect(entries().map((entry) => [entry.type, entry.by.name])).toEqual([
      ['created', 'Aiko'],
      ['deleted', 'Ben'],
      ['restored', 'Ben'],
    ]);
  });

  it('lists a shape whose stamps the board already holds as restored when it is made again', () => {
    const stamped = new Set<string>(['s3']);
    const fresh = new ActivityRecorder({
      areas: { at: () => null },
      stamped: (id) => stamped.has(id),
      log: silentLogger,
      timing: TIMING,
      write: async (batch) => writeActivity(doc, batch, 'test'),
    });
    fresh.record(ben, [created(card('s3')), created(card('s4'))]);
    vi.advanceTimersByTime(TIMING.flushMs);
    expect(entries().map((entry) => [entry.type, entry.shapes])).toEqual(
      expect.arrayContaining([
        ['restored', ['s3']],
        ['created', ['s4']],
      ]),
    );
    void fresh.dispose();
  });

  it('names an entry by a card with text before the lines linking it, and counts the lines', () => {
    const point = card('p1', { text: '共同配送', kind: 'synergy' });
    const line = (id: string): ShapeChange => {
      const shape: ConnectorShape = {
        id: id as ShapeId,
        type: 'connector',
        x: 0,
        y: 0,
        index: 'a1',
        from: point.id,
        to: 's1' as ShapeId,
        text: '',
        startArrow: 'none',
        endArrow: 'arrow',
        color: null,
      };
      return { id: shape.id, before: shape, after: null, fields: new Set(['*']) };
    };
    // The lines come first in the update: the entry still names the point.
    recorder.record(ben, [line('l1'), line('l2'), change(point, null, ['*'])]);
    flush();
    expect(entries().at(-1)).toMatchObject({
      type: 'deleted',
      shapes: ['p1', 'l1', 'l2'],
      links: 2,
      synergy: true,
      label: '共同配送',
    });
    // An untitled card's entry records that it had no text then.
    recorder.record(aiko, [created(card('s5', { text: '' }))]);
    flush();
    expect(entries().at(-1)).toMatchObject({ type: 'created', label: '' });
    expect(entries().at(-1)).not.toHaveProperty('links');
  });

  it('lists at most 50 shapes per entry and counts the rest', () => {
    const many = Array.from({ length: 60 }, (_, i) => moved(card(`s${i}`), 10));
    recorder.record(aiko, many);
    flush();
    expect(entries()[0]).toMatchObject({ type: 'moved', more: 10 });
    expect(entries()[0]!.shapes).toHaveLength(50);
  });

  it('writes what is pending when disposed, and a failing write is only logged', async () => {
    recorder.record(aiko, [created(card('s1'))]);
    await recorder.dispose();
    expect(entries()).toHaveLength(1);
    const warn = vi.fn();
    const failing = new ActivityRecorder({
      areas: { at: () => null },
      log: { ...silentLogger, warn },
      write: () => Promise.reject(new Error('room closed')),
    });
    failing.record(aiko, [created(card('s2'))]);
    await failing.dispose();
    expect(warn).toHaveBeenCalledWith('activity not recorded', expect.anything());
  });
});
