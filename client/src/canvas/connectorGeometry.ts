// Where a connector's line runs, pure: from the edge of one shape's box to the edge of the
// other's, along the line between their centres, so it follows either end as it moves.
import type { Point } from '../sync/session-types';

export { type Outline, type ConnectorLine, edgePoint, connectorLine } from '@kyoso/shared';

/** Shortest distance from `p` to the segment `a`–`b`. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
