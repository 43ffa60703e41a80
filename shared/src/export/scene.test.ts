import { describe, expect, it } from 'vitest';
import type { ShapeId } from '../ids.js';
import type { Shape } from '../model/shape.js';
import { topLevelFrames } from './scene.js';

const frame = (id: string, x: number, y: number, w = 400, h = 300): Shape => ({
  id: id as ShapeId,
  type: 'frame',
  x,
  y,
  w,
  h,
  index: 'a0',
  text: id,
  color: null,
});

describe('topLevelFrames', () => {
  it('lists frames inside no other frame in reading order: rows top to bottom, each left to right', () => {
    const shapes = [
      frame('bottom-left', 0, 900),
      frame('top-right', 1000, 40),
      frame('nested', 20, 20, 100, 100),
      frame('top-left', 0, 0),
      frame('bottom-right', 600, 880),
    ];
    expect(topLevelFrames(shapes).map((f) => f.id)).toEqual([
      'top-left',
      'top-right',
      'bottom-left',
      'bottom-right',
    ]);
  });

  it('is empty on a board without frames', () => {
    expect(topLevelFrames([])).toEqual([]);
  });
});
