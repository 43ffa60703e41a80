// Hit-testing against the live board: candidates from the spatial index, then exact tests.
import { isBoxShape, type FrameShape, type Shape, type ShapeId } from '@kyoso/shared';
import type { Point, ShapeIndex } from '../sync/session-types';
import { connectorLine } from './connectorGeometry';
import { outlineOf } from './ConnectorView';
import { FRAME_TITLE_SCREEN_HEIGHT, titleRoom, type TitleRoom } from './frameTitle';
import { hitBox, hitTest } from './hitTest';

const TOLERANCE_PX = 6;

function candidatesAt(shapes: ShapeIndex, point: Point, zoom: number): Shape[] {
  const slack = TOLERANCE_PX / zoom;
  // Reach down by a title's height: a frame's title sits above its box.
  const ids = shapes.search({
    x: point.x - slack,
    y: point.y - slack,
    w: 2 * slack,
    h: 2 * slack + FRAME_TITLE_SCREEN_HEIGHT / zoom,
  });
  return ids.flatMap((id) => {
    const shape = shapes.byId(id);
    return shape ? [shape] : [];
  });
}

/**
 * The room for a frame's title among the frames near enough to change where it goes at `zoom`
 * (within a title's height above it, and twice that inside).
 */
export function titleRoomAt(shapes: ShapeIndex, frame: FrameShape, zoom: number): TitleRoom {
  const reach = FRAME_TITLE_SCREEN_HEIGHT / zoom;
  const near = shapes
    .search({ x: frame.x, y: frame.y - reach, w: frame.w, h: reach + Math.min(frame.h, 2 * reach) })
    .flatMap((id) => {
      const shape = shapes.byId(id);
      return shape?.type === 'frame' && shape.id !== frame.id ? [shape] : [];
    });
  return titleRoom(frame, near);
}

/** The front-most shape under the pointer (connectors and frame titles included). */
export function shapeAt(shapes: ShapeIndex, point: Point, zoom: number): ShapeId | null {
  return hitTest(point, candidatesAt(shapes, point, zoom), {
    zoom,
    tolerance: TOLERANCE_PX,
    titleRoom: (frame) => titleRoomAt(shapes, frame, zoom),
    lineOf: (id) => {
      const connector = shapes.byId(id);
      if (!connector || connector.type !== 'connector') return null;
      const from = shapes.byId(connector.from);
      const to = shapes.byId(connector.to);
      if (!from || !to || !isBoxShape(from) || !isBoxShape(to)) return null;
      return connectorLine(from, outlineOf(from), to, outlineOf(to));
    },
  });
}

/** The front-most box under the pointer other than `except`: a connector's possible end. */
export function boxAt(shapes: ShapeIndex, point: Point, zoom: number, except?: ShapeId): ShapeId | null {
  return hitBox(point, candidatesAt(shapes, point, zoom), zoom, except);
}
