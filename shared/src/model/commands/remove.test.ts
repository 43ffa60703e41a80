import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import type { ShapeId } from '../../ids.js';
import { createFixtureBoard } from '../fixtures.js';
import { shapesMap } from '../roots.js';
import { readShapes } from '../shape.js';
import { addConnector, addShape, addSticky } from './create.js';
import { CommandError } from './guards.js';
import { deleteShapes } from './remove.js';

const origin = 'local';

describe('deleting shapes', () => {
  it('deletes shapes and the connectors attached to them, keeping a frame’s children', () => {
    const doc = createFixtureBoard();
    const frame = addShape(doc, { type: 'frame', x: 0, y: 0, w: 1000, h: 1000 }, origin);
    const a = addSticky(doc, { x: 10, y: 10 }, origin);
    const b = addSticky(doc, { x: 300, y: 10 }, origin);
    const c = addSticky(doc, { x: 600, y: 10 }, origin);
    const ab = addConnector(doc, { from: a, to: b }, origin);
    const bc = addConnector(doc, { from: b, to: c }, origin);
    const ac = addConnector(doc, { from: a, to: c }, origin);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(new Set(deleteShapes(doc, { ids: [b, frame] }, origin))).toEqual(new Set([b, frame, ab, bc]));
    expect(transactions).toBe(1);
    expect(readShapes(doc).shapes.map((shape) => shape.id)).toEqual([a, c, ac]);
  });

  it('skips ids already gone, and removes malformed values too', () => {
    const doc = createFixtureBoard();
    shapesMap(doc).set('garbage', Y.Array.from([1]));
    expect(deleteShapes(doc, { ids: ['gone' as ShapeId, 'garbage' as ShapeId] }, origin)).toEqual([
      'garbage',
    ]);
    expect(readShapes(doc).problems).toEqual([]);
    expect(() => deleteShapes(doc, { ids: ['not an id!' as ShapeId] }, origin)).toThrow(CommandError);
  });
});
