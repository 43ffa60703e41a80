import { describe, expect, it } from 'vitest';
import { cullRegion, needsRecull } from './culling';

const view = { x: 0, y: 0, w: 1000, h: 600 };

describe('culling region', () => {
  it('covers the view with a margin', () => {
    const region = cullRegion(view);
    expect(region.x).toBeLessThan(0);
    expect(region.x + region.w).toBeGreaterThan(1000);
    expect(needsRecull(region, view)).toBe(false);
  });

  it('is kept while panning inside it', () => {
    expect(needsRecull(cullRegion(view), { ...view, x: 200, y: -200 })).toBe(false);
  });

  it('is recomputed once the view leaves it, or after zooming out or far in', () => {
    const region = cullRegion(view);
    expect(needsRecull(null, view)).toBe(true);
    expect(needsRecull(region, { ...view, x: 900 })).toBe(true);
    expect(needsRecull(region, { x: -100, y: -100, w: 2000, h: 1200 })).toBe(true);
    expect(needsRecull(region, { x: 100, y: 100, w: 100, h: 60 })).toBe(true);
  });
});
