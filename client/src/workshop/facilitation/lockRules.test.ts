import type { Locks, ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { box, connector } from '../../canvas/testShapes';
import { deletableIds, movableIds, NO_LOCKS, sameLocks, unlockedIds } from './lockRules';

const frame = box('frame', 0, 0, 500, 500, { id: 'frame' });
const inside = box('sticky', 10, 10, 100, 100, { id: 'inside' });
const outside = box('sticky', 600, 10, 100, 100, { id: 'outside' });
const other = box('sticky', 900, 10, 100, 100, { id: 'other' });
const link = connector(outside, other, { id: 'link' });
const all = [frame, inside, outside, other, link];
const byId = (id: ShapeId) => all.find((shape) => shape.id === id);
const locked = (...ids: string[]): Locks => ({ frames: false, shapes: new Set(ids as ShapeId[]) });
const sel = (...ids: string[]) => ids as ShapeId[];

describe('locks', () => {
  it('leave unlocked shapes free', () => {
    expect(unlockedIds(sel('frame', 'inside'), byId, NO_LOCKS)).toEqual(['frame', 'inside']);
    expect(movableIds(sel('frame', 'outside'), byId, all, NO_LOCKS)).toEqual({
      ids: ['frame', 'outside'],
      refused: false,
    });
  });

  it('keep a locked shape from being changed, and say so', () => {
    expect(unlockedIds(sel('inside', 'outside'), byId, locked('inside'))).toEqual(['outside']);
    expect(movableIds(sel('inside', 'outside'), byId, all, locked('inside'))).toEqual({
      ids: ['outside'],
      refused: true,
    });
  });

  it('lock every frame at once, not what is inside them', () => {
    const frames: Locks = { frames: true, shapes: new Set() };
    expect(movableIds(sel('frame', 'inside'), byId, all, frames)).toEqual({ ids: ['inside'], refused: true });
  });

  it('keep a frame still when something inside it is locked (it would move along)', () => {
    expect(movableIds(sel('frame'), byId, all, locked('inside'))).toEqual({ ids: [], refused: true });
  });

  it('do not count shapes that are gone as refused', () => {
    expect(movableIds(sel('ghost', 'outside'), byId, all, NO_LOCKS)).toEqual({
      ids: ['outside'],
      refused: false,
    });
  });

  it('keep the ends of a locked connector (deleting them would delete it)', () => {
    expect(deletableIds(sel('outside', 'inside'), byId, all, locked('link'))).toEqual({
      ids: ['inside'],
      refused: true,
    });
    expect(deletableIds(sel('outside', 'link'), byId, all, NO_LOCKS)).toEqual({
      ids: ['outside', 'link'],
      refused: false,
    });
  });

  it('compare by content', () => {
    expect(sameLocks(locked('a', 'b'), locked('b', 'a'))).toBe(true);
    expect(sameLocks(locked('a'), locked('b'))).toBe(false);
    expect(sameLocks(NO_LOCKS, { frames: true, shapes: new Set() })).toBe(false);
  });
});
