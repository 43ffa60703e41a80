// A frame's title keeps a readable screen size at any zoom, so far out it needs more of the board
// than the layout gave it. It sits above the frame while there is room there (below the edge of
// the frame around it, or of the one above it); else at the top inside the frame, when no frame
// inside claims that room; else on the frame's top edge, on a label of its own. Nested titles (a
// company's lane, its areas) then never run into each other at "zoom to fit" on a phone. These
// numbers are shared by drawing and hit-testing.
import type { Rect } from '../sync/session-types';

/** Title height in screen pixels: the title keeps a readable size at any zoom. */
export const FRAME_TITLE_SCREEN_HEIGHT = 22;
export const FRAME_TITLE_SCREEN_FONT = 13;
/** The least room (screen pixels) a title's line of text needs. */
export const FRAME_TITLE_SCREEN_LINE = 16;

/** World units free above a frame's top edge and below it, for its title. */
export interface TitleRoom {
  above: number;
  inside: number;
}

/** A frame alone: room everywhere, its title above it. */
export const OPEN_ROOM: TitleRoom = { above: Infinity, inside: Infinity };

export type TitlePlace = 'above' | 'inside' | 'edge';

/** The room for `frame`'s title among `frames` (it may be one of them). */
export function titleRoom(frame: Rect, frames: Iterable<Rect>): TitleRoom {
  let above = Infinity;
  let inside = frame.h;
  for (const other of frames) {
    if (other === frame || other.x >= frame.x + frame.w || other.x + other.w <= frame.x) continue;
    const bottom = other.y + other.h;
    if (bottom <= frame.y) above = Math.min(above, frame.y - bottom);
    // Around the frame's top edge: up to its own top edge (its title is above that).
    else if (other.y < frame.y) above = Math.min(above, frame.y - other.y);
    // A frame inside, whose own title may want the same gap: half of it each.
    else if (other.y < frame.y + frame.h) inside = Math.min(inside, (other.y - frame.y) / 2);
  }
  return { above, inside };
}

/** Where the title goes at `zoom`, and its strip (world units; the edge's label is narrower). */
export function titleStrip(
  frame: Rect,
  zoom: number,
  room: TitleRoom = OPEN_ROOM,
): Rect & { place: TitlePlace } {
  const line = FRAME_TITLE_SCREEN_LINE / zoom;
  const strip = FRAME_TITLE_SCREEN_HEIGHT / zoom;
  const { x, w } = frame;
  if (room.above >= line) {
    const h = Math.min(strip, room.above);
    return { x, y: frame.y - h, w, h, place: 'above' };
  }
  if (room.inside >= line) return { x, y: frame.y, w, h: Math.min(strip, room.inside), place: 'inside' };
  return { x, y: frame.y - line / 2, w, h: line, place: 'edge' };
}

/** The title strip of a frame at the given zoom, world units (above it, with room around it). */
export const frameTitleRect = (frame: Rect, zoom: number, room: TitleRoom = OPEN_ROOM): Rect => {
  const { x, y, w, h } = titleStrip(frame, zoom, room);
  return { x, y, w, h };
};
