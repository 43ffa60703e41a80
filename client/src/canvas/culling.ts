// Which part of the board the content layer holds nodes for, pure. The region is the view plus a
// margin, so panning inside it costs no React work; it is recomputed once the view leaves it or
// becomes much smaller than it (zoomed in).
import type { Rect } from '../sync/session-types';
import { containsRect, expandRect } from './rect';

/** Margin on each side, as a fraction of the view's size. */
export const CULL_MARGIN = 0.25;
/** Above this many shapes in the region, draw them coarsely in one node (text is unreadable then). */
export const COARSE_LIMIT = 1500;
/** Below this zoom a card's text is a few pixels high: draw the shapes coarsely, whatever their number. */
export const COARSE_BELOW_ZOOM = 0.2;
/** Text smaller than this on screen is drawn as grey lines. */
export const MIN_TEXT_SCREEN_PX = 4;

export function cullRegion(view: Rect): Rect {
  return expandRect({ ...view }, Math.max(view.w, view.h) * CULL_MARGIN);
}

export function needsRecull(region: Rect | null, view: Rect): boolean {
  if (!region) return true;
  if (!containsRect(region, view)) return true;
  return region.w > view.w * (1 + 2 * CULL_MARGIN) * 2.5;
}
