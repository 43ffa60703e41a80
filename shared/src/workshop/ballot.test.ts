import { describe, expect, it } from 'vitest';
import type { ShapeId } from '../ids.js';
import { changeVote, tallyBallots, votesLeft, votesUsed, type Ballot } from './ballot.js';
import type { VoteRules } from './vote-rules.js';

const a = 'cardA' as ShapeId;
const b = 'cardB' as ShapeId;
const c = 'cardC' as ShapeId;
const single: VoteRules = { scope: { kind: 'all' }, votesPerPerson: 2, allowMultiple: false };
const multiple: VoteRules = { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: true };

/** Applies changes one after another; throws on the first refusal. */
function cast(rules: VoteRules, ...changes: [ShapeId, 1 | -1][]): Ballot {
  let ballot: Ballot = {};
  for (const [card, delta] of changes) {
    const result = changeVote(ballot, card, delta, rules);
    if (!result.ok) throw new Error(result.reason);
    ballot = result.ballot;
  }
  return ballot;
}

describe('changing a vote', () => {
  it('puts a dot on a card', () => {
    expect(changeVote({}, a, 1, single)).toEqual({ ok: true, ballot: { [a]: 1 } });
  });

  it('never changes the ballot it was given', () => {
    const ballot: Ballot = { [a]: 1 };
    changeVote(ballot, b, 1, single);
    changeVote(ballot, a, -1, single);
    expect(ballot).toEqual({ [a]: 1 });
  });

  it('refuses a dot beyond votesPerPerson', () => {
    const ballot = cast(single, [a, 1], [b, 1]);
    const result = changeVote(ballot, c, 1, single);
    expect(result.ok).toBe(false);
    expect(votesLeft(ballot, single)).toBe(0);
  });

  it('refuses a second dot on one card when the round allows one per card', () => {
    const result = changeVote({ [a]: 1 }, a, 1, single);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('one vote per card') });
  });

  it('allows several dots on one card when the round allows multiple, up to the limit', () => {
    const ballot = cast(multiple, [a, 1], [a, 1], [a, 1]);
    expect(ballot).toEqual({ [a]: 3 });
    expect(changeVote(ballot, a, 1, multiple).ok).toBe(false);
    expect(changeVote(ballot, b, 1, multiple).ok).toBe(false);
  });

  it('takes a dot back, freeing it for another card', () => {
    const ballot = cast(single, [a, 1], [b, 1], [a, -1]);
    expect(ballot).toEqual({ [b]: 1 });
    expect(votesLeft(ballot, single)).toBe(1);
    expect(cast(single, [a, 1], [b, 1], [a, -1], [c, 1])).toEqual({ [b]: 1, [c]: 1 });
  });

  it('takes back one of several dots on a card', () => {
    expect(cast(multiple, [a, 1], [a, 1], [a, -1])).toEqual({ [a]: 1 });
  });

  it('refuses to take back a dot that is not there', () => {
    expect(changeVote({}, a, -1, single).ok).toBe(false);
    expect(changeVote({ [b]: 1 }, a, -1, single).ok).toBe(false);
  });

  it('counts used and remaining votes, never below zero', () => {
    expect(votesUsed({ [a]: 2, [b]: 1 })).toBe(3);
    expect(votesLeft({ [a]: 2, [b]: 1 }, multiple)).toBe(0);
    expect(votesLeft({ [a]: 5 }, multiple)).toBe(0);
    expect(votesLeft({}, multiple)).toBe(3);
  });
});

describe('tallying ballots', () => {
  it('adds every ballot up and counts the people who voted', () => {
    const ballots: Ballot[] = [{ [a]: 2, [b]: 1 }, { [b]: 1 }, {}, { [c]: 1 }];
    expect(tallyBallots(ballots)).toEqual({ totals: { [a]: 2, [b]: 2, [c]: 1 }, voters: 3 });
  });

  it('has no totals and no voters when nobody voted', () => {
    expect(tallyBallots([])).toEqual({ totals: {}, voters: 0 });
    expect(tallyBallots([{}, {}])).toEqual({ totals: {}, voters: 0 });
  });
});

describe('cards named like Object.prototype members', () => {
  it('are counted as plain cards, never as the members they are named after', () => {
    const [constructor, toString] = ['constructor', 'toString'] as ShapeId[];
    const ballot = cast(multiple, [constructor!, 1], [toString!, 1], [constructor!, 1]);
    expect({ ...ballot }).toEqual({ constructor: 2, toString: 1 });
    expect(changeVote(ballot, 'valueOf' as ShapeId, -1, multiple)).toMatchObject({ ok: false });
    const { totals } = tallyBallots([ballot, { hasOwnProperty: 1 } as Ballot]);
    expect({ ...totals }).toEqual({ constructor: 2, toString: 1, hasOwnProperty: 1 });
  });
});
