// Minimap mapping, pure: the board (and the current view) scaled into a small box.
import type { Point, Rect } from '../sync/session-types';
import { expandRect, unionRect } from './rect';
import type { Size } from './viewport';

export interface MinimapTransform {
  scale: number;
  /** Minimap pixel of world (0, 0). */
  offsetX: number;
  offsetY: number;
}

/** Fits the union of the board and the view into the minimap, centred, with a margin. */
export function minimapTransform(board: Rect | null, view: Rect, size: Size, margin = 8): MinimapTransform {
  const world = unionRect(board ? expandRect(board, Math.max(board.w, board.h) * 0.05) : null, view) ?? view;
  const scale = Math.min(
    (size.w - 2 * margin) / Math.max(world.w, 1),
    (size.h - 2 * margin) / Math.max(world.h, 1),
  );
  return {
    scale,
    offsetX: (size.w - world.w * scale) / 2 - world.x * scale,
    offsetY: (size.h - world.h * scale) / 2 - world.y * scale,
  };
}

export const toMinimap = (t: MinimapTransform, p: Point): Point => ({
  x: p.x * t.scale + t.offsetX,
  y: p.y * t.scale + t.offsetY,
});

export const fromMinimap = (t: MinimapTransform, p: Point): Point => ({
  x: (p.x - t.offsetX) / t.scale,
  y: (p.y - t.offsetY) / t.scale,
});

export const sameTransform = (a: MinimapTransform, b: MinimapTransform): boolean =>
  a.scale === b.scale && a.offsetX === b.offsetX && a.offsetY === b.offsetY;
