import { describe, expect, it } from 'vitest';
import { followTarget, NO_FOLLOW, sameTarget, stopFollowing, type FollowChoice } from './followTarget';

const walk = { leader: 7, name: 'Fumi', since: 1000 };
const aoi = { clientId: 3, name: 'Aoi' };

describe('whom the camera follows', () => {
  it('follows nobody by default', () => {
    expect(followTarget(NO_FOLLOW, null, 1)).toBeNull();
  });

  it('follows a person picked from the presence list until stopped', () => {
    const choice: FollowChoice = { ...NO_FOLLOW, peer: aoi };
    const target = followTarget(choice, null, 1);
    expect(target).toEqual({ mode: 'peer', clientId: 3, name: 'Aoi' });
    expect(followTarget(stopFollowing(choice, target!), null, 1)).toBeNull();
  });

  it('follows the facilitator’s walk over a picked person, except on the leader’s own page', () => {
    const choice: FollowChoice = { ...NO_FOLLOW, peer: aoi };
    expect(followTarget(choice, walk, 1)).toEqual({ mode: 'walk', clientId: 7, name: 'Fumi', since: 1000 });
    expect(followTarget(NO_FOLLOW, walk, 7)).toBeNull();
  });

  it('lets a participant leave the walk, and follows the next walk again', () => {
    const target = followTarget(NO_FOLLOW, walk, 1)!;
    const left = stopFollowing(NO_FOLLOW, target);
    expect(followTarget(left, walk, 1)).toBeNull();
    expect(followTarget(left, { ...walk, since: 2000 }, 1)?.mode).toBe('walk');
    // Rejoining is forgetting that the walk was left.
    expect(followTarget({ ...left, leftWalk: null }, walk, 1)?.mode).toBe('walk');
  });

  it('after leaving a walk, goes back to a person picked before', () => {
    const choice: FollowChoice = { peer: aoi, leftWalk: 1000 };
    expect(followTarget(choice, walk, 1)).toEqual({ mode: 'peer', ...aoi });
  });

  it('compares targets by value', () => {
    expect(sameTarget(followTarget(NO_FOLLOW, walk, 1), followTarget(NO_FOLLOW, { ...walk }, 1))).toBe(true);
    expect(sameTarget(followTarget(NO_FOLLOW, walk, 1), null)).toBe(false);
  });
});
