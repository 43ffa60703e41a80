// The world rectangle around some cards (revealed ones, an agreed one): what "show" fits the view to.
import { isBoxShape, type Shape, type ShapeId } from '@kyoso/shared';
import { fitBounds, type Camera, type Size } from '../../canvas/viewport';
import type { Rect } from '../../sync/session-types';

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

/**
 * The camera that fits `bounds` into the part of the canvas a side panel leaves free: fitted
 * into the narrower view, then shifted past the panel on the left (or stopping short of one on
 * the right).
 */
export function fitBeside(bounds: Rect, size: Size, insets: { left?: number; right?: number }): Camera {
  const limit = size.w * 0.6;
  const left = Math.min(Math.max(0, insets.left ?? 0), limit);
  const right = Math.min(Math.max(0, insets.right ?? 0), limit - left);
  const camera = fitBounds(bounds, { w: size.w - left - right, h: size.h });
  return { ...camera, x: camera.x - left / camera.zoom };
}
