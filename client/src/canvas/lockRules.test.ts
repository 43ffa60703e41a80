import type { Locks, ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { NO_LOCKS, sameLocks } from './lockRules';

const locked = (...ids: string[]): Locks => ({ frames: false, shapes: new Set(ids as ShapeId[]) });

describe('locks', () => {
  it('compare by content', () => {
    expect(sameLocks(locked('a', 'b'), locked('b', 'a'))).toBe(true);
    expect(sameLocks(locked('a'), locked('b'))).toBe(false);
    expect(sameLocks(NO_LOCKS, { frames: true, shapes: new Set() })).toBe(false);
  });
});
