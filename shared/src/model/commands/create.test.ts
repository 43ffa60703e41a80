import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../../ids.js';
import { createFixtureBoard } from '../fixtures.js';
import { shapesMap } from '../roots.js';
import { readShapes, type Shape } from '../shape.js';
import { addConnector, addShape, addSticky, duplicateShapes } from './create.js';
import { CommandError } from './guards.js';

const origin = 'local';
const acme = 'acme' as CompanyKey;
const byId = (doc: Y.Doc, id: ShapeId): Shape | undefined =>
  readShapes(doc).shapes.find((shape) => shape.id === id);

describe('creating shapes', () => {
  it('adds a sticky in one transaction with the caller origin, on top', () => {
    const doc = createFixtureBoard();
    const first = addSticky(doc, { x: 0, y: 0 }, origin);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const second = addSticky(
      doc,
      { x: 10, y: 10, text: '強み', company: acme, kind: 'asset', color: '#FFE066' },
      origin,
    );
    expect(origins).toEqual([origin]);
    expect(readShapes(doc).shapes.map((shape) => shape.id)).toEqual([first, second]);
    expect(byId(doc, second)).toMatchObject({
      text: '強み',
      company: 'acme',
      kind: 'asset',
      color: '#ffe066',
      w: 200,
      h: 160,
    });
    expect(shapesMap(doc).get(second)).toBeInstanceOf(Y.Map);
    expect((shapesMap(doc).get(second) as Y.Map<unknown>).get('text')).toBeInstanceOf(Y.Text);
  });

  it('puts a new frame behind everything, other shapes on top', () => {
    const doc = createFixtureBoard();
    const sticky = addSticky(doc, { x: 0, y: 0 }, origin);
    const frame = addShape(doc, { type: 'frame', x: -10, y: -10, text: 'Area' }, origin);
    const rect = addShape(doc, { type: 'rect', x: 0, y: 0, w: 10, h: 10 }, origin);
    expect(readShapes(doc).shapes.map((shape) => shape.id)).toEqual([frame, sticky, rect]);
  });

  it.each<[string, () => unknown]>([
    ['a NaN x', () => addSticky(createFixtureBoard(), { x: NaN, y: 0 }, origin)],
    ['an infinite y', () => addSticky(createFixtureBoard(), { x: 0, y: Infinity }, origin)],
    ['a huge x', () => addSticky(createFixtureBoard(), { x: 1e308, y: 0 }, origin)],
    ['a zero width', () => addSticky(createFixtureBoard(), { x: 0, y: 0, w: 0 }, origin)],
    [
      'a company not on the board',
      () => addSticky(createFixtureBoard(), { x: 0, y: 0, company: 'zeta' as CompanyKey }, origin),
    ],
    [
      'an unknown kind',
      () => addSticky(createFixtureBoard(), { x: 0, y: 0, kind: 'threat' as never }, origin),
    ],
    ['a bad colour', () => addSticky(createFixtureBoard(), { x: 0, y: 0, color: 'red' }, origin)],
    [
      'text that is not a string',
      () => addSticky(createFixtureBoard(), { x: 0, y: 0, text: 5 as never }, origin),
    ],
    ['args that are not an object', () => addSticky(createFixtureBoard(), null as never, origin)],
    [
      'a shape type addShape does not add',
      () => addShape(createFixtureBoard(), { type: 'sticky' as never, x: 0, y: 0 }, origin),
    ],
    [
      'a prototype key as type',
      () => addShape(createFixtureBoard(), { type: 'toString' as never, x: 0, y: 0 }, origin),
    ],
  ])('refuses %s with a CommandError and writes nothing', (_name, run) => {
    expect(run).toThrow(CommandError);
  });

  it('refuses an id already taken', () => {
    const doc = createFixtureBoard();
    const id = addSticky(doc, { x: 0, y: 0, id: 'taken' as ShapeId }, origin);
    expect(id).toBe('taken');
    expect(() => addShape(doc, { type: 'rect', x: 0, y: 0, id }, origin)).toThrow(/already exists/);
  });

  it('connects two box shapes, refusing unknown ends, loops and connectors as ends', () => {
    const doc = createFixtureBoard();
    const a = addSticky(doc, { x: 0, y: 0 }, origin);
    const b = addShape(doc, { type: 'ellipse', x: 300, y: 0 }, origin);
    const link = addConnector(doc, { from: a, to: b, endArrow: 'none', startArrow: 'arrow' }, origin);
    expect(byId(doc, link)).toMatchObject({
      from: a,
      to: b,
      startArrow: 'arrow',
      endArrow: 'none',
      text: '',
    });
    expect(() => addConnector(doc, { from: a, to: 'ghost' as ShapeId }, origin)).toThrow(/unknown shape/);
    expect(() => addConnector(doc, { from: a, to: a }, origin)).toThrow(CommandError);
    expect(() => addConnector(doc, { from: a, to: link }, origin)).toThrow(/connector/);
    expect(() => addConnector(doc, { from: a, to: b, endArrow: 'diamond' as never }, origin)).toThrow(
      CommandError,
    );
  });
});

describe('duplicating shapes', () => {
  it('copies shapes and their text with an offset, on top, keeping their order', () => {
    const doc = createFixtureBoard();
    const a = addSticky(doc, { x: 0, y: 0, text: 'A', company: acme, kind: 'goal' }, origin);
    const b = addShape(doc, { type: 'rect', x: 100, y: 0, text: 'B' }, origin);
    const top = addSticky(doc, { x: 500, y: 500 }, origin);
    const copies = duplicateShapes(doc, { ids: [b, a], dx: 10, dy: 20 }, origin);
    expect(copies).toHaveLength(2);
    expect(readShapes(doc).shapes.map((shape) => shape.id)).toEqual([a, b, top, ...copies]);
    expect(byId(doc, copies[0]!)).toMatchObject({
      type: 'sticky',
      x: 10,
      y: 20,
      text: 'A',
      company: 'acme',
      kind: 'goal',
    });
    expect(byId(doc, copies[1]!)).toMatchObject({ type: 'rect', x: 110, y: 20, text: 'B' });
    // The copy's text is its own Y.Text.
    const map = shapesMap(doc);
    expect((map.get(copies[0]!) as Y.Map<unknown>).get('text')).not.toBe(
      (map.get(a) as Y.Map<unknown>).get('text'),
    );
  });

  it('brings a frame’s children and the connectors between copied shapes', () => {
    const doc = createFixtureBoard();
    const frame = addShape(doc, { type: 'frame', x: 0, y: 0, w: 1000, h: 1000 }, origin);
    const inside = addSticky(doc, { x: 100, y: 100 }, origin);
    const alsoInside = addSticky(doc, { x: 400, y: 100 }, origin);
    const outside = addSticky(doc, { x: 2000, y: 0 }, origin);
    addConnector(doc, { from: inside, to: alsoInside }, origin);
    addConnector(doc, { from: inside, to: outside }, origin);
    let n = 0;
    const copies = duplicateShapes(doc, { ids: [frame], newId: () => `copy${n++}` as ShapeId }, origin);
    expect(copies).toEqual(['copy0', 'copy1', 'copy2', 'copy3']);
    const shapes = readShapes(doc).shapes.filter((shape) => copies.includes(shape.id));
    expect(shapes.map((shape) => shape.type)).toEqual(['frame', 'sticky', 'sticky', 'connector']);
    expect(shapes[3]).toMatchObject({ from: 'copy1', to: 'copy2' });
    expect(readShapes(doc).problems).toEqual([]);
  });

  it('refuses unknown shapes', () => {
    const doc = createFixtureBoard();
    expect(() => duplicateShapes(doc, { ids: ['nope' as ShapeId] }, origin)).toThrow(CommandError);
  });

  it('makes a member’s copies of another company’s cards their own, and template areas plain frames', () => {
    const doc = createFixtureBoard();
    const kumo = 'kumo' as CompanyKey;
    const theirs = addSticky(doc, { x: 0, y: 0, text: '販路', company: kumo, kind: 'gap' }, origin);
    const mine = addSticky(doc, { x: 300, y: 0, text: '物流網', company: acme }, origin);
    const area = addShape(doc, { type: 'frame', x: 0, y: 500, w: 200, h: 200 }, origin);
    (shapesMap(doc).get(area) as Y.Map<unknown>).set('areaKind', 'gap');
    const copies = duplicateShapes(doc, { ids: [theirs, mine, area], member: acme }, origin);
    const read = copies.map((id) => byId(doc, id));
    expect(
      read
        .filter((shape) => shape?.type === 'sticky')
        .map((shape) => shape?.type === 'sticky' && shape.company),
    ).toEqual(['acme', 'acme']);
    expect(read.find((shape) => shape?.type === 'frame')).not.toHaveProperty('areaKind');
  });
});
