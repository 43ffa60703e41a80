// Where a connector's line runs, pure: from the edge of one shape's box to the edge of the
// other's, along the line between their centres, so it follows either end as it moves. The canvas
// and the drawing exports both draw connectors with it.

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const rectCenter = (box: Rect): Point => ({ x: box.x + box.w / 2, y: box.y + box.h / 2 });

export type Outline = 'box' | 'ellipse';

export interface ConnectorLine {
  start: Point;
  end: Point;
  /** Midpoint between the two ends: where the label sits (plus the connector's own offset). */
  mid: Point;
}

/** Where the ray from the box's centre towards `toward` leaves the outline. */
export function edgePoint(box: Rect, outline: Outline, toward: Point): Point {
  const c = rectCenter(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const rx = box.w / 2;
  const ry = box.h / 2;
  const t =
    outline === 'ellipse'
      ? 1 / Math.sqrt((dx * dx) / (rx * rx) + (dy * dy) / (ry * ry))
      : Math.min(dx === 0 ? Infinity : rx / Math.abs(dx), dy === 0 ? Infinity : ry / Math.abs(dy));
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/** The line between two boxes, `gap` world units off each outline so arrowheads stay visible. */
export function connectorLine(
  from: Rect,
  fromOutline: Outline,
  to: Rect,
  toOutline: Outline,
  gap = 6,
): ConnectorLine {
  const a = rectCenter(from);
  const b = rectCenter(to);
  let start = edgePoint(from, fromOutline, b);
  let end = edgePoint(to, toOutline, a);
  const length = Math.hypot(end.x - start.x, end.y - start.y);
  // Overlapping boxes: edge points cross over; draw centre to centre instead.
  const crossed = (end.x - start.x) * (b.x - a.x) + (end.y - start.y) * (b.y - a.y) <= 0;
  if (crossed) {
    start = a;
    end = b;
  } else if (length > 2 * gap) {
    const ux = (end.x - start.x) / length;
    const uy = (end.y - start.y) / length;
    start = { x: start.x + ux * gap, y: start.y + uy * gap };
    end = { x: end.x - ux * gap, y: end.y - uy * gap };
  }
  return { start, end, mid: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 } };
}
