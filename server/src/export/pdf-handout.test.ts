import { describe, expect, it } from 'vitest';
import type { Scene, Shape } from '@kyoso/shared';
import { MIN_MAP_SCALE, outsideFrames, tilesOf } from './pdf-handout.js';

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

describe('what the handout’s map shows beside the frames', () => {
  const box = (id: string, type: string, x: number, y: number, w = 200, h = 160) =>
    ({ id, type, x, y, w, h, text: id }) as unknown as Shape;
  const link = (id: string, from: string, to: string) =>
    ({ id, type: 'connector', x: 0, y: 0, from, to, text: '' }) as unknown as Shape;

  it('is the cards no top-level frame holds', () => {
    const shapes = [
      box('sheet', 'frame', 0, 0, 1000, 800),
      box('inside', 'sticky', 100, 100),
      box('point', 'sticky', 1200, 300),
      box('note', 'text', -400, 0),
      link('in-out', 'inside', 'point'),
      link('out-out', 'point', 'note'),
    ];
    expect(outsideFrames(shapes).map((shape) => shape.id)).toEqual(['point', 'note']);
  });

  it('is nothing on a board without frames (its one page is the whole board)', () => {
    expect(outsideFrames([box('a', 'sticky', 0, 0)])).toEqual([]);
  });
});
