import { describe, expect, it } from 'vitest';
import { pinchCamera, startPinch } from './pinch';
import { MAX_ZOOM, screenToWorld } from './viewport';

describe('pinch', () => {
  const camera = { x: 100, y: 50, zoom: 1 };

  it('zooms by the change in distance, keeping the point between the fingers under them', () => {
    const pinch = startPinch(camera, { x: 100, y: 200 }, { x: 300, y: 200 });
    const under = screenToWorld(camera, { x: 200, y: 200 });
    const next = pinchCamera(pinch, { x: 0, y: 200 }, { x: 400, y: 200 });
    expect(next.zoom).toBeCloseTo(2);
    const after = screenToWorld(next, { x: 200, y: 200 });
    expect(after.x).toBeCloseTo(under.x);
    expect(after.y).toBeCloseTo(under.y);
  });

  it('pans with the fingers when their distance stays the same', () => {
    const pinch = startPinch(camera, { x: 100, y: 200 }, { x: 300, y: 200 });
    const next = pinchCamera(pinch, { x: 150, y: 260 }, { x: 350, y: 260 });
    expect(next).toEqual({ x: 50, y: -10, zoom: 1 });
  });

  it('stays within the zoom limits', () => {
    const pinch = startPinch(camera, { x: 100, y: 200 }, { x: 101, y: 200 });
    expect(pinchCamera(pinch, { x: 0, y: 0 }, { x: 2000, y: 2000 }).zoom).toBe(MAX_ZOOM);
  });
});
