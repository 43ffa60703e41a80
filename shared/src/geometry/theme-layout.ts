// Where "group by theme" puts things, pure: one frame per theme in a row, left to right, each
// holding its cards as a tidy grid under the frame's title. The caller chooses where the row
// starts (free space near the cards, `nearestFree`).
import { GRID_GAP, gridColumns, type ArrangeBox, type Place } from './arrange-layout.js';

/** Room inside a frame around its cards, and above them for the frame's title. */
export const THEME_FRAME = { pad: 40, title: 40, gap: 80 } as const;

export interface ThemeFrame {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ThemeLayout {
  /** One per group, in the order given. */
  frames: ThemeFrame[];
  /** Every card's new top-left. */
  places: Place[];
  /** The whole row, for finding free space for it. */
  size: { w: number; h: number };
}

/** The row of frames for `groups` (each a list of cards, in reading order), starting at `at`. */
export function themeLayout(
  groups: readonly (readonly ArrangeBox[])[],
  at: { x: number; y: number },
): ThemeLayout {
  const frames: ThemeFrame[] = [];
  const places: Place[] = [];
  let x = at.x;
  let height = 0;
  for (const boxes of groups) {
    const columns = gridColumns(boxes.length);
    const rows = Math.ceil(boxes.length / columns);
    const cellW = Math.max(0, ...boxes.map((b) => b.w)) + GRID_GAP;
    const cellH = Math.max(0, ...boxes.map((b) => b.h)) + GRID_GAP;
    const left = x + THEME_FRAME.pad;
    const top = at.y + THEME_FRAME.pad + THEME_FRAME.title;
    boxes.forEach((box, i) =>
      places.push({ id: box.id, x: left + (i % columns) * cellW, y: top + Math.floor(i / columns) * cellH }),
    );
    const w = 2 * THEME_FRAME.pad + columns * cellW - GRID_GAP;
    const h = 2 * THEME_FRAME.pad + THEME_FRAME.title + rows * cellH - GRID_GAP;
    frames.push({ x, y: at.y, w, h });
    height = Math.max(height, h);
    x += w + THEME_FRAME.gap;
  }
  return { frames, places, size: { w: Math.max(0, x - THEME_FRAME.gap - at.x), h: height } };
}
