import { describe, expect, it } from 'vitest';
import { ghostLinePoints } from './ghostGeometry';

describe('ghostLinePoints', () => {
  it('runs between the facing edges of two boxes side by side', () => {
    expect(ghostLinePoints({ x: 0, y: 0, w: 100, h: 50 }, { x: 300, y: 0, w: 100, h: 50 })).toEqual([
      100, 25, 300, 25,
    ]);
  });

  it('leaves a diagonal through the box edge nearest the other box', () => {
    const [x1, y1, x2, y2] = ghostLinePoints(
      { x: 0, y: 0, w: 100, h: 100 },
      { x: 0, y: 400, w: 100, h: 100 },
    );
    expect([x1, y1, x2, y2]).toEqual([50, 100, 50, 400]);
  });

  it('overlapping centres give a point, not NaN', () => {
    const box = { x: 10, y: 10, w: 20, h: 20 };
    expect(ghostLinePoints(box, box)).toEqual([20, 20, 20, 20]);
  });
});
