// Where a ghost link runs: from the edge of one card's box to the edge of the other's, along the
// line between their centres, so it never crosses the cards' text.
import type { Point, Rect } from '../../sync/session-types';

function edgePoint(box: Rect, toward: Point): Point {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : box.w / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.h / 2 / Math.abs(dy),
  );
  return { x: cx + dx * Math.min(1, scale), y: cy + dy * Math.min(1, scale) };
}

/** [x1, y1, x2, y2] for a Konva Line. */
export function ghostLinePoints(from: Rect, to: Rect): [number, number, number, number] {
  const a = edgePoint(from, { x: to.x + to.w / 2, y: to.y + to.h / 2 });
  const b = edgePoint(to, { x: from.x + from.w / 2, y: from.y + from.h / 2 });
  return [a.x, a.y, b.x, b.y];
}
