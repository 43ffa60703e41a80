import { describe, expect, it } from 'vitest';
import { addShape, addSticky, deleteShapes, moveShapes, shapesMap, type ShapeId } from '@kyoso/shared';
import * as Y from 'yjs';
import { AreaIndex } from './area-index.js';

/** A frame made an area the way templates make them. */
function area(doc: Y.Doc, x: number, w: number, kind: string | null, company?: string): ShapeId {
  const id = addShape(doc, { type: 'frame', x, y: 0, w, h: 600, text: 'area' }, 'test');
  const map = shapesMap(doc).get(id) as Y.Map<unknown>;
  if (kind) map.set('areaKind', kind);
  if (company) map.set('areaCompany', company);
  return id;
}

describe('AreaIndex', () => {
  it('knows the areas already on the board and the smallest one at a point', () => {
    const doc = new Y.Doc();
    const big = area(doc, 0, 2000, 'asset');
    const small = area(doc, 100, 300, null, 'a');
    addShape(doc, { type: 'frame', x: 0, y: 0, w: 50, h: 50 }, 'test');
    const index = new AreaIndex(doc);
    expect(index.at({ x: 200, y: 10 })?.id).toBe(small);
    expect(index.at({ x: 1500, y: 10 })?.id).toBe(big);
    expect(index.at({ x: 10, y: 10 })?.id).toBe(big);
    expect(index.at({ x: 5000, y: 10 })).toBeNull();
    index.destroy();
  });

  it('follows areas added, moved, unmarked and deleted later, and ignores cards', () => {
    const doc = new Y.Doc();
    const index = new AreaIndex(doc);
    const id = area(doc, 0, 500, 'gap');
    expect(index.has(id)).toBe(true);
    const card = addSticky(doc, { x: 10, y: 10, text: 'c' }, 'test');
    expect(index.has(card)).toBe(false);
    moveShapes(doc, { ids: [id], dx: 1000, dy: 0 }, 'test');
    expect(index.at({ x: 100, y: 10 })).toBeNull();
    expect(index.at({ x: 1100, y: 10 })?.id).toBe(id);
    (shapesMap(doc).get(id) as Y.Map<unknown>).delete('areaKind');
    expect(index.has(id)).toBe(false);
    (shapesMap(doc).get(id) as Y.Map<unknown>).set('areaKind', 'goal');
    expect(index.at({ x: 1100, y: 10 })?.areaKind).toBe('goal');
    deleteShapes(doc, { ids: [id] }, 'test');
    expect(index.has(id)).toBe(false);
    index.destroy();
    area(doc, 0, 500, 'gap');
    expect(index.at({ x: 10, y: 10 })).toBeNull();
  });
});
