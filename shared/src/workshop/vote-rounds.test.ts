import { describe, expect, it } from 'vitest';
import type { ShapeId } from '../ids.js';
import { parseLedgerEvent, type LedgerEvent } from './ledger.js';
import { latestVoteRound, rankByVotes } from './vote-rounds.js';
import type { VoteRules } from './vote-rules.js';

const by = { participant: 'f1234567', name: 'Facil', role: 'facilitator', company: null };
const rules1: VoteRules = { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: false };
const rules2: VoteRules = {
  scope: { kind: 'kind', cardKinds: ['idea'] },
  votesPerPerson: 5,
  allowMultiple: true,
};
const event = (fields: Record<string, unknown>, minute = 0): LedgerEvent => {
  const parsed = parseLedgerEvent({
    at: `2025-05-01T10:${String(minute).padStart(2, '0')}:00Z`,
    by,
    ...fields,
  });
  if (!parsed) throw new Error(`bad test event ${JSON.stringify(fields)}`);
  return parsed;
};
const started = (round: number, rules = rules1, minute = 0) =>
  event({ type: 'vote-started', round, rules }, minute);
const ended = (round: number, minute = 0) => event({ type: 'vote-ended', round }, minute);
const revealed = (round: number, totals: Record<string, number>, voters: number, minute = 0) =>
  event({ type: 'votes-revealed', round, totals, voters }, minute);
const agreed = event({
  type: 'agreed',
  by: { participant: 'p1234567', name: 'Aiko', role: 'member', company: 'acme' },
  company: 'acme',
  card: 'c1',
});

describe('latestVoteRound', () => {
  it('is null before any round was started', () => {
    expect(latestVoteRound([])).toBeNull();
    expect(latestVoteRound([agreed, ended(1), revealed(1, { c1: 1 }, 1)])).toBeNull();
  });

  it('follows a round through start, end and reveal', () => {
    const events = [started(1, rules1, 5)];
    expect(latestVoteRound(events)).toEqual({
      round: 1,
      rules: rules1,
      status: 'open',
      startedAt: '2025-05-01T10:05:00Z',
      endedAt: null,
      totals: null,
      voters: null,
    });
    events.push(agreed, ended(1, 9));
    expect(latestVoteRound(events)).toMatchObject({
      round: 1,
      status: 'ended',
      endedAt: '2025-05-01T10:09:00Z',
      totals: null,
    });
    events.push(revealed(1, { c1: 2, c2: 1 }, 2, 12));
    expect(latestVoteRound(events)).toMatchObject({
      round: 1,
      status: 'revealed',
      endedAt: '2025-05-01T10:09:00Z',
      totals: { c1: 2, c2: 1 },
      voters: 2,
    });
  });

  it('moves on to a second round, which starts open with its own rules', () => {
    const events = [started(1), ended(1), revealed(1, { c1: 2 }, 2), started(2, rules2, 30)];
    expect(latestVoteRound(events)).toEqual({
      round: 2,
      rules: rules2,
      status: 'open',
      startedAt: '2025-05-01T10:30:00Z',
      endedAt: null,
      totals: null,
      voters: null,
    });
  });

  it('closes at the reveal of a round revealed without an end of its own', () => {
    expect(latestVoteRound([started(1), revealed(1, { c1: 1 }, 1, 7)])).toMatchObject({
      status: 'revealed',
      endedAt: '2025-05-01T10:07:00Z',
    });
  });

  it('ignores ends and reveals of older rounds', () => {
    const events = [started(1), ended(1), started(2, rules2), ended(1), revealed(1, { c1: 9 }, 9)];
    expect(latestVoteRound(events)).toMatchObject({ round: 2, status: 'open', totals: null });
  });

  it('ignores an end or reveal of a round that has not started', () => {
    const events = [started(1), ended(2), revealed(2, { c1: 1 }, 1)];
    expect(latestVoteRound(events)).toMatchObject({ round: 1, status: 'open' });
  });

  it('ignores a repeated or older start', () => {
    const events = [started(2, rules2, 10), started(2, rules1, 20), started(1, rules1, 30)];
    expect(latestVoteRound(events)).toMatchObject({
      round: 2,
      rules: rules2,
      startedAt: '2025-05-01T10:10:00Z',
    });
  });

  it('does not reopen or un-reveal a round on a late end', () => {
    const events = [started(1), ended(1), revealed(1, { c1: 1 }, 1), ended(1)];
    expect(latestVoteRound(events)).toMatchObject({ status: 'revealed', totals: { c1: 1 } });
  });
});

describe('rankByVotes', () => {
  it('orders cards by votes, most first, leaving out cards without votes', () => {
    const totals = { a: 1, b: 5, c: 0, d: 3 } as Record<ShapeId, number>;
    expect(rankByVotes(totals)).toEqual([
      { card: 'b', votes: 5 },
      { card: 'd', votes: 3 },
      { card: 'a', votes: 1 },
    ]);
  });

  it('keeps tied cards in the order they were first seen', () => {
    const totals = { x: 2, a: 2, m: 4, b: 2 } as Record<ShapeId, number>;
    expect(rankByVotes(totals).map((r) => r.card)).toEqual(['m', 'x', 'a', 'b']);
  });

  it('ranks nothing when nobody voted', () => {
    expect(rankByVotes({})).toEqual([]);
  });
});
