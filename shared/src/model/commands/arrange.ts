// Where shapes are and how they stack: move (frames carry their children), resize, z-order.
import type * as Y from 'yjs';
import type { ShapeId } from '../../ids.js';
import { compareShapes, isBoxShape, type BoxShape, type Shape } from '../shape.js';
import {
  allShapes,
  assertArgs,
  CommandError,
  coordinate,
  delta,
  indicesAtEnd,
  requireBox,
  requireShape,
  shapeId,
  shapeIdList,
  size,
  type StoredShape,
} from './guards.js';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** True when `inner` lies entirely inside `outer` (edges may touch). */
export const boxContains = (outer: Box, inner: Box): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;

/** A frame's children: the other box shapes lying inside it. Not stored, so never out of date. */
export function childrenOfFrame(frame: BoxShape, shapes: readonly Shape[]): ShapeId[] {
  return shapes
    .filter((shape) => shape.id !== frame.id && isBoxShape(shape) && boxContains(frame, shape))
    .map((shape) => shape.id);
}

export function shapesInFrame(doc: Y.Doc, frameId: ShapeId): ShapeId[] {
  const { shape: frame } = requireBox(doc, frameId);
  if (frame.type !== 'frame') throw new CommandError(`shape ${frameId} is not a frame`);
  return childrenOfFrame(
    frame,
    allShapes(doc).map((stored) => stored.shape),
  );
}

/** The given shapes plus the children of any frame among them (frames carry their content). */
export function withFrameChildren(ids: readonly ShapeId[], all: readonly StoredShape[]): Set<ShapeId> {
  const shapes = all.map((stored) => stored.shape);
  const byId = new Map(shapes.map((shape) => [shape.id, shape]));
  const out = new Set<ShapeId>();
  for (const id of ids) {
    const shape = byId.get(id);
    if (shape === undefined) throw new CommandError(`unknown or malformed shape ${id}`);
    out.add(id);
    if (shape.type === 'frame') for (const child of childrenOfFrame(shape, shapes)) out.add(child);
  }
  return out;
}

export interface MoveShapesArgs {
  ids: readonly ShapeId[];
  dx: number;
  dy: number;
}

/** Moves shapes by (dx, dy); frames bring their children. Connectors follow their ends and are
 * not moved themselves. Returns the ids of the shapes moved. */
export function moveShapes(doc: Y.Doc, args: MoveShapesArgs, origin: unknown): ShapeId[] {
  assertArgs(args);
  const ids = shapeIdList(args.ids);
  const dx = delta('dx', args.dx);
  const dy = delta('dy', args.dy);
  const all = allShapes(doc);
  const targets = withFrameChildren(ids, all);
  const moves = all
    .filter(({ shape }) => targets.has(shape.id) && shape.type !== 'connector')
    .map(({ shape, map }) => ({
      map,
      id: shape.id,
      x: coordinate(`x of ${shape.id} after the move`, shape.x + dx),
      y: coordinate(`y of ${shape.id} after the move`, shape.y + dy),
    }));
  doc.transact(() => {
    for (const { map, x, y } of moves) {
      map.set('x', x);
      map.set('y', y);
    }
  }, origin);
  return moves.map((move) => move.id);
}

export interface PlaceShapesArgs {
  places: ReadonlyArray<{ id: ShapeId; x: number; y: number }>;
}

/**
 * Moves each listed box shape to its own place in one step (aligning, spacing, tidying a
 * selection); a frame brings its children by the same distance, unless they have places of
 * their own. Returns the ids of the shapes moved.
 */
export function placeShapes(doc: Y.Doc, args: PlaceShapesArgs, origin: unknown): ShapeId[] {
  assertArgs(args);
  if (!Array.isArray(args.places)) throw new CommandError('places must be a list');
  const places = new Map<ShapeId, { x: number; y: number }>();
  for (const place of args.places as unknown[]) {
    assertArgs(place);
    const { id, x, y } = place as { id: unknown; x: unknown; y: unknown };
    places.set(shapeId('id', id), { x: coordinate('x', x), y: coordinate('y', y) });
  }
  const all = allShapes(doc);
  const byId = new Map(all.map((stored) => [stored.shape.id, stored]));
  const moves = new Map<ShapeId, { map: StoredShape['map']; x: number; y: number }>();
  for (const [id, place] of places) {
    const stored = byId.get(id);
    if (!stored || !isBoxShape(stored.shape)) throw new CommandError(`unknown or malformed shape ${id}`);
    const { shape } = stored;
    moves.set(id, { map: stored.map, ...place });
    if (shape.type !== 'frame') continue;
    const dx = place.x - shape.x;
    const dy = place.y - shape.y;
    for (const child of childrenOfFrame(
      shape,
      all.map((s) => s.shape),
    )) {
      const inner = byId.get(child);
      if (!inner || places.has(child) || moves.has(child) || !isBoxShape(inner.shape)) continue;
      moves.set(child, {
        map: inner.map,
        x: coordinate(`x of ${child} after the move`, inner.shape.x + dx),
        y: coordinate(`y of ${child} after the move`, inner.shape.y + dy),
      });
    }
  }
  doc.transact(() => {
    for (const { map, x, y } of moves.values()) {
      if (map.get('x') !== x) map.set('x', x);
      if (map.get('y') !== y) map.set('y', y);
    }
  }, origin);
  return [...moves.keys()];
}

export interface SetShapeBoundsArgs {
  id: ShapeId;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Sets a box shape's position and size (resize). A frame's children stay where they are. */
export function setShapeBounds(doc: Y.Doc, args: SetShapeBoundsArgs, origin: unknown): void {
  assertArgs(args);
  const { map } = requireBox(doc, shapeId('id', args.id));
  const bounds = {
    x: coordinate('x', args.x),
    y: coordinate('y', args.y),
    w: size('w', args.w),
    h: size('h', args.h),
  };
  doc.transact(() => {
    for (const [key, value] of Object.entries(bounds)) map.set(key, value);
  }, origin);
}

export interface ReorderArgs {
  ids: readonly ShapeId[];
}

/** Gives the shapes new indices above (or below) every other shape, keeping their own order. */
function reorder(doc: Y.Doc, args: ReorderArgs, origin: unknown, end: 'top' | 'bottom'): void {
  assertArgs(args);
  const selected = shapeIdList(args.ids)
    .map((id) => requireShape(doc, id))
    .sort((a, b) => compareShapes(a.shape, b.shape));
  if (selected.length === 0) return;
  const indices = indicesAtEnd(doc, end, selected.length, new Set(selected.map(({ shape }) => shape.id)));
  doc.transact(() => selected.forEach(({ map }, i) => map.set('index', indices[i])), origin);
}

export const bringToFront = (doc: Y.Doc, args: ReorderArgs, origin: unknown): void =>
  reorder(doc, args, origin, 'top');
export const sendToBack = (doc: Y.Doc, args: ReorderArgs, origin: unknown): void =>
  reorder(doc, args, origin, 'bottom');
