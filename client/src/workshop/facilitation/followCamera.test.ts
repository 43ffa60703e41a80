import { describe, expect, it } from 'vitest';
import { visibleRect, type Camera } from '../../canvas/viewport';
import { approachCamera, cameraForView } from './followCamera';

const size = { w: 1000, h: 600 };

describe('the camera that shows someone else’s view', () => {
  it('is the same camera on a screen of the same size', () => {
    const theirs: Camera = { x: 120, y: -40, zoom: 0.75 };
    const mine = cameraForView(visibleRect(theirs, size), size);
    expect(mine.x).toBeCloseTo(theirs.x);
    expect(mine.y).toBeCloseTo(theirs.y);
    expect(mine.zoom).toBeCloseTo(theirs.zoom);
  });

  it('shows all of a wider view on a narrower screen, centred', () => {
    const view = { x: 0, y: 0, w: 2000, h: 600 };
    const mine = cameraForView(view, { w: 500, h: 500 });
    expect(mine.zoom).toBeCloseTo(0.25);
    const shown = visibleRect(mine, { w: 500, h: 500 });
    expect(shown.x).toBeCloseTo(0);
    expect(shown.w).toBeCloseTo(2000);
    expect(shown.y + shown.h / 2).toBeCloseTo(300);
  });

  it('keeps the zoom within the editor’s limits', () => {
    expect(cameraForView({ x: 0, y: 0, w: 1, h: 1 }, size).zoom).toBe(4);
    expect(cameraForView({ x: 0, y: 0, w: 1e7, h: 1e7 }, size).zoom).toBe(0.02);
  });
});

describe('moving the camera smoothly', () => {
  it('gets closer every frame and lands exactly on the goal', () => {
    let camera: Camera = { x: 0, y: 0, zoom: 1 };
    const goal: Camera = { x: 3000, y: -1200, zoom: 0.5 };
    let previous = Infinity;
    let frames = 0;
    while (camera !== goal && frames < 100) {
      camera = approachCamera(camera, goal, size);
      const distance = Math.hypot(camera.x - goal.x, camera.y - goal.y);
      expect(distance).toBeLessThanOrEqual(previous);
      previous = distance;
      frames++;
    }
    expect(camera).toBe(goal);
    expect(frames).toBeGreaterThan(3);
    expect(frames).toBeLessThan(60);
  });

  it('is already there when close enough', () => {
    const goal = { x: 10, y: 10, zoom: 1 };
    expect(approachCamera({ x: 10.2, y: 9.9, zoom: 1 }, goal, size)).toBe(goal);
  });
});
