import type { ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { dragTargets } from './dragTargets';
import { box, connector } from './testShapes';

const frame = box('frame', 0, 0, 500, 500, { id: 'frame' });
const inside = box('sticky', 10, 10, 100, 100, { id: 'inside' });
const outside = box('sticky', 600, 10, 100, 100, { id: 'outside' });
const link = connector(inside, outside, { id: 'link' });
const all = [frame, inside, outside, link];
const byId = (id: ShapeId) => all.find((shape) => shape.id === id);

describe('dragTargets', () => {
  it('brings a frame’s contents and leaves connectors out', () => {
    expect(dragTargets([frame.id, link.id], byId, all)).toEqual(['frame', 'inside']);
    expect(dragTargets([outside.id], byId, all)).toEqual(['outside']);
  });

  it('skips shapes that are gone', () => {
    expect(dragTargets(['ghost' as ShapeId], byId, all)).toEqual([]);
  });
});
