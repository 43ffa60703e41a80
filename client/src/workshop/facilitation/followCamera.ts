// Camera maths for guiding attention, pure: the camera that shows someone else's view on this
// screen (the whole of it, centred, whatever the two screens' shapes), and one smooth step
// towards a goal camera.
import type { Rect } from '../../sync/session-types';
import { clampZoom, type Camera, type Size } from '../../canvas/viewport';

/** The camera that shows all of `view` (world) centred on a screen of `size`. */
export function cameraForView(view: Rect, size: Size): Camera {
  const zoom = clampZoom(Math.min(size.w / Math.max(view.w, 1e-6), size.h / Math.max(view.h, 1e-6)));
  return {
    x: view.x + view.w / 2 - size.w / 2 / zoom,
    y: view.y + view.h / 2 - size.h / 2 / zoom,
    zoom,
  };
}

/** Closer than this on screen (px) and in zoom (ratio) is "there": the animation stops. */
const SNAP_PX = 0.5;
const SNAP_ZOOM = 1e-3;

/**
 * One animation frame from `current` towards `goal`: a fixed share of the remaining way (an
 * ease-out that reaches the goal in a few hundred ms), snapping to the goal once it is close.
 * The zoom moves in log space and the position so that the screen centre glides in a line.
 */
export function approachCamera(current: Camera, goal: Camera, size: Size, share = 0.3): Camera {
  const centre = (camera: Camera) => ({
    x: camera.x + size.w / 2 / camera.zoom,
    y: camera.y + size.h / 2 / camera.zoom,
  });
  const from = centre(current);
  const to = centre(goal);
  const zoomRatio = goal.zoom / current.zoom;
  const close =
    Math.abs(Math.log(zoomRatio)) < SNAP_ZOOM &&
    Math.hypot(to.x - from.x, to.y - from.y) * goal.zoom < SNAP_PX;
  if (close) return goal;
  const zoom = current.zoom * Math.pow(zoomRatio, share);
  const x = from.x + (to.x - from.x) * share;
  const y = from.y + (to.y - from.y) * share;
  return { x: x - size.w / 2 / zoom, y: y - size.h / 2 / zoom, zoom };
}
