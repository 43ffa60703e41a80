// The facilitator's walk through the board's frames, pure: frames in reading order (rows from
// top to bottom, each row left to right, the way a Japanese or English reader scans a wall of
// posters) and the next or previous one from where the walk is. A template's areas (its lanes and
// columns) are parts of its sheet, not stops of their own: the walk shows the sheet whole.
import { isArea, type Shape, type ShapeId } from '@kyoso/shared';
import type { Rect } from '../../sync/session-types';

export interface WalkFrame extends Rect {
  id: ShapeId;
}

/** Two frames share a row when their vertical spans overlap by at least this share of the shorter. */
const ROW_OVERLAP = 0.5;

function overlapY(a: Rect, b: Rect): number {
  return Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
}

/** The frames the walk stops at, in reading order: every frame but a template's areas. */
export function walkFrames(shapes: readonly Shape[]): WalkFrame[] {
  return readingOrder(
    shapes.flatMap((shape) =>
      shape.type === 'frame' && !isArea(shape)
        ? [{ id: shape.id, x: shape.x, y: shape.y, w: shape.w, h: shape.h }]
        : [],
    ),
  );
}

export function readingOrder<T extends WalkFrame>(frames: readonly T[]): T[] {
  const byTop = [...frames].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));
  const rows: T[][] = [];
  for (const frame of byTop) {
    // A frame joins the first row whose leading frame it sits beside.
    const row = rows.find((candidate) => {
      const lead = candidate[0]!;
      return overlapY(lead, frame) >= ROW_OVERLAP * Math.min(lead.h, frame.h);
    });
    if (row) row.push(frame);
    else rows.push([frame]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x || a.y - b.y));
}

/**
 * The frame to show after `current` in `direction` (1 next, -1 previous), or null at either end.
 * With no current frame (or one that was deleted), "next" starts at the first frame and
 * "previous" at the last.
 */
export function stepFrame<T extends WalkFrame>(
  ordered: readonly T[],
  current: ShapeId | null,
  direction: 1 | -1,
): T | null {
  const index = current === null ? -1 : ordered.findIndex((frame) => frame.id === current);
  if (index < 0) return (direction > 0 ? ordered[0] : ordered[ordered.length - 1]) ?? null;
  return ordered[index + direction] ?? null;
}
