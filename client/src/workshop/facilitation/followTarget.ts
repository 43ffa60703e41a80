// Whose view this page's camera follows, pure. Two ways to follow: someone this person picked
// from the presence list, and the facilitator's "follow me" walk (in `control`), which everyone
// follows unless they stepped out of that walk. The walk wins while it is on; the leader's own
// page follows nobody.
import type { FollowMe } from '@kyoso/shared';

export interface FollowChoice {
  /** Someone picked from the presence list (awareness client id on the content channel). */
  peer: { clientId: number; name: string } | null;
  /** The walk (its `since`) this person stepped out of; it stays out until they rejoin. */
  leftWalk: number | null;
}

export const NO_FOLLOW: FollowChoice = Object.freeze({ peer: null, leftWalk: null });

export type FollowTarget =
  | { mode: 'peer'; clientId: number; name: string }
  | { mode: 'walk'; clientId: number; name: string; since: number };

export function followTarget(
  choice: FollowChoice,
  walk: FollowMe | null,
  selfClientId: number,
): FollowTarget | null {
  if (walk && walk.leader !== selfClientId && choice.leftWalk !== walk.since)
    return { mode: 'walk', clientId: walk.leader, name: walk.name, since: walk.since };
  if (choice.peer && choice.peer.clientId !== selfClientId) return { mode: 'peer', ...choice.peer };
  return null;
}

/** Stops following `target`: a picked person is dropped, a walk is left (until rejoined). */
export function stopFollowing(choice: FollowChoice, target: FollowTarget): FollowChoice {
  return target.mode === 'walk' ? { ...choice, leftWalk: target.since } : { ...choice, peer: null };
}

export const sameTarget = (a: FollowTarget | null, b: FollowTarget | null): boolean =>
  a === b ||
  (!!a &&
    !!b &&
    a.mode === b.mode &&
    a.clientId === b.clientId &&
    a.name === b.name &&
    (a.mode !== 'walk' || (b.mode === 'walk' && a.since === b.since)));
