// The world rectangle around some cards (revealed ones, an agreed one): what "show" fits the view to.
import { isBoxShape, type Shape, type ShapeId } from '@kyoso/shared';
import type { Rect } from '../sync/session-types';

/** The union of the bounds of those ids that are box shapes on the board, or null when none is. */
export function cardsBounds(ids: readonly ShapeId[], byId: (id: ShapeId) => Shape | undefined): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const id of ids) {
    const shape = byId(id);
    if (!shape || !isBoxShape(shape)) continue;
    left = Math.min(left, shape.x);
    top = Math.min(top, shape.y);
    right = Math.max(right, shape.x + shape.w);
    bottom = Math.max(bottom, shape.y + shape.h);
  }
  return Number.isFinite(left) ? { x: left, y: top, w: right - left, h: bottom - top } : null;
}
