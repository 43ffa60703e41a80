import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../ids.js';
import { addConnector, addShape, addSticky } from './commands/create.js';
import { createFixtureBoard } from './fixtures.js';
import { shapesMap } from './roots.js';
import { readShape, readShapes, type Shape } from './shape.js';

const origin = 'test';

/** Stores `fields` as a shape under `id` (the way a misbehaving client could). */
function storeRaw(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    shapesMap(doc).set(id, map);
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
  });
}

const goodSticky = (): Record<string, unknown> => ({
  type: 'sticky',
  x: 10,
  y: 20,
  w: 200,
  h: 160,
  index: 'a0',
  text: new Y.Text('hi'),
});

function readRaw(fields: Record<string, unknown>): ReturnType<typeof readShape> {
  const doc = new Y.Doc();
  storeRaw(doc, 'probe', fields);
  return readShape('probe', shapesMap(doc).get('probe'));
}

describe('reading shapes', () => {
  it('reads every shape type written by the commands as plain objects', () => {
    const doc = createFixtureBoard();
    const a = addSticky(
      doc,
      { x: 1, y: 2, text: 'Factories', company: 'acme' as CompanyKey, kind: 'asset' },
      origin,
    );
    const b = addShape(doc, { type: 'ellipse', x: 300, y: 0, text: 'Goal', color: '#AABBCC' }, origin);
    addShape(doc, { type: 'rect', x: 0, y: 300 }, origin);
    addShape(doc, { type: 'text', x: 0, y: -100, text: 'Heading' }, origin);
    addShape(doc, { type: 'frame', x: -50, y: -50, w: 1000, h: 1000, text: 'Area' }, origin);
    addConnector(doc, { from: a, to: b, text: 'feeds' }, origin);
    const { shapes, problems, orphans } = readShapes(doc);
    expect(problems).toEqual([]);
    expect(orphans).toEqual([]);
    expect(shapes.map((shape) => shape.type)).toEqual([
      'frame',
      'sticky',
      'ellipse',
      'rect',
      'text',
      'connector',
    ]);
    expect(shapes[1]).toEqual({
      id: a,
      type: 'sticky',
      x: 1,
      y: 2,
      w: 200,
      h: 160,
      index: expect.any(String),
      text: 'Factories',
      color: null,
      company: 'acme',
      kind: 'asset',
    });
    expect(shapes[2]).toMatchObject({ type: 'ellipse', color: '#aabbcc', text: 'Goal' });
    expect(shapes[5]).toMatchObject({
      type: 'connector',
      from: a,
      to: b,
      text: 'feeds',
      startArrow: 'none',
      endArrow: 'arrow',
      x: 0,
      y: 0,
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['x is NaN', { x: NaN }],
    ['x is Infinity', { x: Infinity }],
    ['y is -Infinity', { y: -Infinity }],
    ['x is huge (1e308)', { x: 1e308 }],
    ['w is zero', { w: 0 }],
    ['h is negative', { h: -5 }],
    ['w is huge', { w: 1e12 }],
    ['x is a numeric string', { x: '10' }],
    ['y is a nested object', { y: { value: 1, deeper: [1, { a: null }] } }],
    ['w is an array', { w: [200] }],
    ['x is null', { x: null }],
    ['x is a Y.Map', { x: new Y.Map() }],
    ['x is missing', { x: undefined }],
    ['index is missing', { index: undefined }],
    ['index is malformed', { index: 'a00' }],
    ['index is a number', { index: 1 }],
    ['text is a string, not a Y.Text', { text: 'hello' }],
    ['text is a Y.Map', { text: new Y.Map() }],
    ['text is a Y.XmlText', { text: new Y.XmlText('<b>') }],
    ['text is missing', { text: undefined }],
    ['type is unknown', { type: 'hexagon' }],
    ['type is a number', { type: 7 }],
    ['type is a Y.Text', { type: new Y.Text('sticky') }],
    ['company is not a key', { company: 'Not A Key!' }],
  ])('skips a sticky whose %s', (_name, patch) => {
    const fields = { ...goodSticky(), ...patch };
    for (const [key, value] of Object.entries(patch)) if (value === undefined) delete fields[key];
    const result = readRaw(fields);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.id).toBe('probe');
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['color is not #rrggbb', { color: 'red' }, { color: null }],
    ['kind is unknown', { kind: 'threat' }, { kind: null }],
    ['color is a Y.Map', { color: new Y.Map() }, { color: null }],
  ])('shows a sticky whose %s with the default, and reports the repair', (_name, patch, read) => {
    const result = readRaw({ ...goodSticky(), ...patch });
    expect(result).toMatchObject({ ok: true, shape: { type: 'sticky', text: 'hi', ...read } });
    if (result.ok) expect(result.repairs).toEqual([expect.stringContaining(Object.keys(patch)[0]!)]);
  });

  it('accepts the same sticky untouched (the hostile cases differ by one field)', () => {
    expect(readRaw(goodSticky())).toMatchObject({
      ok: true,
      shape: { type: 'sticky', text: 'hi', company: null, kind: null },
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['from is missing', { from: undefined }],
    ['to is a number', { to: 3 }],
    ['from equals to', { to: 'a' }],
    ['label is a plain string', { text: 'label' }],
  ])('skips a connector whose %s', (_name, patch) => {
    const fields: Record<string, unknown> = {
      type: 'connector',
      x: 0,
      y: 0,
      index: 'a0',
      from: 'a',
      to: 'b',
      ...patch,
    };
    for (const [key, value] of Object.entries(patch)) if (value === undefined) delete fields[key];
    expect(readRaw(fields).ok).toBe(false);
  });

  it('reads a connector whose arrow head is unknown with the default head, and reports it', () => {
    const result = readRaw({
      type: 'connector',
      x: 0,
      y: 0,
      index: 'a0',
      from: 'a',
      to: 'b',
      startArrow: 'x',
    });
    expect(result).toMatchObject({ ok: true, shape: { startArrow: 'none' }, repairs: [expect.any(String)] });
  });

  it('reads a connector without a label as an empty label', () => {
    expect(readRaw({ type: 'connector', x: 0, y: 0, index: 'a0', from: 'a', to: 'b' })).toMatchObject({
      ok: true,
      shape: { text: '' },
    });
  });

  it('reports values that are not Y.Maps and ids that are not shape ids, and never throws', () => {
    const doc = createFixtureBoard();
    const good = addSticky(doc, { x: 0, y: 0, text: 'fine' }, origin);
    doc.transact(() => {
      const shapes = shapesMap(doc);
      shapes.set('an-array', Y.Array.from([1, 2, 3]));
      shapes.set('a-text', new Y.Text('sticky'));
      shapes.set('a-number', 42);
      shapes.set('a-null', null);
      shapes.set('plain-object', { type: 'sticky', x: 0, y: 0, w: 1, h: 1, index: 'a0' });
    });
    storeRaw(doc, 'bad id with spaces', goodSticky());
    storeRaw(doc, 'nested-garbage', {
      type: 'frame',
      x: { y: { z: [NaN] } },
      y: new Uint8Array(3),
      w: true,
      h: 'tall',
      index: ['a0'],
      text: new Y.Array(),
    });
    const { shapes, problems } = readShapes(doc);
    expect(shapes.map((shape) => shape.id)).toEqual([good]);
    expect(problems.map((problem) => problem.id)).toEqual([
      'a-null',
      'a-number',
      'a-text',
      'an-array',
      'bad id with spaces',
      'nested-garbage',
      'plain-object',
    ]);
    for (const problem of problems) expect(problem.reason).toEqual(expect.any(String));
  });

  it('leaves out connectors whose end was deleted, listing them as orphans', () => {
    const doc = createFixtureBoard();
    const a = addSticky(doc, { x: 0, y: 0 }, origin);
    const b = addSticky(doc, { x: 300, y: 0 }, origin);
    const link = addConnector(doc, { from: a, to: b }, origin);
    // As if another peer deleted `b` while this one connected to it.
    doc.transact(() => shapesMap(doc).delete(b));
    const { shapes, orphans, problems } = readShapes(doc);
    expect(shapes.map((shape) => shape.id)).toEqual([a]);
    expect(orphans).toEqual([link]);
    expect(problems).toEqual([]);
  });

  it('orders shapes by index, then by id when two peers chose the same index', () => {
    const doc = new Y.Doc();
    for (const [id, index] of [
      ['b', 'a1'],
      ['c', 'a0'],
      ['a', 'a1'],
    ] as const)
      storeRaw(doc, id, { ...goodSticky(), index });
    expect(readShapes(doc).shapes.map((shape: Shape) => shape.id)).toEqual(['c', 'a', 'b'] as ShapeId[]);
  });
});
