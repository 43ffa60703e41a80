import type { ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { rankResults, topCards } from './ranking';

const totals = (entries: Record<string, number>) => entries as Record<ShapeId, number>;

describe('rankResults', () => {
  it('orders cards by votes, most first, and leaves out cards with none', () => {
    const ranked = rankResults(totals({ a: 1, b: 4, c: 0, d: 2 }));
    expect(ranked.map((entry) => [entry.card, entry.votes])).toEqual([
      ['b', 4],
      ['d', 2],
      ['a', 1],
    ]);
  });

  it('gives tied cards the same rank and skips the ranks they take', () => {
    const ranked = rankResults(totals({ a: 3, b: 5, c: 3, d: 1 }));
    expect(ranked.map((entry) => entry.rank)).toEqual([1, 2, 2, 4]);
  });

  it('is empty when nobody voted', () => {
    expect(rankResults(totals({}))).toEqual([]);
  });
});

describe('topCards', () => {
  const ranked = rankResults(totals({ a: 5, b: 4, c: 4, d: 2, e: 1 }));

  it('keeps the cards ranked within the top n', () => {
    expect([...topCards(ranked, 1)]).toEqual(['a']);
    expect([...topCards(ranked, 4)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps every card of a tie at the boundary', () => {
    expect([...topCards(ranked, 2)].sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps everything when n is past the end', () => {
    expect(topCards(ranked, 10).size).toBe(5);
  });
});
