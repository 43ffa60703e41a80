import { describe, expect, it } from 'vitest';
import { GRID_BASE, gridLines, gridSpacing } from './grid';

describe('gridSpacing', () => {
  it('keeps lines a comfortable distance apart on screen at any zoom', () => {
    for (const zoom of [0.02, 0.05, 0.1, 0.3, 0.5, 1, 2, 4]) {
      const screen = gridSpacing(zoom) * zoom;
      expect(screen).toBeGreaterThanOrEqual(16);
      if (gridSpacing(zoom) > GRID_BASE) expect(screen).toBeLessThan(80);
    }
  });

  it('is the base spacing at 100%', () => {
    expect(gridSpacing(1)).toBe(GRID_BASE);
  });
});

describe('gridLines', () => {
  it('lists only the lines on screen, majors every fifth', () => {
    const { vertical, horizontal } = gridLines({ x: 0, y: 0, zoom: 1 }, { w: 100, h: 50 });
    expect(vertical.map((line) => line.at)).toEqual([0.5, 20.5, 40.5, 60.5, 80.5, 100.5]);
    expect(vertical[0]?.major).toBe(true);
    expect(vertical[1]?.major).toBe(false);
    expect(horizontal).toHaveLength(3);
  });

  it('stays a few hundred lines even zoomed far out', () => {
    const { vertical, horizontal } = gridLines({ x: -1e6, y: -1e6, zoom: 0.02 }, { w: 2560, h: 1600 });
    expect(vertical.length + horizontal.length).toBeLessThan(400);
  });
});
