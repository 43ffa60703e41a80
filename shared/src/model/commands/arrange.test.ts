import { describe, it, expect } from 'vitest';
import type * as Y from 'yjs';
import type { ShapeId } from '../../ids.js';
import { createFixtureBoard } from '../fixtures.js';
import { readShapes, type Shape } from '../shape.js';
import { MAX_COORDINATE } from '../shapes/fields.js';
import {
  bringToFront,
  moveShapes,
  placeShapes,
  sendToBack,
  setShapeBounds,
  shapesInFrame,
} from './arrange.js';
import { addConnector, addShape, addSticky } from './create.js';
import { CommandError } from './guards.js';

const origin = 'local';
const byId = (doc: Y.Doc, id: ShapeId): Shape | undefined =>
  readShapes(doc).shapes.find((shape) => shape.id === id);
const order = (doc: Y.Doc): ShapeId[] => readShapes(doc).shapes.map((shape) => shape.id);

describe('placing shapes one by one (arranging)', () => {
  it('puts each shape at its place in one step; a frame brings the shapes inside it', () => {
    const doc = createFixtureBoard();
    const frame = addShape(doc, { type: 'frame', x: 0, y: 0, w: 500, h: 500 }, origin);
    const inside = addSticky(doc, { x: 10, y: 10 }, origin);
    const placedInside = addSticky(doc, { x: 250, y: 10 }, origin);
    const outside = addSticky(doc, { x: 900, y: 0 }, origin);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const moved = placeShapes(
      doc,
      {
        places: [
          { id: frame, x: 1000, y: 1000 },
          { id: placedInside, x: 0, y: 0 },
          { id: outside, x: 900, y: 300 },
        ],
      },
      origin,
    );
    expect(transactions).toBe(1);
    expect(new Set(moved)).toEqual(new Set([frame, inside, placedInside, outside]));
    expect(byId(doc, frame)).toMatchObject({ x: 1000, y: 1000 });
    expect(byId(doc, inside)).toMatchObject({ x: 1010, y: 1010 });
    expect(byId(doc, placedInside)).toMatchObject({ x: 0, y: 0 });
    expect(byId(doc, outside)).toMatchObject({ x: 900, y: 300 });
  });

  it('refuses bad places and changes nothing', () => {
    const doc = createFixtureBoard();
    const card = addSticky(doc, { x: 0, y: 0 }, origin);
    const link = addConnector(doc, { from: card, to: addSticky(doc, { x: 400, y: 0 }, origin) }, origin);
    for (const places of [
      [{ id: card, x: Number.NaN, y: 0 }],
      [{ id: card, x: MAX_COORDINATE * 2, y: 0 }],
      [{ id: 'nope', x: 0, y: 0 }],
      [{ id: link, x: 5, y: 5 }],
      'not a list',
    ]) {
      expect(() => placeShapes(doc, { places } as never, origin)).toThrow(CommandError);
      expect(byId(doc, card)).toMatchObject({ x: 0, y: 0 });
    }
  });
});

describe('moving and resizing', () => {
  it('moves shapes by dx, dy; a frame carries the shapes inside it', () => {
    const doc = createFixtureBoard();
    const frame = addShape(doc, { type: 'frame', x: 0, y: 0, w: 500, h: 500 }, origin);
    const inside = addSticky(doc, { x: 10, y: 10 }, origin);
    const straddling = addSticky(doc, { x: 450, y: 10 }, origin);
    const outside = addSticky(doc, { x: 900, y: 0 }, origin);
    const link = addConnector(doc, { from: inside, to: outside }, origin);
    expect(shapesInFrame(doc, frame)).toEqual([inside]);
    const moved = moveShapes(doc, { ids: [frame], dx: 100, dy: -50 }, origin);
    expect(new Set(moved)).toEqual(new Set([frame, inside]));
    expect(byId(doc, frame)).toMatchObject({ x: 100, y: -50 });
    expect(byId(doc, inside)).toMatchObject({ x: 110, y: -40 });
    expect(byId(doc, straddling)).toMatchObject({ x: 450, y: 10 });
    expect(byId(doc, outside)).toMatchObject({ x: 900, y: 0 });
    // Connectors follow their ends; their x, y (label offset) stay.
    expect(byId(doc, link)).toMatchObject({ x: 0, y: 0 });
  });

  it('moves everything in one transaction', () => {
    const doc = createFixtureBoard();
    const ids = [addSticky(doc, { x: 0, y: 0 }, origin), addSticky(doc, { x: 5, y: 5 }, origin)];
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    moveShapes(doc, { ids, dx: 1, dy: 1 }, origin);
    expect(transactions).toBe(1);
  });

  it('refuses unknown shapes, non-finite deltas and moves off the board, writing nothing', () => {
    const doc = createFixtureBoard();
    const a = addSticky(doc, { x: 0, y: 0 }, origin);
    const b = addSticky(doc, { x: MAX_COORDINATE - 10, y: 0 }, origin);
    expect(() => moveShapes(doc, { ids: [a, 'ghost' as ShapeId], dx: 1, dy: 1 }, origin)).toThrow(/unknown/);
    expect(() => moveShapes(doc, { ids: [a], dx: NaN, dy: 1 }, origin)).toThrow(CommandError);
    expect(() => moveShapes(doc, { ids: [a], dx: 1, dy: Infinity }, origin)).toThrow(CommandError);
    expect(() => moveShapes(doc, { ids: [a, b], dx: 100, dy: 0 }, origin)).toThrow(CommandError);
    expect(() => moveShapes(doc, { ids: 'a' as never, dx: 1, dy: 1 }, origin)).toThrow(CommandError);
    expect(byId(doc, a)).toMatchObject({ x: 0, y: 0 });
  });

  it('resizes a box and refuses connectors and bad sizes', () => {
    const doc = createFixtureBoard();
    const a = addSticky(doc, { x: 0, y: 0 }, origin);
    const b = addSticky(doc, { x: 0, y: 0 }, origin);
    setShapeBounds(doc, { id: a, x: 5, y: 6, w: 70, h: 80 }, origin);
    expect(byId(doc, a)).toMatchObject({ x: 5, y: 6, w: 70, h: 80 });
    const link = addConnector(doc, { from: a, to: b }, origin);
    expect(() => setShapeBounds(doc, { id: link, x: 0, y: 0, w: 1, h: 1 }, origin)).toThrow(/connector/);
    expect(() => setShapeBounds(doc, { id: a, x: 0, y: 0, w: -1, h: 1 }, origin)).toThrow(CommandError);
    expect(() => setShapeBounds(doc, { id: a, x: 0, y: 0, w: 1, h: 1e308 }, origin)).toThrow(CommandError);
  });
});

describe('z-order', () => {
  it('brings shapes to the front and sends them to the back, keeping their own order', () => {
    const doc = createFixtureBoard();
    const [a, b, c, d] = [0, 1, 2, 3].map((i) => addSticky(doc, { x: i, y: 0 }, origin)) as [
      ShapeId,
      ShapeId,
      ShapeId,
      ShapeId,
    ];
    bringToFront(doc, { ids: [b, a] }, origin);
    expect(order(doc)).toEqual([c, d, a, b]);
    sendToBack(doc, { ids: [b, d] }, origin);
    expect(order(doc)).toEqual([d, b, c, a]);
    bringToFront(doc, { ids: [a] }, origin);
    expect(order(doc)).toEqual([d, b, c, a]);
    expect(() => bringToFront(doc, { ids: ['ghost' as ShapeId] }, origin)).toThrow(CommandError);
  });
});
