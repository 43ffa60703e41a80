import { describe, expect, it } from 'vitest';
import type { Scene } from '@kyoso/shared';
import { MIN_MAP_SCALE, tilesOf } from './pdf-handout.js';

const scene = (w: number, h: number): Scene =>
  ({ title: 't', frameTitle: null, bounds: { x: -100, y: 50, w, h }, items: [] }) as unknown as Scene;
const page = { w: 786, h: 480 };

describe('the handout’s map tiles', () => {
  it('keeps a scene that is legible on one page whole', () => {
    const small = scene(1500, 900);
    expect(tilesOf(small, page)).toEqual([small]);
  });

  it('cuts a large scene into a grid of tiles, each drawn at the legible scale or more, covering it all', () => {
    const large = scene(6000, 2500);
    const tiles = tilesOf(large, page);
    expect(tiles.length).toBeGreaterThan(1);
    let area = 0;
    for (const { bounds } of tiles) {
      expect(Math.min(page.w / bounds.w, page.h / bounds.h)).toBeGreaterThanOrEqual(MIN_MAP_SCALE);
      expect(bounds.x).toBeGreaterThanOrEqual(-100);
      expect(bounds.x + bounds.w).toBeLessThanOrEqual(-100 + 6000 + 1e-6);
      area += bounds.w * bounds.h;
    }
    expect(area).toBeCloseTo(6000 * 2500, 3);
  });
});
