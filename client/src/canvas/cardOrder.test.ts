import type { ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { nearestInDirection, nextInOrder, readingOrder, type Placed } from './cardOrder';

const card = (id: string, x: number, y: number): Placed => ({ id: id as ShapeId, x, y, w: 200, h: 160 });
// Two rows, slightly uneven as people place cards, given out of order.
const cards = [
  card('b2', 260, 230),
  card('a1', 0, 10),
  card('b1', 0, 240),
  card('a2', 250, 0),
  card('a3', 520, 30),
];

describe('moving between cards without a mouse', () => {
  it('reads rows top to bottom, each left to right', () => {
    expect(readingOrder(cards).map((c) => c.id)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
  });

  it('steps forward and back in that order, starting at either end, and stops past the ends', () => {
    expect(nextInOrder(cards, null, 1)?.id).toBe('a1');
    expect(nextInOrder(cards, null, -1)?.id).toBe('b2');
    expect(nextInOrder(cards, 'a3' as ShapeId, 1)?.id).toBe('b1');
    expect(nextInOrder(cards, 'b1' as ShapeId, -1)?.id).toBe('a3');
    expect(nextInOrder(cards, 'b2' as ShapeId, 1)).toBeNull();
    expect(nextInOrder([], null, 1)).toBeNull();
  });

  it('finds the nearest card in a direction', () => {
    const a2 = cards.find((c) => c.id === 'a2')!;
    expect(nearestInDirection(cards, a2, 'right')?.id).toBe('a3');
    expect(nearestInDirection(cards, a2, 'left')?.id).toBe('a1');
    expect(nearestInDirection(cards, a2, 'down')?.id).toBe('b2');
    expect(nearestInDirection(cards, a2, 'up')).toBeNull();
  });
});
