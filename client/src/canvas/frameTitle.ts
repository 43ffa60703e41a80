// A frame's title sits just above its box; these numbers are shared by drawing and hit-testing.
import type { Rect } from '../sync/session-types';

/** Title height in screen pixels: the title keeps a readable size at any zoom. */
export const FRAME_TITLE_SCREEN_HEIGHT = 22;
export const FRAME_TITLE_SCREEN_FONT = 13;

/** The title strip above a frame, world units, at the given zoom. */
export const frameTitleRect = (frame: Rect, zoom: number): Rect => {
  const h = FRAME_TITLE_SCREEN_HEIGHT / zoom;
  return { x: frame.x, y: frame.y - h, w: frame.w, h };
};
