// Camera math, pure: the camera is the world point at the screen's top-left corner plus a zoom
// factor (screen px per world unit). Everything the canvas draws or hit-tests goes through here.
import type { Point, Rect } from '../sync/session-types';

export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

export interface Size {
  w: number;
  h: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 4;
/** Where the zoom buttons stop; wheel and pinch zoom continuously between the clamps. */
export const ZOOM_STEPS: readonly number[] = [0.02, 0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];

export const INITIAL_CAMERA: Camera = { x: -80, y: -80, zoom: 1 };

export const clampZoom = (zoom: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

export const screenToWorld = (camera: Camera, point: Point): Point => ({
  x: camera.x + point.x / camera.zoom,
  y: camera.y + point.y / camera.zoom,
});

export const worldToScreen = (camera: Camera, point: Point): Point => ({
  x: (point.x - camera.x) * camera.zoom,
  y: (point.y - camera.y) * camera.zoom,
});

/** The world rectangle the screen shows. */
export const visibleRect = (camera: Camera, size: Size): Rect => ({
  x: camera.x,
  y: camera.y,
  w: size.w / camera.zoom,
  h: size.h / camera.zoom,
});

/** Moves the view by a distance in screen pixels (content follows the pointer). */
export const panBy = (camera: Camera, dx: number, dy: number): Camera => ({
  x: camera.x - dx / camera.zoom,
  y: camera.y - dy / camera.zoom,
  zoom: camera.zoom,
});

/** Zooms to `zoom` (clamped) keeping the world point under `anchor` (screen px) where it is. */
export function zoomAt(camera: Camera, anchor: Point, zoom: number): Camera {
  const next = clampZoom(zoom);
  const world = screenToWorld(camera, anchor);
  return { x: world.x - anchor.x / next, y: world.y - anchor.y / next, zoom: next };
}

/** The next zoom step above (direction 1) or below (-1) the current zoom. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const epsilon = 1e-6;
  if (direction > 0) return ZOOM_STEPS.find((step) => step > zoom + epsilon) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((step) => step < zoom - epsilon) ?? MIN_ZOOM;
}

/** The most one wheel event counts for, in pixels of delta: e^(0.18) ≈ ×1.2 a notch. */
const WHEEL_NOTCH_CAP = 18;

/** Zoom factor for one wheel event with ctrl/⌘ held (also how browsers report pinch). */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  // Pinch sends small deltas, a mouse wheel notch ~100: cap so one notch is a gentle step
  // (×1.2, as in other whiteboards), not a jump past what the person was looking at.
  const bounded = Math.max(-WHEEL_NOTCH_CAP, Math.min(WHEEL_NOTCH_CAP, pixels));
  return Math.exp(-bounded * 0.01);
}

/** Wheel delta in screen pixels, whatever unit the browser reported it in. */
export function wheelPanDelta(deltaX: number, deltaY: number, deltaMode: number, shift: boolean): Point {
  const unit = deltaMode === 1 ? 16 : deltaMode === 2 ? 400 : 1;
  // A plain mouse wheel with shift scrolls sideways, as in every other canvas app.
  return shift && deltaX === 0 ? { x: deltaY * unit, y: 0 } : { x: deltaX * unit, y: deltaY * unit };
}

/** The camera that shows `point` (world) at the centre of the screen. */
export const centerOn = (camera: Camera, point: Point, size: Size): Camera => ({
  x: point.x - size.w / 2 / camera.zoom,
  y: point.y - size.h / 2 / camera.zoom,
  zoom: camera.zoom,
});

/** The camera that shows all of `bounds` with `padding` screen px around it, never above 100%. */
export function fitBounds(bounds: Rect, size: Size, padding = 64): Camera {
  const availableW = Math.max(1, size.w - 2 * padding);
  const availableH = Math.max(1, size.h - 2 * padding);
  const zoom = clampZoom(Math.min(1, availableW / Math.max(bounds.w, 1), availableH / Math.max(bounds.h, 1)));
  return centerOn({ x: 0, y: 0, zoom }, { x: bounds.x + bounds.w / 2, y: bounds.y + bounds.h / 2 }, size);
}

export interface Insets {
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
}

/** What the top and bottom insets together may take of a tall canvas: all but this much. */
const KEPT_HEIGHT_PX = 200;

/**
 * The camera that fits `bounds` into the part of the canvas that panels and bars leave free:
 * fitted into the smaller view, then shifted past what covers the left and top (each side's
 * inset is capped so that some view always remains: the top at two fifths of the height, top and
 * bottom together at two fifths or all but 200 px, whichever is more, so that a phone's low
 * sheet over the lower part of the board is not overlooked).
 */
export function fitBeside(bounds: Rect, size: Size, insets: Insets): Camera {
  const clamp = (value: number | undefined, limit: number) => Math.min(Math.max(0, value ?? 0), limit);
  const left = clamp(insets.left, size.w * 0.6);
  const right = clamp(insets.right, size.w * 0.6 - left);
  const top = clamp(insets.top, size.h * 0.4);
  const bottom = clamp(insets.bottom, Math.max(size.h * 0.4, size.h - KEPT_HEIGHT_PX) - top);
  const camera = fitBounds(bounds, { w: size.w - left - right, h: size.h - top - bottom });
  return { ...camera, x: camera.x - left / camera.zoom, y: camera.y - top / camera.zoom };
}

export const sameCamera = (a: Camera, b: Camera): boolean => a.x === b.x && a.y === b.y && a.zoom === b.zoom;
