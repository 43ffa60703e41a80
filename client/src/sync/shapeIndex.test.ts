import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addConnector,
  addShape,
  addSticky,
  bringToFront,
  compareShapes,
  createRng,
  deleteShapes,
  indicesBetween,
  isBoxShape,
  metaMap,
  moveShapes,
  readShapes,
  sendToBack,
  setShapeBounds,
  setText,
  shapesMap,
  type Rng,
  type Shape,
  type ShapeId,
} from '@kyoso/shared';
import { createFixtureBoard } from '@kyoso/shared/testing';
import { bboxToRect, boxBounds, connectorBounds, intersects, rectToBBox, type BBox } from './bounds';
import type { Rect } from './session-types';
import { createShapeIndex } from './shapeIndex';
import { linkDocs, REMOTE, shapeMapOf, storeRaw } from './test-support';

const LOCAL = 'local';

function counter(subscribe: (listener: () => void) => () => void) {
  const calls = { count: 0 };
  subscribe(() => calls.count++);
  return calls;
}

/** The box of every drawable shape, by a plain scan of `readShapes`: the reference for `search`. */
function bruteForceBoxes(doc: Y.Doc): { shape: Shape; box: BBox }[] {
  const shapes = readShapes(doc).shapes;
  const byId = new Map(shapes.map((shape) => [shape.id, shape]));
  return shapes.map((shape) => {
    if (shape.type !== 'connector') return { shape, box: boxBounds(shape) };
    const from = byId.get(shape.from);
    const to = byId.get(shape.to);
    if (!from || !to || !isBoxShape(from) || !isBoxShape(to))
      throw new Error('orphan connector in readShapes');
    return { shape, box: connectorBounds(shape, from, to) };
  });
}

describe('ShapeIndex', () => {
  it('holds what readShapes reads, in z-order, on creation', () => {
    const doc = createFixtureBoard();
    const a = addSticky(doc, { x: 0, y: 0, text: '物流網' }, LOCAL);
    const b = addShape(doc, { type: 'rect', x: 400, y: 0 }, LOCAL);
    addConnector(doc, { from: a, to: b }, LOCAL);
    addShape(doc, { type: 'frame', x: -100, y: -100 }, LOCAL);
    const index = createShapeIndex(doc);
    expect(index.all()).toEqual(readShapes(doc).shapes);
    expect(index.get()).toBe(index.all());
    expect(index.byId(a)?.text).toBe('物流網');
  });

  it("shows the server's copy until the document's shapes arrive, then the document's", () => {
    // The server's board: three cards and a connector; the page's document is still empty.
    const server = createFixtureBoard();
    const a = addSticky(server, { x: 0, y: 0, text: '共同配送' }, LOCAL);
    const b = addSticky(server, { x: 300, y: 0, text: 'EV chargers' }, LOCAL);
    addConnector(server, { from: a, to: b }, LOCAL);
    addSticky(server, { x: 0, y: 300, text: '販路' }, LOCAL);
    const page = new Y.Doc();
    const index = createShapeIndex(page);
    const calls = counter(index.subscribe);
    expect(index.preview(readShapes(server).shapes)).toBe(true);
    expect(calls.count).toBe(1);
    expect(index.all()).toEqual(readShapes(server).shapes);
    expect(index.search({ x: 250, y: -10, w: 100, h: 100 })).toContain(b);
    expect(index.bounds()).toEqual({ x: 0, y: 0, w: 500, h: 460 });
    // Meanwhile someone deleted a card: the sync brings the board as it is now, preview gone.
    deleteShapes(server, { ids: [b] }, LOCAL);
    Y.applyUpdate(page, Y.encodeStateAsUpdate(server), REMOTE);
    expect(calls.count).toBe(2);
    expect(index.all()).toEqual(readShapes(server).shapes);
    expect(index.byId(b)).toBeUndefined();
    // Later changes go the incremental way again.
    moveShapes(server, { ids: [a], dx: 10, dy: 0 }, LOCAL);
    Y.applyUpdate(page, Y.encodeStateAsUpdate(server), REMOTE);
    expect(index.byId(a)?.x).toBe(10);
  });

  it('shows no preview once the document holds shapes, and ends one on demand', () => {
    const doc = createFixtureBoard();
    addSticky(doc, { x: 0, y: 0, text: 'offline copy' }, LOCAL);
    const index = createShapeIndex(doc);
    const other = createFixtureBoard();
    addSticky(other, { x: 500, y: 500, text: 'server copy' }, LOCAL);
    expect(index.preview(readShapes(other).shapes)).toBe(false);
    expect(index.all()).toEqual(readShapes(doc).shapes);

    // A synced document that brought no shapes at all: ending the preview shows it as it is.
    const empty = createShapeIndex(new Y.Doc());
    expect(empty.preview(readShapes(other).shapes)).toBe(true);
    expect(empty.all()).toHaveLength(1);
    empty.endPreview();
    expect(empty.all()).toEqual([]);
    expect(empty.bounds()).toBeNull();
  });

  it('keeps the object of every shape a remote change did not touch', () => {
    const origin = createFixtureBoard();
    const remote = new Y.Doc();
    linkDocs(origin, remote);
    const a = addSticky(origin, { x: 0, y: 0, text: 'a' }, LOCAL);
    const b = addSticky(origin, { x: 300, y: 0, text: 'b' }, LOCAL);
    const c = addSticky(origin, { x: 600, y: 0, text: 'c' }, LOCAL);
    const link = addConnector(origin, { from: a, to: b }, LOCAL);

    const index = createShapeIndex(remote);
    const before = index.all();
    const [sa, sb, sc, sl] = [a, b, c, link].map((id) => index.byId(id));
    const calls = counter(index.subscribe);

    setText(origin, { id: a, text: 'a, edited' }, LOCAL);
    expect(calls.count).toBe(1);
    expect(index.all()).not.toBe(before);
    expect(index.byId(a)).not.toBe(sa);
    expect(index.byId(a)?.text).toBe('a, edited');
    expect(index.byId(b)).toBe(sb);
    expect(index.byId(c)).toBe(sc);
    expect(index.byId(link)).toBe(sl);

    // Moving an end moves the connector in the spatial index, but the connector's own fields
    // (and so its object) are unchanged.
    moveShapes(origin, { ids: [b], dx: 0, dy: 1000 }, LOCAL);
    expect(index.byId(link)).toBe(sl);
    expect(index.byId(c)).toBe(sc);
    expect(index.search({ x: 200, y: 500, w: 10, h: 10 })).toEqual([link]);
    expect(index.all()).toEqual(readShapes(remote).shapes);
  });

  it('keeps the same array, and stays quiet, when nothing it shows changed', () => {
    const doc = createFixtureBoard();
    const a = addSticky(doc, { x: 0, y: 0 }, LOCAL);
    const index = createShapeIndex(doc);
    const before = index.all();
    const shape = index.byId(a);
    const bounds = index.bounds();
    const calls = counter(index.subscribe);

    metaMap(doc).set('title', 'renamed');
    shapeMapOf(doc, a).set('x', 0); // the same value again
    shapeMapOf(doc, a).set('note', 'a field the schema does not know'); // ignored by readShape
    storeRaw(doc, 'broken', { type: 'sticky', x: 'left' }); // malformed: skipped
    shapeMapOf(doc, 'broken').set('y', 5); // still malformed
    doc.transact(() => {}, LOCAL);

    expect(calls.count).toBe(0);
    expect(index.all()).toBe(before);
    expect(index.byId(a)).toBe(shape);
    expect(index.bounds()).toBe(bounds);
  });

  it('notifies once per transaction, however many shapes it changed', () => {
    const doc = createFixtureBoard();
    const ids = Array.from({ length: 50 }, (_, i) => addSticky(doc, { x: i * 10, y: 0 }, LOCAL));
    const index = createShapeIndex(doc);
    const calls = counter(index.subscribe);
    moveShapes(doc, { ids, dx: 5, dy: 5 }, LOCAL);
    expect(calls.count).toBe(1);
    deleteShapes(doc, { ids: ids.slice(0, 10) }, LOCAL);
    expect(calls.count).toBe(2);
    expect(index.all()).toEqual(readShapes(doc).shapes);
  });

  it('skips malformed shapes, and shows one again once it is repaired', () => {
    const doc = createFixtureBoard();
    const good = addSticky(doc, { x: 0, y: 0 }, LOCAL);
    storeRaw(doc, 'no-type', { x: 1, y: 2 });
    storeRaw(doc, 'bad id!', { type: 'rect', x: 0, y: 0, w: 10, h: 10, index: 'a0', text: new Y.Text() });
    shapesMap(doc).set('not-a-map', 42);
    storeRaw(doc, 'nan', {
      type: 'rect',
      x: Number.NaN,
      y: 0,
      w: 10,
      h: 10,
      index: 'a1',
      text: new Y.Text(),
    });
    storeRaw(doc, 'plain-text', {
      type: 'sticky',
      x: 0,
      y: 0,
      w: 10,
      h: 10,
      index: 'a2',
      text: 'not a Y.Text',
    });
    storeRaw(doc, 'self-loop', { type: 'connector', x: 0, y: 0, index: 'a3', from: good, to: good });

    const index = createShapeIndex(doc);
    expect(index.all().map((s) => s.id)).toEqual([good]);
    expect(index.search({ x: -1e6, y: -1e6, w: 2e6, h: 2e6 })).toEqual([good]);

    shapeMapOf(doc, 'nan').set('x', 500);
    expect(
      index
        .all()
        .map((s) => s.id)
        .sort(),
    ).toEqual([good, 'nan'].sort());
    expect(index.search({ x: 505, y: 5, w: 1, h: 1 })).toEqual(['nan']);

    shapeMapOf(doc, good).set('w', -3);
    expect(index.all().map((s) => s.id)).toEqual(['nan']);
    expect(index.byId(good)).toBeUndefined();
    expect(index.search({ x: 0, y: 0, w: 1, h: 1 })).toEqual([]);
    expect(index.all()).toEqual(readShapes(doc).shapes);
  });

  it('shows a connector only while both its ends are boxes on the board', () => {
    const doc = createFixtureBoard();
    const a = addSticky(doc, { x: 0, y: 0 }, LOCAL);
    const b = addSticky(doc, { x: 500, y: 0 }, LOCAL);
    const link = addConnector(doc, { from: a, to: b }, LOCAL);
    const index = createShapeIndex(doc);
    expect(index.byId(link)).toBeDefined();

    // Another client deletes an end without the connector (deleteShapes would take both).
    shapesMap(doc).delete(b);
    expect(index.byId(link)).toBeUndefined();
    expect(index.search({ x: 300, y: 75, w: 10, h: 10 })).toEqual([]);
    expect(index.all()).toEqual(readShapes(doc).shapes);

    storeRaw(doc, b, { type: 'rect', x: 500, y: 0, w: 200, h: 160, index: 'Zz', text: new Y.Text() });
    expect(index.byId(link)).toBeDefined();
    expect(index.search({ x: 300, y: 75, w: 10, h: 10 })).toEqual([link]);
    expect(index.all()).toEqual(readShapes(doc).shapes);
  });

  it('searches by a rectangle in z-order, touching edges included, and knows the bounds', () => {
    const doc = createFixtureBoard();
    const frame = addShape(doc, { type: 'frame', x: 0, y: 0, w: 1000, h: 1000 }, LOCAL);
    const a = addSticky(doc, { x: 100, y: 100, w: 100, h: 100 }, LOCAL);
    const b = addSticky(doc, { x: 300, y: 100, w: 100, h: 100 }, LOCAL);
    const index = createShapeIndex(doc);
    expect(index.search({ x: 150, y: 150, w: 200, h: 10 })).toEqual([frame, a, b]);
    expect(index.search({ x: 200, y: 150, w: 0, h: 0 })).toEqual([frame, a]);
    // A rectangle drawn right to left.
    expect(index.search({ x: 450, y: 150, w: -100, h: 10 })).toEqual([frame, b]);
    expect(index.search({ x: 2000, y: 2000, w: 10, h: 10 })).toEqual([]);
    bringToFront(doc, { ids: [a] }, LOCAL);
    expect(index.search({ x: 150, y: 150, w: 200, h: 10 })).toEqual([frame, b, a]);
    expect(index.bounds()).toEqual({ x: 0, y: 0, w: 1000, h: 1000 });
    deleteShapes(doc, { ids: [frame] }, LOCAL);
    expect(index.bounds()).toEqual({ x: 100, y: 100, w: 300, h: 100 });
    deleteShapes(doc, { ids: [a, b] }, LOCAL);
    expect(index.bounds()).toBeNull();
    expect(index.all()).toEqual([]);
  });

  describe('matches a brute-force scan through random edits', () => {
    const randomRect = (rng: Rng): Rect => ({
      x: rng.int(-3000, 3000),
      y: rng.int(-3000, 3000),
      w: rng.int(-800, 800),
      h: rng.int(-800, 800),
    });

    function step(doc: Y.Doc, rng: Rng, ops: string[]): void {
      const shapes = readShapes(doc).shapes;
      const boxes = shapes.filter(isBoxShape);
      const some = (n: number): ShapeId[] => Array.from({ length: n }, () => rng.pick(shapes).id);
      const roll = rng.int(0, 99);
      try {
        if (roll < 25 || shapes.length < 5) {
          const type = rng.pick(['sticky', 'rect', 'ellipse', 'text', 'frame'] as const);
          const args = {
            x: rng.int(-3000, 3000),
            y: rng.int(-3000, 3000),
            w: rng.int(10, 600),
            h: rng.int(10, 600),
          };
          ops.push(`add ${type} ${JSON.stringify(args)}`);
          if (type === 'sticky') addSticky(doc, args, LOCAL);
          else addShape(doc, { type, ...args }, LOCAL);
        } else if (roll < 35 && boxes.length >= 2) {
          const from = rng.pick(boxes).id;
          const to = rng.pick(boxes).id;
          ops.push(`connect ${from} ${to}`);
          if (from !== to) addConnector(doc, { from, to }, LOCAL);
        } else if (roll < 55) {
          const ids = some(rng.int(1, 4));
          const [dx, dy] = [rng.int(-500, 500), rng.int(-500, 500)];
          ops.push(`move ${ids.join(',')} by ${dx},${dy}`);
          moveShapes(doc, { ids, dx, dy }, LOCAL);
        } else if (roll < 70 && boxes.length > 0) {
          const box = rng.pick(boxes);
          const args = {
            id: box.id,
            x: rng.int(-3000, 3000),
            y: rng.int(-3000, 3000),
            w: rng.int(1, 900),
            h: rng.int(1, 900),
          };
          ops.push(`resize ${JSON.stringify(args)}`);
          setShapeBounds(doc, args, LOCAL);
        } else if (roll < 80) {
          const ids = some(rng.int(1, 2));
          ops.push(`delete ${ids.join(',')}`);
          deleteShapes(doc, { ids }, LOCAL);
        } else if (roll < 85) {
          const ids = some(1);
          ops.push(`reorder ${ids.join(',')}`);
          (rng.chance(0.5) ? bringToFront : sendToBack)(doc, { ids }, LOCAL);
        } else if (roll < 90) {
          const id = rng.pick(shapes).id;
          ops.push(`text ${id}`);
          setText(doc, { id, text: `t${rng.int(0, 1000)}` }, LOCAL);
        } else if (roll < 95) {
          // Another client deletes one end of a connector, or breaks a shape.
          const id = rng.pick(shapes).id;
          if (rng.chance(0.5)) {
            ops.push(`raw delete ${id}`);
            shapesMap(doc).delete(id);
          } else {
            ops.push(`break ${id}`);
            shapeMapOf(doc, id).set('x', 'garbage');
          }
        } else {
          // Repair broken shapes.
          ops.push('repair');
          doc.transact(() => {
            shapesMap(doc).forEach((value) => {
              if (value instanceof Y.Map && value.get('x') === 'garbage')
                value.set('x', rng.int(-3000, 3000));
            });
          });
        }
      } catch (error) {
        ops.push(`(refused: ${error instanceof Error ? error.message : String(error)})`);
      }
    }

    for (const seed of [1, 7, 2024, 31337]) {
      it(`seed ${seed}`, () => {
        const rng = createRng(seed);
        const doc = createFixtureBoard();
        for (let i = 0; i < 20; i++)
          addSticky(doc, { x: rng.int(-3000, 3000), y: rng.int(-3000, 3000) }, LOCAL);
        const index = createShapeIndex(doc);
        const ops: string[] = [];
        for (let i = 0; i < 400; i++) {
          step(doc, rng, ops);
          const where = `seed ${seed}, step ${i}; last ops:\n${ops.slice(-5).join('\n')}`;
          const reference = bruteForceBoxes(doc);
          expect(index.all(), where).toEqual(reference.map((entry) => entry.shape));
          for (let q = 0; q < 4; q++) {
            const rect = randomRect(rng);
            const query = rectToBBox(rect);
            const expected = reference
              .filter((entry) => intersects(entry.box, query))
              .map((entry) => entry.shape.id);
            expect(index.search(rect), `${where}\nquery ${JSON.stringify(rect)}`).toEqual(expected);
          }
          const union = reference.reduce<BBox | null>(
            (acc, { box }) =>
              acc
                ? {
                    minX: Math.min(acc.minX, box.minX),
                    minY: Math.min(acc.minY, box.minY),
                    maxX: Math.max(acc.maxX, box.maxX),
                    maxY: Math.max(acc.maxY, box.maxY),
                  }
                : box,
            null,
          );
          expect(index.bounds(), where).toEqual(union && bboxToRect(union));
        }
        expect(index.all().length).toBeGreaterThan(5);
      });
    }
  });

  describe('on a 10,000-shape board', () => {
    function bigBoard(n: number): Y.Doc {
      const doc = createFixtureBoard();
      const indices = indicesBetween(null, null, n);
      doc.transact(() => {
        for (let i = 0; i < n; i++) {
          const map = new Y.Map<unknown>();
          shapesMap(doc).set(`s${i}`, map);
          map.set('type', 'sticky');
          map.set('x', (i % 100) * 250);
          map.set('y', Math.floor(i / 100) * 200);
          map.set('w', 200);
          map.set('h', 160);
          map.set('index', indices[i]);
          map.set('text', new Y.Text(`card ${i}`));
        }
      });
      return doc;
    }

    it('builds once and then updates in time proportional to the change', () => {
      const doc = bigBoard(10_000);
      let started = performance.now();
      const index = createShapeIndex(doc);
      const buildMs = performance.now() - started;
      expect(index.all()).toHaveLength(10_000);

      const before = index.all();
      started = performance.now();
      // One shape moved per transaction, the way a peer's drag arrives. (The moveShapes command
      // itself reads the whole board, so it is not what is measured here.)
      for (let i = 0; i < 200; i++) {
        const map = shapeMapOf(doc, `s${i}`);
        doc.transact(() => {
          map.set('x', (map.get('x') as number) + 1);
          map.set('y', (map.get('y') as number) + 1);
        }, REMOTE);
      }
      const movesMs = performance.now() - started;
      // 9,800 shapes were not touched: their objects are the same ones.
      const after = index.all();
      let same = 0;
      for (let i = 0; i < after.length; i++) if (after[i] === before[i]) same++;
      expect(same).toBe(9_800);
      expect(after).toEqual([...after].sort(compareShapes));
      expect(index.search({ x: 0, y: 0, w: 10, h: 10 })).toEqual(['s0']);

      // Generous bounds (slow CI machines); the point is "not a full rebuild per change".
      expect(buildMs).toBeLessThan(2_000);
      expect(movesMs / 200).toBeLessThan(5);
    });

    it('takes a whole board arriving in one transaction (first sync) in one go', () => {
      const source = bigBoard(10_000);
      const doc = new Y.Doc();
      const index = createShapeIndex(doc);
      const calls = counter(index.subscribe);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
      expect(calls.count).toBe(1);
      expect(index.all()).toEqual(readShapes(doc).shapes);
      expect(index.bounds()).toEqual({ x: 0, y: 0, w: 99 * 250 + 200, h: 99 * 200 + 160 });
    });
  });
});
