// Where a shape is, as an axis-aligned box, for the spatial index and `bounds()`.
import type { BoxShape, ConnectorShape } from '@kyoso/shared';
import type { Rect } from './session-types';

/** rbush's box format: inclusive edges in world coordinates. */
export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** A rectangle as a box; a negative width or height extends left or up. */
export function rectToBBox(rect: Rect): BBox {
  const x2 = rect.x + rect.w;
  const y2 = rect.y + rect.h;
  return {
    minX: Math.min(rect.x, x2),
    minY: Math.min(rect.y, y2),
    maxX: Math.max(rect.x, x2),
    maxY: Math.max(rect.y, y2),
  };
}

export const bboxToRect = (box: BBox): Rect => ({
  x: box.minX,
  y: box.minY,
  w: box.maxX - box.minX,
  h: box.maxY - box.minY,
});

export const boxBounds = (shape: BoxShape): BBox => ({
  minX: shape.x,
  minY: shape.y,
  maxX: shape.x + shape.w,
  maxY: shape.y + shape.h,
});

/**
 * A connector's box: it is drawn from one end's box to the other's, so it lies between their
 * centres; its label sits at the midpoint plus the connector's (x, y) offset, and is included.
 */
export function connectorBounds(connector: ConnectorShape, from: BoxShape, to: BoxShape): BBox {
  const ax = from.x + from.w / 2;
  const ay = from.y + from.h / 2;
  const bx = to.x + to.w / 2;
  const by = to.y + to.h / 2;
  const lx = (ax + bx) / 2 + connector.x;
  const ly = (ay + by) / 2 + connector.y;
  return {
    minX: Math.min(ax, bx, lx),
    minY: Math.min(ay, by, ly),
    maxX: Math.max(ax, bx, lx),
    maxY: Math.max(ay, by, ly),
  };
}

/** Inclusive: boxes that only touch at an edge intersect (as in rbush). */
export const intersects = (a: BBox, b: BBox): boolean =>
  a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY;

export const sameBBox = (a: BBox | undefined, b: BBox | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.minX === b.minX &&
    a.minY === b.minY &&
    a.maxX === b.maxX &&
    a.maxY === b.maxY);
