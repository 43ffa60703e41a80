import { describe, expect, it } from 'vitest';
import {
  centerOn,
  clampZoom,
  fitBounds,
  MAX_ZOOM,
  MIN_ZOOM,
  panBy,
  screenToWorld,
  stepZoom,
  visibleRect,
  wheelPanDelta,
  wheelZoomFactor,
  worldToScreen,
  zoomAt,
} from './viewport';

const camera = { x: 100, y: -50, zoom: 2 };

describe('screen and world coordinates', () => {
  it('maps the screen origin to the camera position', () => {
    expect(screenToWorld(camera, { x: 0, y: 0 })).toEqual({ x: 100, y: -50 });
    expect(screenToWorld(camera, { x: 200, y: 100 })).toEqual({ x: 200, y: 0 });
  });

  it('round-trips', () => {
    const world = { x: 123.5, y: -77 };
    const back = screenToWorld(camera, worldToScreen(camera, world));
    expect(back.x).toBeCloseTo(world.x);
    expect(back.y).toBeCloseTo(world.y);
  });

  it('gives the visible world rectangle', () => {
    expect(visibleRect(camera, { w: 800, h: 600 })).toEqual({ x: 100, y: -50, w: 400, h: 300 });
  });
});

describe('panning', () => {
  it('moves content with the pointer: dragging right shows what was on the left', () => {
    expect(panBy(camera, 20, -10)).toEqual({ x: 90, y: -45, zoom: 2 });
  });

  it('can centre a world point', () => {
    const centred = centerOn({ x: 0, y: 0, zoom: 0.5 }, { x: 1000, y: 1000 }, { w: 800, h: 600 });
    expect(worldToScreen(centred, { x: 1000, y: 1000 })).toEqual({ x: 400, y: 300 });
  });
});

describe('zooming', () => {
  it('keeps the world point under the anchor fixed', () => {
    const anchor = { x: 300, y: 200 };
    const before = screenToWorld(camera, anchor);
    const zoomed = zoomAt(camera, anchor, 3.5);
    expect(zoomed.zoom).toBe(3.5);
    const after = screenToWorld(zoomed, anchor);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('is clamped to the allowed range', () => {
    expect(zoomAt(camera, { x: 0, y: 0 }, 100).zoom).toBe(MAX_ZOOM);
    expect(zoomAt(camera, { x: 0, y: 0 }, 0).zoom).toBe(MIN_ZOOM);
    expect(clampZoom(1)).toBe(1);
  });

  it('steps through fixed levels for the buttons', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(0.8, -1)).toBe(0.75);
    expect(stepZoom(0.8, 1)).toBe(1);
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
  });

  it('turns wheel deltas into gentle factors, in either unit', () => {
    expect(wheelZoomFactor(-10, 0)).toBeGreaterThan(1);
    expect(wheelZoomFactor(10, 0)).toBeLessThan(1);
    expect(wheelZoomFactor(1000, 0)).toBeCloseTo(wheelZoomFactor(100, 0));
    // One mouse-wheel notch (about 100 px, or 3 lines) is a gentle step, about ×1.2, both ways.
    for (const notch of [wheelZoomFactor(-100, 0), wheelZoomFactor(-3, 1), 1 / wheelZoomFactor(100, 0)]) {
      expect(notch).toBeGreaterThan(1.1);
      expect(notch).toBeLessThan(1.25);
    }
    // A pinch's small deltas are not capped: they zoom as far as the fingers go.
    expect(wheelZoomFactor(-5, 0)).toBeCloseTo(Math.exp(0.05));
  });

  it('scrolls sideways with shift and a vertical-only wheel', () => {
    expect(wheelPanDelta(0, 100, 0, true)).toEqual({ x: 100, y: 0 });
    expect(wheelPanDelta(5, 10, 0, false)).toEqual({ x: 5, y: 10 });
    expect(wheelPanDelta(0, 2, 1, false)).toEqual({ x: 0, y: 32 });
  });
});

describe('zoom to fit', () => {
  const size = { w: 1000, h: 800 };

  it('shows the whole bounds centred with padding', () => {
    const fitted = fitBounds({ x: 0, y: 0, w: 4000, h: 1000 }, size, 50);
    expect(fitted.zoom).toBeCloseTo(900 / 4000);
    const topLeft = worldToScreen(fitted, { x: 0, y: 0 });
    const bottomRight = worldToScreen(fitted, { x: 4000, y: 1000 });
    expect(topLeft.x).toBeCloseTo(50);
    expect(bottomRight.x).toBeCloseTo(950);
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(400);
  });

  it('never zooms past 100% for a small board', () => {
    expect(fitBounds({ x: 10, y: 10, w: 100, h: 50 }, size).zoom).toBe(1);
  });

  it('stays inside the zoom range for an enormous board', () => {
    expect(fitBounds({ x: 0, y: 0, w: 1e9, h: 1e9 }, size).zoom).toBe(MIN_ZOOM);
  });
});
