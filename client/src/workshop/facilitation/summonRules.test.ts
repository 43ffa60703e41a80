import { describe, expect, it } from 'vitest';
import { shouldAnswerSummon } from './summonRules';

describe('answering a summon', () => {
  const summon = { seq: 4, view: { x: 0, y: 0, w: 100, h: 100 }, by: 'Fumi', at: 50_000 };

  it('answers a fresh summon once', () => {
    expect(shouldAnswerSummon(summon, null, 51_000)).toBe(true);
    expect(shouldAnswerSummon(summon, 4, 51_000)).toBe(false);
    expect(shouldAnswerSummon({ ...summon, seq: 5 }, 4, 51_000)).toBe(true);
  });

  it('ignores an old summon found when the board opens', () => {
    expect(shouldAnswerSummon(summon, null, 50_000 + 60_000)).toBe(false);
    expect(shouldAnswerSummon(null, null, 0)).toBe(false);
  });
});
