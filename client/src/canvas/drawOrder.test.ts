import { describe, expect, it } from 'vitest';
import { inDrawOrder } from './drawOrder';

describe('the order shapes are drawn in', () => {
  it('puts frames at the back, then connectors, then the rest, each in the board’s order', () => {
    const shapes = [
      { id: 'c1', type: 'sticky' },
      { id: 'l1', type: 'connector' },
      { id: 'f1', type: 'frame' },
      { id: 'c2', type: 'rect' },
      { id: 'l2', type: 'connector' },
      { id: 'f2', type: 'frame' },
    ];
    expect(inDrawOrder(shapes, (shape) => shape.type).map((shape) => shape.id)).toEqual([
      'f1',
      'f2',
      'l1',
      'l2',
      'c1',
      'c2',
    ]);
  });
});
