// Where a new synergy point goes when nobody says: on free space nearest the middle of the cards
// it links, in a synergy area when the board has one (the synergy-map template's), else outside
// every template area (a point across a lane's border reads as neither company's, and one inside
// an area would look like that area's kind). Never on top of another card or shape, and far
// enough from them that its connectors show.
import { contains, grow, nearestFree, overlaps, TakenSpace } from '../geometry/free-space.js';
import type { Point, Rect } from '../geometry/connector-line.js';
import { isBoxShape, type Shape } from '../model/shape.js';
import { STICKY_DEFAULTS } from '../model/shapes/sticky.js';
import { isArea } from '../templates/areas.js';

/** Space kept around other shapes (the connectors between need room to show). */
const MARGIN = 30;
/** Space kept from a synergy area's edge. */
const PAD = 20;

const centreOf = (boxes: readonly Rect[]): Point => ({
  x: boxes.reduce((sum, c) => sum + c.x + c.w / 2, 0) / boxes.length,
  y: boxes.reduce((sum, c) => sum + c.y + c.h / 2, 0) / boxes.length,
});

const clampInto = (point: Point, area: Rect, size: { w: number; h: number }): Point => ({
  x: Math.min(Math.max(point.x, area.x + PAD), area.x + area.w - PAD - size.w),
  y: Math.min(Math.max(point.y, area.y + PAD), area.y + area.h - PAD - size.h),
});

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Top-left for a new synergy card linking `linked`, on `board`. */
export function synergyPlacement(linked: readonly Rect[], board: readonly Shape[]): Point {
  const size = STICKY_DEFAULTS;
  const middle = linked.length > 0 ? centreOf(linked) : { x: size.w / 2, y: size.h / 2 };
  const ideal = { x: middle.x - size.w / 2, y: middle.y - size.h / 2 };
  const taken = new TakenSpace();
  const areas: Rect[] = [];
  const synergyAreas: Rect[] = [];
  const frames: Rect[] = [];
  for (const shape of board) {
    if (!isBoxShape(shape)) continue;
    if (shape.type !== 'frame') taken.add(grow(shape, MARGIN));
    else if (isArea(shape)) (shape.areaKind === 'synergy' ? synergyAreas : areas).push(shape);
    else frames.push(shape);
  }
  // Across a frame's border (a template's sheet) a point belongs to neither side: on the board it
  // reads as half in, and the handout cuts it between pages.
  const across = (box: Rect) => frames.some((frame) => overlaps(frame, box) && !contains(frame, box));

  // Into the synergy area nearest the cards, where there is room.
  const byDistance = [...synergyAreas].sort(
    (a, b) => distance(clampInto(ideal, a, size), ideal) - distance(clampInto(ideal, b, size), ideal),
  );
  for (const area of byDistance) {
    const inner = grow(area, -PAD);
    const spot = nearestFree(taken, size, clampInto(ideal, area, size), {
      allowed: (box) => contains(inner, box),
    });
    if (spot) return spot;
  }
  const outside = nearestFree(taken, size, ideal, {
    allowed: (box) =>
      !areas.some((area) => overlaps(area, box)) &&
      !synergyAreas.some((a) => overlaps(a, box)) &&
      !across(box),
  });
  if (outside) return outside;
  // Nothing free within reach: right of everything.
  let right = 0;
  for (const shape of board) if (isBoxShape(shape)) right = Math.max(right, shape.x + shape.w);
  return { x: right + 2 * MARGIN, y: ideal.y };
}
