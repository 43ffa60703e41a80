// Selection rules, pure: click, shift-click and marquee.
import { isBoxShape, type Shape, type ShapeId } from '@kyoso/shared';
import type { Rect } from '../sync/session-types';
import { containsRect } from './rect';

/** Selection as the pointer goes down on `hit` (null: empty canvas). A selected shape stays
 * selected with its companions so that they can be dragged together. */
export function selectOnPointerDown(
  selection: readonly ShapeId[],
  hit: ShapeId | null,
  shift: boolean,
): readonly ShapeId[] {
  if (hit === null) return shift ? selection : [];
  if (selection.includes(hit)) return selection;
  return shift ? [...selection, hit] : [hit];
}

/** Selection after a click (the pointer went down and up without dragging) on `hit`, which
 * was already selected before the press: shift removes it, a plain click selects it alone. */
export function selectOnClickUp(
  selection: readonly ShapeId[],
  hit: ShapeId,
  shift: boolean,
): readonly ShapeId[] {
  if (shift) return selection.filter((id) => id !== hit);
  return [hit];
}

/** Shapes a marquee takes: boxes entirely inside it, and connectors whose both ends it takes. */
export function marqueeSelection(
  rect: Rect,
  candidates: readonly Shape[],
  base: readonly ShapeId[],
  additive: boolean,
): readonly ShapeId[] {
  const boxes = new Set<ShapeId>();
  for (const shape of candidates) if (isBoxShape(shape) && containsRect(rect, shape)) boxes.add(shape.id);
  const picked = new Set<ShapeId>(boxes);
  for (const shape of candidates)
    if (shape.type === 'connector' && boxes.has(shape.from) && boxes.has(shape.to)) picked.add(shape.id);
  if (!additive) return [...picked];
  const out = [...base];
  for (const id of picked) if (!base.includes(id)) out.push(id);
  return out;
}

export const sameIds = (a: readonly ShapeId[], b: readonly ShapeId[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);
