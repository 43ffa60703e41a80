// The board's shapes as plain objects (`ShapeIndex`), kept in step with root `shapes`
// incrementally: each transaction re-reads only the shapes whose maps or texts changed, so a
// shape that did not change keeps its object, and the z-ordered array and the spatial index are
// updated in O(changed) (plus one array copy when something changed).
//
// What is in it is exactly what `readShapes(doc).shapes` holds: malformed shapes (readShape
// problems) and connectors whose ends are missing or not boxes are left out.
import RBush from 'rbush';
import type * as Y from 'yjs';
import {
  compareShapes,
  isBoxShape,
  readShape,
  shapesMap,
  type BoxShape,
  type ConnectorShape,
  type Shape,
  type ShapeId,
} from '@kyoso/shared';
import { bboxToRect, boxBounds, connectorBounds, rectToBBox, sameBBox, type BBox } from './bounds';
import type { Rect, ShapeIndex } from './session-types';
import { Listeners } from './store';

export interface LiveShapeIndex extends ShapeIndex {
  /**
   * Shows `shapes` (the server's plain copy of the board) until the document first changes its
   * shapes, then what the document holds: a page draws a large board before its document has
   * synced. Ignored once the document holds any shape. Returns whether the preview is shown.
   */
  preview(shapes: readonly Shape[]): boolean;
  /** Shows what the document holds from now on, preview or not (once it has synced). */
  endPreview(): void;
  /** Stops following the document and drops every listener. */
  destroy(): void;
}

interface Item extends BBox {
  id: ShapeId;
}

/** Shapes are flat objects of primitives: equal fields mean the same shape. */
function sameShape(a: Shape, b: Shape): boolean {
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.is(left[key], right[key]));
}

/** Merges two arrays sorted by `compareShapes`. */
function mergeSorted(a: readonly Shape[], b: readonly Shape[]): Shape[] {
  const out: Shape[] = new Array<Shape>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as Shape;
    const right = b[j] as Shape;
    if (compareShapes(left, right) <= 0) {
      out[k++] = left;
      i++;
    } else {
      out[k++] = right;
      j++;
    }
  }
  while (i < a.length) out[k++] = a[i++] as Shape;
  while (j < b.length) out[k++] = b[j++] as Shape;
  return out;
}

/**
 * Connectors are in the spatial index by the box between their ends' centres and their label
 * (see `connectorBounds`), so `search` finds a connector that crosses the rectangle between them.
 */
export function createShapeIndex(doc: Y.Doc): LiveShapeIndex {
  const root = shapesMap(doc);
  /** Every readable shape, orphan connectors included. */
  const valid = new Map<string, Shape>();
  /** What `all()` holds. */
  const visible = new Map<string, Shape>();
  /** The spatial index's item of each visible shape. */
  const items = new Map<string, Item>();
  /** Shape id -> the valid connectors that name it as an end (whether or not it exists). */
  const connectorsOf = new Map<string, Set<ShapeId>>();
  const tree = new RBush<Item>();
  const listeners = new Listeners();
  let order: readonly Shape[] = [];
  let positions: Map<string, number> | null = null;
  let cachedBounds: Rect | null | undefined;

  const link = (connector: ConnectorShape) => {
    for (const end of [connector.from, connector.to]) {
      let set = connectorsOf.get(end);
      if (!set) connectorsOf.set(end, (set = new Set()));
      set.add(connector.id);
    }
  };
  const unlink = (connector: ConnectorShape) => {
    for (const end of [connector.from, connector.to]) {
      const set = connectorsOf.get(end);
      set?.delete(connector.id);
      if (set?.size === 0) connectorsOf.delete(end);
    }
  };
  const boxOf = (id: ShapeId): BoxShape | undefined => {
    const shape = valid.get(id);
    return shape && isBoxShape(shape) ? shape : undefined;
  };
  const isVisible = (shape: Shape): boolean =>
    shape.type !== 'connector' || (boxOf(shape.from) !== undefined && boxOf(shape.to) !== undefined);
  const itemOf = (shape: Shape): Item => {
    const box =
      shape.type === 'connector'
        ? connectorBounds(shape, boxOf(shape.from) as BoxShape, boxOf(shape.to) as BoxShape)
        : boxBounds(shape);
    return { ...box, id: shape.id };
  };
  const positionsOf = (): Map<string, number> => {
    if (!positions) {
      positions = new Map();
      order.forEach((shape, i) => positions?.set(shape.id, i));
    }
    return positions;
  };

  /** A whole build: one pass, one bulk load, one sort. */
  const build = (shapes: Iterable<Shape>) => {
    valid.clear();
    visible.clear();
    items.clear();
    connectorsOf.clear();
    tree.clear();
    for (const shape of shapes) {
      valid.set(shape.id, shape);
      if (shape.type === 'connector') link(shape);
    }
    for (const shape of valid.values()) {
      if (!isVisible(shape)) continue;
      visible.set(shape.id, shape);
      items.set(shape.id, itemOf(shape));
    }
    tree.load([...items.values()]);
    order = [...visible.values()].sort(compareShapes);
    positions = null;
    cachedBounds = undefined;
  };
  function* readAll(): Iterable<Shape> {
    for (const [key, value] of root.entries()) {
      const result = readShape(key, value);
      if (result.ok) yield result.shape;
    }
  }
  build(readAll());
  /** Showing the server's plain copy until the document's own shapes arrive. */
  let previewing = false;

  /** Re-reads the shapes under `dirty` keys; returns whether anything observable changed. */
  function apply(dirty: ReadonlySet<string>): boolean {
    const affected = new Set<string>();
    for (const id of dirty) {
      const before = valid.get(id);
      const result = readShape(id, root.get(id));
      let after = result.ok ? result.shape : undefined;
      if (before && after && sameShape(before, after)) after = before;
      if (after === before) continue;
      if (before?.type === 'connector') unlink(before);
      if (after) {
        valid.set(id, after);
        if (after.type === 'connector') link(after);
      } else valid.delete(id);
      affected.add(id);
      // Connectors to this shape may appear, disappear or move with it.
      const connectors = connectorsOf.get(id);
      if (connectors) for (const connector of connectors) affected.add(connector);
    }
    if (affected.size === 0) return false;

    let spatialChanged = false;
    const removals: Item[] = [];
    const inserts: Item[] = [];
    const replaced: Shape[] = [];
    const entering: Shape[] = [];
    const leaving = new Set<string>();
    for (const id of affected) {
      const before = visible.get(id);
      const candidate = valid.get(id);
      const after = candidate && isVisible(candidate) ? candidate : undefined;

      const oldItem = items.get(id);
      const newItem = after ? itemOf(after) : undefined;
      if (!sameBBox(oldItem, newItem)) {
        spatialChanged = true;
        if (oldItem) removals.push(oldItem);
        if (newItem) {
          items.set(id, newItem);
          inserts.push(newItem);
        } else items.delete(id);
      }

      if (before === after) continue;
      if (after) visible.set(id, after);
      else visible.delete(id);
      if (before && after && before.index === after.index) replaced.push(after);
      else {
        if (before) leaving.add(id);
        if (after) entering.push(after);
      }
    }

    if (spatialChanged) {
      if (inserts.length > 64 && inserts.length * 2 >= items.size) {
        // Most of the board is new (first sync, offline load): a bulk load builds a better tree.
        tree.clear();
        tree.load([...items.values()]);
      } else {
        for (const item of removals) tree.remove(item);
        for (const item of inserts) tree.insert(item);
      }
      cachedBounds = undefined;
    }

    const arrayChanged = replaced.length > 0 || leaving.size > 0 || entering.length > 0;
    if (leaving.size === 0 && entering.length === 0) {
      if (replaced.length > 0) {
        const at = positionsOf();
        const next = order.slice();
        for (const shape of replaced) next[at.get(shape.id) as number] = shape;
        order = next;
      }
    } else {
      const kept: Shape[] = [];
      for (const shape of order) if (!leaving.has(shape.id)) kept.push(visible.get(shape.id) as Shape);
      order = mergeSorted(kept, entering.sort(compareShapes));
      positions = null;
    }
    return arrayChanged || spatialChanged;
  }

  const endPreview = () => {
    if (!previewing) return;
    previewing = false;
    build(readAll());
    listeners.notify();
  };
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    // The document's shapes are here (the first sync, or the offline copy): they replace the
    // preview whole, whatever changed since the copy was made.
    if (previewing) return endPreview();
    const dirty = new Set<string>();
    for (const event of events) {
      if (event.target === root) {
        for (const key of (event as Y.YMapEvent<unknown>).keysChanged) dirty.add(key);
      } else {
        const key = event.path[0];
        if (typeof key === 'string') dirty.add(key);
      }
    }
    if (apply(dirty)) listeners.notify();
  };
  root.observeDeep(observer);

  const all = () => order;
  return {
    get: all,
    all,
    subscribe: (listener) => listeners.add(listener),
    byId: (id) => visible.get(id),
    search(rect) {
      const found = tree.search(rectToBBox(rect));
      if (found.length === 0) return [];
      const at = positionsOf();
      return found.map((item) => item.id).sort((a, b) => (at.get(a) as number) - (at.get(b) as number));
    },
    bounds() {
      if (cachedBounds === undefined) {
        // rbush keeps its root's box exact on insert and remove: the union of everything.
        cachedBounds = items.size === 0 ? null : bboxToRect(tree.toJSON() as BBox);
      }
      return cachedBounds;
    },
    preview(shapes) {
      if (previewing || root.size > 0 || shapes.length === 0) return false;
      previewing = true;
      build(shapes);
      listeners.notify();
      return true;
    },
    endPreview,
    destroy() {
      root.unobserveDeep(observer);
      listeners.clear();
    },
  };
}
