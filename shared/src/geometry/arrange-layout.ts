// Arranging a selection, pure: where each box goes to line the boxes up on an edge or a middle,
// to space them evenly, or to lay them out as a tidy grid (in reading order, or sorted by a key).
// Only positions change; sizes stay. A layout returns a place for every box it was given.
import type { ShapeId } from '../ids.js';

export interface ArrangeBox {
  id: ShapeId;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Place {
  id: ShapeId;
  x: number;
  y: number;
}

export type AlignEdge = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';
export type Axis = 'horizontal' | 'vertical';

/** Space between boxes in a tidied grid, in world units (a sticky is 200 wide). */
export const GRID_GAP = 40;

const bounds = (boxes: readonly ArrangeBox[]) => {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.w));
  const bottom = Math.max(...boxes.map((b) => b.y + b.h));
  return { left, top, right, bottom };
};

/** Lines the boxes up on the selection's edge (or middle), each keeping its other coordinate. */
export function alignBoxes(boxes: readonly ArrangeBox[], edge: AlignEdge): Place[] {
  if (boxes.length === 0) return [];
  const { left, top, right, bottom } = bounds(boxes);
  return boxes.map((b) => {
    switch (edge) {
      case 'left':
        return { id: b.id, x: left, y: b.y };
      case 'center':
        return { id: b.id, x: (left + right) / 2 - b.w / 2, y: b.y };
      case 'right':
        return { id: b.id, x: right - b.w, y: b.y };
      case 'top':
        return { id: b.id, x: b.x, y: top };
      case 'middle':
        return { id: b.id, x: b.x, y: (top + bottom) / 2 - b.h / 2 };
      case 'bottom':
        return { id: b.id, x: b.x, y: bottom - b.h };
    }
  });
}

/**
 * Equal gaps between neighbours along an axis: the first and last boxes (by their left or top)
 * stay, the others move between them; the other coordinate stays.
 */
export function distributeBoxes(boxes: readonly ArrangeBox[], axis: Axis): Place[] {
  const along = axis === 'horizontal' ? (b: ArrangeBox) => b.x : (b: ArrangeBox) => b.y;
  const size = axis === 'horizontal' ? (b: ArrangeBox) => b.w : (b: ArrangeBox) => b.h;
  const sorted = [...boxes].sort((a, b) => along(a) - along(b) || a.id.localeCompare(b.id));
  if (sorted.length < 3) return sorted.map((b) => ({ id: b.id, x: b.x, y: b.y }));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const span = along(last) + size(last) - along(first);
  const gap = (span - sorted.reduce((sum, b) => sum + size(b), 0)) / (sorted.length - 1);
  let at = along(first);
  return sorted.map((b) => {
    const place = axis === 'horizontal' ? { id: b.id, x: at, y: b.y } : { id: b.id, x: b.x, y: at };
    at += size(b) + gap;
    return place;
  });
}

/** Columns for a grid of `count` boxes: about as wide as tall, never more than there are boxes. */
export const gridColumns = (count: number): number => Math.max(1, Math.ceil(Math.sqrt(count)));

/**
 * The boxes in the given order as a grid from the selection's top-left corner: row by row, each
 * cell as large as the largest box, `GRID_GAP` apart.
 */
export function gridBoxes(ordered: readonly ArrangeBox[], columns = gridColumns(ordered.length)): Place[] {
  if (ordered.length === 0) return [];
  const { left, top } = bounds(ordered);
  const cellW = Math.max(...ordered.map((b) => b.w)) + GRID_GAP;
  const cellH = Math.max(...ordered.map((b) => b.h)) + GRID_GAP;
  return ordered.map((b, i) => ({
    id: b.id,
    x: left + (i % columns) * cellW,
    y: top + Math.floor(i / columns) * cellH,
  }));
}

/**
 * Sorted into a grid: by `key` (numbers before text; equal keys keep their reading order), each
 * group of equal keys starting a new row when `rowPerKey`, so that one company's or one kind's
 * cards share rows.
 */
export function sortedGrid(
  readingOrdered: readonly ArrangeBox[],
  key: (box: ArrangeBox) => string | number,
  options: { descending?: boolean; rowPerKey?: boolean } = {},
): Place[] {
  const keyed = readingOrdered.map((box, order) => ({ box, order, key: key(box) }));
  const compare = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : typeof a === 'number'
        ? -1
        : typeof b === 'number'
          ? 1
          : a.localeCompare(b, 'ja');
  keyed.sort((a, b) => (options.descending ? -1 : 1) * compare(a.key, b.key) || a.order - b.order);
  const sorted = keyed.map((entry) => entry.box);
  if (!options.rowPerKey) return gridBoxes(sorted);
  const { left, top } = bounds(sorted);
  const cellW = Math.max(...sorted.map((b) => b.w)) + GRID_GAP;
  const cellH = Math.max(...sorted.map((b) => b.h)) + GRID_GAP;
  const groups: ArrangeBox[][] = [];
  keyed.forEach((entry, i) => {
    if (i === 0 || compare(entry.key, keyed[i - 1]!.key) !== 0) groups.push([]);
    groups[groups.length - 1]!.push(entry.box);
  });
  const columns = Math.max(...groups.map((group) => group.length), 1);
  const width = Math.min(columns, gridColumns(sorted.length) * 2);
  const places: Place[] = [];
  let row = 0;
  for (const group of groups) {
    group.forEach((b, i) => {
      places.push({
        id: b.id,
        x: left + (i % width) * cellW,
        y: top + (row + Math.floor(i / width)) * cellH,
      });
    });
    row += Math.ceil(group.length / width);
  }
  return places;
}
