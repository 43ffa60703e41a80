import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createValueStore } from '../../sync/store';
import { sameCamera, type Camera, type Size } from '../../canvas/viewport';
import { moveCamera } from './cameraMotion';

/** Animation frames run by hand: `frame()` runs the ones requested so far. */
let queued: (() => void)[] = [];
const frame = () => {
  const now = queued;
  queued = [];
  now.forEach((callback) => callback());
};
const framesUntilIdle = (limit = 200) => {
  let count = 0;
  while (queued.length > 0 && count < limit) {
    frame();
    count++;
  }
  return count;
};

beforeEach(() => {
  queued = [];
  vi.stubGlobal('window', {
    requestAnimationFrame: (callback: () => void) => queued.push(callback),
    cancelAnimationFrame: () => {
      queued = [];
    },
    setTimeout: (callback: () => void) => queued.push(callback),
    clearTimeout: () => undefined,
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const stores = () => ({
  camera: createValueStore<Camera>({ x: 0, y: 0, zoom: 1 }, sameCamera),
  size: createValueStore<Size>({ w: 1000, h: 600 }),
});

describe('moving the camera for someone else', () => {
  it('glides to the goal over several frames and lands on it', () => {
    const s = stores();
    const goal = { x: 500, y: -300, zoom: 0.5 };
    moveCamera(s, { goal: () => goal, once: true });
    expect(framesUntilIdle()).toBeGreaterThan(3);
    expect(s.camera.get()).toEqual(goal);
  });

  it('keeps following a goal that moves, when poked', () => {
    const s = stores();
    let goal: Camera = { x: 100, y: 0, zoom: 1 };
    const motion = moveCamera(s, { goal: () => goal });
    framesUntilIdle();
    goal = { x: 900, y: 50, zoom: 1 };
    motion.poke();
    framesUntilIdle();
    expect(s.camera.get()).toEqual(goal);
  });

  it('stops and says so when the person moves the camera themselves', () => {
    const s = stores();
    const takenOver = vi.fn();
    moveCamera(s, { goal: () => ({ x: 2000, y: 0, zoom: 1 }), onTakenOver: takenOver });
    frame();
    frame();
    const mine = { x: -50, y: -50, zoom: 2 };
    s.camera.set(mine);
    expect(takenOver).toHaveBeenCalledTimes(1);
    framesUntilIdle();
    expect(s.camera.get()).toBe(mine);
  });

  it('waits where it is while there is no goal', () => {
    const s = stores();
    const start = s.camera.get();
    moveCamera(s, { goal: () => null });
    framesUntilIdle();
    expect(s.camera.get()).toBe(start);
  });
});
