import { describe, expect, it } from 'vitest';
import { fromMinimap, minimapTransform, toMinimap } from './minimapMath';

const size = { w: 200, h: 140 };

describe('minimapTransform', () => {
  it('fits the board inside the minimap', () => {
    const board = { x: 0, y: 0, w: 10_000, h: 5_000 };
    const t = minimapTransform(board, { x: 100, y: 100, w: 1000, h: 600 }, size);
    for (const corner of [
      { x: 0, y: 0 },
      { x: 10_000, y: 5_000 },
    ]) {
      const p = toMinimap(t, corner);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(200);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(140);
    }
  });

  it('includes the view when it is away from the board', () => {
    const t = minimapTransform({ x: 0, y: 0, w: 100, h: 100 }, { x: 5000, y: 5000, w: 1000, h: 600 }, size);
    const far = toMinimap(t, { x: 6000, y: 5600 });
    expect(far.x).toBeLessThanOrEqual(200);
    expect(far.y).toBeLessThanOrEqual(140);
  });

  it('maps back from a minimap click to the world', () => {
    const t = minimapTransform({ x: -500, y: 300, w: 4000, h: 2000 }, { x: 0, y: 0, w: 100, h: 100 }, size);
    const world = { x: 1234, y: 987 };
    const back = fromMinimap(t, toMinimap(t, world));
    expect(back.x).toBeCloseTo(world.x);
    expect(back.y).toBeCloseTo(world.y);
  });

  it('works on an empty board', () => {
    const t = minimapTransform(null, { x: 0, y: 0, w: 1280, h: 800 }, size);
    expect(Number.isFinite(t.scale)).toBe(true);
    expect(t.scale).toBeGreaterThan(0);
  });
});
