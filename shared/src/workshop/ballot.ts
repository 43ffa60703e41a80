// One person's dots in a vote round, and the rules for placing and taking them back. The server
// keeps ballots to itself until the reveal; this is the logic it applies to each vote.
import { idRecord, ownValue } from '../id-records.js';
import type { ShapeId } from '../ids.js';
import type { VoteRules } from './vote-rules.js';

/** card -> how many of this person's dots are on it (only positive counts are kept). */
export type Ballot = Readonly<Record<ShapeId, number>>;

export const votesUsed = (ballot: Ballot): number => Object.values(ballot).reduce((sum, n) => sum + n, 0);
export const votesLeft = (ballot: Ballot, rules: VoteRules): number =>
  Math.max(0, rules.votesPerPerson - votesUsed(ballot));

export type VoteChange = { ok: true; ballot: Ballot } | { ok: false; reason: string };

/** Adds a dot to `card` (delta 1) or takes one back (delta -1). */
export function changeVote(ballot: Ballot, card: ShapeId, delta: 1 | -1, rules: VoteRules): VoteChange {
  const current = ownValue(ballot, card) ?? 0;
  if (delta === 1) {
    if (votesLeft(ballot, rules) === 0)
      return { ok: false, reason: `no votes left (${rules.votesPerPerson} each)` };
    if (current > 0 && !rules.allowMultiple)
      return { ok: false, reason: 'this round allows one vote per card per person' };
  } else if (current === 0) {
    return { ok: false, reason: 'you have no vote on this card to take back' };
  }
  const next: Record<ShapeId, number> = idRecord(Object.entries(ballot));
  if (current + delta === 0) delete next[card];
  else next[card] = current + delta;
  return { ok: true, ballot: next };
}

/** Totals over every ballot of a round, and how many people voted. */
export function tallyBallots(ballots: Iterable<Ballot>): { totals: Record<ShapeId, number>; voters: number } {
  const totals: Record<ShapeId, number> = idRecord();
  let voters = 0;
  for (const ballot of ballots) {
    if (votesUsed(ballot) > 0) voters += 1;
    for (const [card, n] of Object.entries(ballot) as [ShapeId, number][])
      totals[card] = (ownValue(totals, card) ?? 0) + n;
  }
  return { totals, voters };
}
