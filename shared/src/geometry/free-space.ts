// Finding room on the board: boxes already taken, kept in coarse cells so that a lookup reads only
// what is near, and the free place nearest to where something would ideally go. Used wherever
// Kyoso places cards itself (reveal, new synergy points, paste), so that it never puts one on top
// of another.
import type { Point, Rect } from './connector-line.js';

export const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export const grow = (box: Rect, by: number): Rect => ({
  x: box.x - by,
  y: box.y - by,
  w: box.w + 2 * by,
  h: box.h + 2 * by,
});

/** Whether `inner` lies wholly inside `outer`. */
export const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;

/** The box around `boxes`, or null for none (a loop: a board may hold tens of thousands). */
export function unionOf(boxes: Iterable<Rect>): Rect | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
}

/** The cell size (world units): about two cards. */
const CELL = 512;

export class TakenSpace {
  private readonly cells = new Map<string, Rect[]>();

  add(box: Rect): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
  }

  remove(box: Rect): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key) ?? [];
      const at = list.indexOf(box);
      if (at >= 0) list.splice(at, 1);
    }
  }

  hits(box: Rect): boolean {
    for (const key of this.keys(box))
      for (const other of this.cells.get(key) ?? []) if (overlaps(box, other)) return true;
    return false;
  }

  private *keys(box: Rect): Generator<string> {
    for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.w) / CELL); cx++)
      for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.h) / CELL); cy++)
        yield `${cx},${cy}`;
  }
}

/** The grid steps on the square ring `ring` steps out from the centre. */
function* ringOf(ring: number): Generator<[number, number]> {
  if (ring === 0) {
    yield [0, 0];
    return;
  }
  // Below before above: of two places as near, the one under the cards reads as following them.
  for (let i = -ring; i <= ring; i++) {
    yield [i, ring];
    yield [i, -ring];
  }
  for (let j = -ring + 1; j < ring; j++) {
    yield [-ring, j];
    yield [ring, j];
  }
}

export interface NearestFreeOptions {
  /** Distance between the places tried (world units). */
  step?: number;
  /** How far out to look, in steps; null past it. */
  rings?: number;
  /** A further test a place must pass (e.g. not across an area's border). */
  allowed?: (box: Rect) => boolean;
}

/**
 * The top-left nearest to `ideal` where a box of `size` takes no taken space, tried on a grid of
 * `step` in growing square rings around `ideal`; the nearest of the first ring that has one.
 */
export function nearestFree(
  taken: TakenSpace,
  size: { w: number; h: number },
  ideal: Point,
  { step = 40, rings = 150, allowed = () => true }: NearestFreeOptions = {},
): Point | null {
  for (let ring = 0; ring <= rings; ring++) {
    let best: Point | null = null;
    let bestDistance = Infinity;
    for (const [i, j] of ringOf(ring)) {
      const box = { x: ideal.x + i * step, y: ideal.y + j * step, w: size.w, h: size.h };
      const distance = i * i + j * j;
      if (distance >= bestDistance || taken.hits(box) || !allowed(box)) continue;
      best = { x: box.x, y: box.y };
      bestDistance = distance;
    }
    if (best) return best;
  }
  return null;
}
