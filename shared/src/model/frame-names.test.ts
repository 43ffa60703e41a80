import { describe, expect, it } from 'vitest';
import type { ShapeId } from '../ids.js';
import { distinctFrameNames } from './frame-names.js';
import type { FrameShape } from './shapes/frame.js';

const frame = (id: string, text: string, x: number, y: number, w: number, h: number): FrameShape => ({
  id: id as ShapeId,
  type: 'frame',
  x,
  y,
  w,
  h,
  index: 'a0',
  text,
  color: null,
});

describe('frame names in a list', () => {
  it('tells areas of the same name apart by the lane around them, and keeps unique titles as they are', () => {
    const frames = [
      frame('lane-a', '株式会社あさひ', 0, 0, 1000, 300),
      frame('lane-b', 'Blue Ocean Inc.', 0, 400, 1000, 300),
      frame('asset-a', '強み・資産', 20, 40, 400, 200),
      frame('asset-b', '強み・資産', 20, 440, 400, 200),
      frame('map', 'シナジーマップ', 0, 800, 1000, 300),
    ];
    const names = distinctFrameNames(frames);
    expect(names.get('asset-a' as ShapeId)).toBe('強み・資産 · 株式会社あさひ');
    expect(names.get('asset-b' as ShapeId)).toBe('強み・資産 · Blue Ocean Inc.');
    expect(names.get('map' as ShapeId)).toBe('シナジーマップ');
    expect(new Set(names.values()).size).toBe(frames.length);
  });

  it('numbers what the frames around cannot tell apart, and leaves untitled frames to the caller', () => {
    const frames = [
      frame('one', 'Ideas', 0, 0, 100, 100),
      frame('two', 'Ideas', 200, 0, 100, 100),
      frame('blank', '  ', 400, 0, 100, 100),
    ];
    const names = distinctFrameNames(frames);
    expect([names.get('one' as ShapeId), names.get('two' as ShapeId)]).toEqual(['Ideas', 'Ideas 2']);
    expect(names.get('blank' as ShapeId)).toBe('');
  });
});
