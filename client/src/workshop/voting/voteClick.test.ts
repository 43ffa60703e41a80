import { describe, expect, it } from 'vitest';
import { decideVoteClick, type VoteClickInput } from './voteClick';

const base: VoteClickInput = {
  voting: true,
  isCard: true,
  inScope: true,
  mine: 0,
  left: 3,
  allowMultiple: false,
  takeBack: false,
  shift: false,
};
const decide = (change: Partial<VoteClickInput>) => decideVoteClick({ ...base, ...change });

describe('decideVoteClick', () => {
  it('places a dot on a card in scope while dots are left', () => {
    expect(decide({})).toEqual({ action: 'add' });
    expect(decide({ mine: 2, allowMultiple: true, left: 1 })).toEqual({ action: 'add' });
  });

  it('leaves the click to the editor when not voting, on other shapes, and with shift', () => {
    expect(decide({ voting: false })).toEqual({ action: 'pass' });
    expect(decide({ isCard: false })).toEqual({ action: 'pass' });
    expect(decide({ shift: true })).toEqual({ action: 'pass' });
    expect(decide({ voting: false, takeBack: true, mine: 1 })).toEqual({ action: 'pass' });
  });

  it('toggles the dot off on a second click when one dot per card is allowed', () => {
    expect(decide({ mine: 1 })).toEqual({ action: 'remove' });
    expect(decide({ mine: 1, left: 0 })).toEqual({ action: 'remove' });
  });

  it('takes a dot back on Alt+click, right-click or a click on the dot', () => {
    expect(decide({ mine: 2, allowMultiple: true, takeBack: true })).toEqual({ action: 'remove' });
    expect(decide({ mine: 0, takeBack: true })).toEqual({ action: 'refuse', reason: 'noDotHere' });
  });

  it('lets a dot be taken back from a card no longer in scope', () => {
    expect(decide({ mine: 1, inScope: false, takeBack: true })).toEqual({ action: 'remove' });
    expect(decide({ mine: 1, inScope: false })).toEqual({ action: 'remove' });
  });

  it('explains a click on a card outside the round or with no dots left', () => {
    expect(decide({ inScope: false })).toEqual({ action: 'refuse', reason: 'outOfScope' });
    expect(decide({ left: 0 })).toEqual({ action: 'refuse', reason: 'noneLeft' });
    expect(decide({ left: 0, mine: 1, allowMultiple: true })).toEqual({
      action: 'refuse',
      reason: 'noneLeft',
    });
  });
});
