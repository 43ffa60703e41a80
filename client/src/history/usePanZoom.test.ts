import { describe, expect, it } from 'vitest';
import { fitView, zoomView } from './usePanZoom';

describe('preview pan and zoom', () => {
  it('fits a wide picture into the box, centred', () => {
    const view = fitView(2000, 500, 1000, 600, 0);
    expect(view.scale).toBe(0.5);
    expect(view.x).toBe(0);
    expect(view.y).toBe(175);
  });

  it('zooms about the pointer: the point under it stays put', () => {
    const before = { x: 10, y: 20, scale: 1 };
    const after = zoomView(before, 2, 110, 220);
    // The picture point under (110, 220) was (100, 200); it still is.
    expect((110 - after.x) / after.scale).toBeCloseTo(100);
    expect((220 - after.y) / after.scale).toBeCloseTo(200);
  });

  it('keeps the zoom within bounds', () => {
    expect(zoomView({ x: 0, y: 0, scale: 1 }, 1000, 0, 0).scale).toBe(8);
  });
});
