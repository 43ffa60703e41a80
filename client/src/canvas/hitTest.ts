// Which shape is under the pointer, pure. The content layer does not listen to events (Konva's
// hit graph would double the drawing cost), so the canvas asks this with spatial-index candidates.
import { isBoxShape, type BoxShape, type FrameShape, type Shape, type ShapeId } from '@kyoso/shared';
import type { Point } from '../sync/session-types';
import { distanceToSegment, type ConnectorLine } from './connectorGeometry';
import { frameTitleRect, type TitleRoom } from './frameTitle';
import { inDrawOrder } from './drawOrder';
import { containsPoint, expandRect } from './rect';

export interface HitOptions {
  zoom: number;
  /** Screen pixels of slack around lines and frame borders. */
  tolerance?: number;
  /** The line a connector is drawn along, or null when an end is not drawn. */
  lineOf: (connectorId: ShapeId) => ConnectorLine | null;
  /** The room a frame's title has among the frames near it (frameTitle.ts): where it is drawn. */
  titleRoom?: (frame: FrameShape) => TitleRoom;
}

function hitsBox(shape: BoxShape, point: Point, slack: number, options: HitOptions): boolean {
  const { zoom } = options;
  if (shape.type === 'frame') {
    // Only a frame's title and border pick the frame: its inside belongs to what it holds,
    // so a marquee can start there.
    if (containsPoint(frameTitleRect(shape, zoom, options.titleRoom?.(shape)), point)) return true;
    const outer = expandRect(shape, slack);
    const inner = expandRect(shape, -slack);
    return containsPoint(outer, point) && !(inner.w > 0 && inner.h > 0 && containsPoint(inner, point));
  }
  if (shape.type === 'ellipse') {
    const rx = shape.w / 2 + slack;
    const ry = shape.h / 2 + slack;
    const dx = point.x - (shape.x + shape.w / 2);
    const dy = point.y - (shape.y + shape.h / 2);
    return (dx * dx) / (rx * rx) + (dy * dy) / (ry * ry) <= 1;
  }
  return containsPoint(shape, point);
}

/**
 * The front-most shape under `point` among `candidates` (given in the board's order), or null:
 * front-most as drawn (drawOrder.ts), so a card wins over a connector that runs under it.
 */
export function hitTest(point: Point, candidates: readonly Shape[], options: HitOptions): ShapeId | null {
  const slack = (options.tolerance ?? 6) / options.zoom;
  const drawn = inDrawOrder(candidates, (shape) => shape.type);
  for (let i = drawn.length - 1; i >= 0; i--) {
    const shape = drawn[i];
    if (!shape) continue;
    if (isBoxShape(shape)) {
      if (hitsBox(shape, point, slack, options)) return shape.id;
      continue;
    }
    const line = options.lineOf(shape.id);
    if (line && distanceToSegment(point, line.start, line.end) <= slack) return shape.id;
  }
  return null;
}

/** The front-most box shape under `point` other than `except`: where a connector may end. */
export function hitBox(
  point: Point,
  candidates: readonly Shape[],
  zoom: number,
  except?: ShapeId,
): ShapeId | null {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const shape = candidates[i];
    if (!shape || !isBoxShape(shape) || shape.id === except) continue;
    if (containsPoint(shape, point)) return shape.id;
    if (shape.type === 'frame' && containsPoint(frameTitleRect(shape, zoom), point)) return shape.id;
  }
  return null;
}
