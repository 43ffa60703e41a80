import type { ShapeId, StickyShape } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { voteMarks, type MarksInput } from './voteMarks';

const card = (id: string, x: number): StickyShape =>
  ({
    id: id as ShapeId,
    type: 'sticky',
    x,
    y: 0,
    w: 200,
    h: 160,
    text: id,
    company: null,
    kind: 'idea',
  }) as StickyShape;
const [a, b, c] = [card('a', 0), card('b', 300), card('c', 600)];
const base: MarksInput = { cards: [a, b, c], zoom: 1, inScope: null, mine: null, totals: null, top: null };
const ids = (rects: readonly { x: number }[]) => rects.map((rect) => rect.x);

describe('voteMarks', () => {
  it('draws nothing without a round', () => {
    expect(voteMarks(base)).toEqual({ dims: [], rings: [], dots: [], totals: [] });
  });

  it('dims the cards outside the round while voting, and draws only this person’s dots', () => {
    const marks = voteMarks({
      ...base,
      inScope: (shape) => shape.id !== 'b',
      mine: { ['a' as ShapeId]: 2 },
    });
    expect(ids(marks.dims)).toEqual([300]);
    expect(marks.dots).toHaveLength(1);
    expect(marks.dots[0]!.dots).toHaveLength(2);
    expect(marks.totals).toEqual([]);
  });

  it('puts a total on each card that has votes after the reveal', () => {
    const marks = voteMarks({ ...base, totals: { ['a' as ShapeId]: 3, ['c' as ShapeId]: 1 } });
    expect(marks.totals.map((mark) => mark.votes)).toEqual([3, 1]);
    expect(marks.dims).toEqual([]);
  });

  it('rings the top cards and dims the others when highlighting', () => {
    const marks = voteMarks({
      ...base,
      totals: { ['a' as ShapeId]: 3, ['c' as ShapeId]: 1 },
      top: new Set(['a' as ShapeId]),
    });
    expect(ids(marks.rings)).toEqual([0]);
    expect(ids(marks.dims)).toEqual([300, 600]);
    expect(marks.totals.map((mark) => mark.top)).toEqual([true, false]);
  });
});
