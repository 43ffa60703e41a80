import { describe, expect, it } from 'vitest';
import { containsPoint, containsRect, expandRect, intersects, rectFromPoints, unionRect } from './rect';

describe('rect helpers', () => {
  it('normalises a drag in any direction', () => {
    expect(rectFromPoints({ x: 10, y: 50 }, { x: -10, y: 20 })).toEqual({ x: -10, y: 20, w: 20, h: 30 });
  });

  it('tests containment and intersection, edges included', () => {
    const outer = { x: 0, y: 0, w: 100, h: 100 };
    expect(containsRect(outer, { x: 0, y: 0, w: 100, h: 100 })).toBe(true);
    expect(containsRect(outer, { x: 1, y: 1, w: 100, h: 10 })).toBe(false);
    expect(intersects(outer, { x: 100, y: 100, w: 5, h: 5 })).toBe(true);
    expect(intersects(outer, { x: 101, y: 0, w: 5, h: 5 })).toBe(false);
    expect(containsPoint(outer, { x: 50, y: 100 })).toBe(true);
  });

  it('expands and unites', () => {
    expect(expandRect({ x: 0, y: 0, w: 10, h: 10 }, 5)).toEqual({ x: -5, y: -5, w: 20, h: 20 });
    expect(unionRect(null, null)).toBeNull();
    expect(unionRect({ x: 0, y: 0, w: 10, h: 10 }, { x: 20, y: -5, w: 5, h: 5 })).toEqual({
      x: 0,
      y: -5,
      w: 25,
      h: 15,
    });
  });
});
