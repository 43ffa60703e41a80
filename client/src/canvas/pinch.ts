// Two-finger pinch and pan, pure: the world point under the fingers' midpoint when they came down
// stays under their midpoint, and the zoom follows the distance between them (as on every map and
// whiteboard app on a tablet or phone).
import type { Point } from '../sync/session-types';
import { clampZoom, screenToWorld, type Camera } from './viewport';

export interface Pinch {
  /** The world point under the midpoint when the pinch began. */
  anchor: Point;
  /** Distance between the fingers then (screen px), and the zoom then. */
  distance: number;
  zoom: number;
}

const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const distanceOf = (a: Point, b: Point) => Math.max(1, Math.hypot(a.x - b.x, a.y - b.y));

export function startPinch(camera: Camera, a: Point, b: Point): Pinch {
  return { anchor: screenToWorld(camera, midpoint(a, b)), distance: distanceOf(a, b), zoom: camera.zoom };
}

/** The camera for the fingers now at `a` and `b` (screen px). */
export function pinchCamera(pinch: Pinch, a: Point, b: Point): Camera {
  const zoom = clampZoom((pinch.zoom * distanceOf(a, b)) / pinch.distance);
  const mid = midpoint(a, b);
  return { x: pinch.anchor.x - mid.x / zoom, y: pinch.anchor.y - mid.y / zoom, zoom };
}
