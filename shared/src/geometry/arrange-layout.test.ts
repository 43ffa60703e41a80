import { describe, expect, it } from 'vitest';
import type { ShapeId } from '../ids.js';
import {
  alignBoxes,
  distributeBoxes,
  gridBoxes,
  GRID_GAP,
  sortedGrid,
  type ArrangeBox,
  type Place,
} from './arrange-layout.js';

const box = (id: string, x: number, y: number, w = 200, h = 160): ArrangeBox => ({
  id: id as ShapeId,
  x,
  y,
  w,
  h,
});
const at = (places: Place[]) => Object.fromEntries(places.map((p) => [p.id, [p.x, p.y]]));

describe('arranging a selection', () => {
  const boxes = [box('a', 0, 0), box('b', 300, 50, 100, 100), box('c', 120, 400, 200, 60)];

  it('lines the boxes up on an edge or a middle of the selection', () => {
    expect(at(alignBoxes(boxes, 'left'))).toEqual({ a: [0, 0], b: [0, 50], c: [0, 400] });
    expect(at(alignBoxes(boxes, 'right'))).toEqual({ a: [200, 0], b: [300, 50], c: [200, 400] });
    expect(at(alignBoxes(boxes, 'center'))).toEqual({ a: [100, 0], b: [150, 50], c: [100, 400] });
    expect(at(alignBoxes(boxes, 'top'))).toEqual({ a: [0, 0], b: [300, 0], c: [120, 0] });
    expect(at(alignBoxes(boxes, 'bottom'))).toEqual({ a: [0, 300], b: [300, 360], c: [120, 400] });
    expect(at(alignBoxes(boxes, 'middle'))).toEqual({ a: [0, 150], b: [300, 180], c: [120, 200] });
    expect(alignBoxes([], 'left')).toEqual([]);
  });

  it('spaces three or more boxes evenly between the outermost two', () => {
    const row = [box('a', 0, 0, 100), box('b', 130, 5, 50), box('c', 500, 10, 100)];
    // Span 0..600 holds 250 of boxes: two gaps of 175.
    expect(at(distributeBoxes(row, 'horizontal'))).toEqual({ a: [0, 0], b: [275, 5], c: [500, 10] });
    const column = [box('a', 0, 0, 10, 100), box('b', 0, 900, 10, 100), box('c', 0, 150, 10, 100)];
    expect(at(distributeBoxes(column, 'vertical'))).toEqual({ a: [0, 0], c: [0, 450], b: [0, 900] });
    expect(at(distributeBoxes(row.slice(0, 2), 'horizontal'))).toEqual({ a: [0, 0], b: [130, 5] });
  });

  it('tidies boxes into a near-square grid from the top-left corner', () => {
    const five = [box('a', 50, 20), box('b', 900, 0), box('c', 10, 500), box('d', 400, 700), box('e', 0, 90)];
    const cellW = 200 + GRID_GAP;
    const cellH = 160 + GRID_GAP;
    expect(at(gridBoxes(five))).toEqual({
      a: [0, 0],
      b: [cellW, 0],
      c: [cellW * 2, 0],
      d: [0, cellH],
      e: [cellW, cellH],
    });
  });

  it('sorts into a grid by a key, numbers first, each key on rows of its own when asked', () => {
    const cards = [box('x1', 0, 0), box('y1', 300, 0), box('x2', 600, 0), box('none', 900, 0)];
    // Companies in the board's order, cards of none last.
    const company: Record<string, number> = { x1: 0, x2: 0, y1: 1, none: 2 };
    const cellW = 200 + GRID_GAP;
    const cellH = 160 + GRID_GAP;
    expect(at(sortedGrid(cards, (b) => company[b.id]!, { rowPerKey: true }))).toEqual({
      x1: [0, 0],
      x2: [cellW, 0],
      y1: [0, cellH],
      none: [0, cellH * 2],
    });
    const votes: Record<string, number> = { x1: 1, y1: 3, x2: 0, none: 3 };
    expect(sortedGrid(cards, (b) => votes[b.id]!, { descending: true }).map((p) => p.id)).toEqual([
      'y1',
      'none',
      'x1',
      'x2',
    ]);
    expect(sortedGrid(cards, (b) => (b.id === 'none' ? 1 : 'text')).map((p) => p.id)[0]).toBe('none');
  });
});
