import type { Ballot, ShapeId, VoteRound } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import type { CommandResult, MyVotes } from '../../sync/commandsApi';
import { createBallotStore, shownBallot, type BallotState } from './ballotStore';

const A = 'card-a' as ShapeId;
const B = 'card-b' as ShapeId;
const round = (n: number): VoteRound => ({
  round: n,
  rules: { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: true },
  status: 'open',
  startedAt: '2026-01-01T00:00:00.000Z',
  endedAt: null,
  totals: null,
  voters: null,
});
const answer = (n: number, ballot: Ballot, left: number): CommandResult<MyVotes> => ({
  ok: true,
  value: { round: round(n), ballot, left },
});

/** A fake server whose answers the test releases one by one, in any order. */
function fakeApi() {
  const calls: { kind: 'vote' | 'mine'; args: unknown[]; resolve: (r: CommandResult<MyVotes>) => void }[] =
    [];
  const call = (kind: 'vote' | 'mine', args: unknown[]) =>
    new Promise<CommandResult<MyVotes>>((resolve) => calls.push({ kind, args, resolve }));
  return {
    calls,
    api: {
      vote: (...args: unknown[]) => call('vote', args),
      myVotes: (...args: unknown[]) => call('mine', args),
    },
  };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('shownBallot', () => {
  const state: BallotState = {
    round: 1,
    confirmed: { [A]: 1 },
    pending: [
      { round: 1, card: A, delta: 1 },
      { round: 1, card: B, delta: 1 },
      { round: 2, card: B, delta: 1 },
    ],
    status: 'ready',
    failure: null,
  };

  it('applies the pending dots of the round to the confirmed ones', () => {
    expect(shownBallot(state, 1)).toEqual({ [A]: 2, [B]: 1 });
  });

  it('does not show a ballot of another round', () => {
    expect(shownBallot(state, 2)).toEqual({ [B]: 1 });
  });

  it('drops cards whose dots were all taken back', () => {
    expect(shownBallot({ ...state, pending: [{ round: 1, card: A, delta: -1 }] }, 1)).toEqual({});
  });
});

describe('createBallotStore', () => {
  it('shows a dot at once, and the server’s ballot once it answers', async () => {
    const { api, calls } = fakeApi();
    const store = createBallotStore({ api, token: () => 'tok' });
    const done = store.vote(1, A, 1);
    expect(shownBallot(store.get(), 1)).toEqual({ [A]: 1 });
    await settle();
    expect(calls[0]).toMatchObject({ kind: 'vote', args: ['tok', A, 1] });
    calls[0]!.resolve(answer(1, { [A]: 1 }, 2));
    expect((await done).ok).toBe(true);
    expect(store.get()).toMatchObject({ round: 1, confirmed: { [A]: 1 }, pending: [], status: 'ready' });
  });

  it('sends one request at a time, so an older answer never overwrites a newer one', async () => {
    const { api, calls } = fakeApi();
    const store = createBallotStore({ api, token: () => 'tok' });
    const first = store.vote(1, A, 1);
    const second = store.vote(1, B, 1);
    store.refresh();
    store.refresh();
    await settle();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(answer(1, { [A]: 1 }, 2));
    await first;
    await settle();
    expect(calls).toHaveLength(2);
    expect(shownBallot(store.get(), 1)).toEqual({ [A]: 1, [B]: 1 });
    calls[1]!.resolve(answer(1, { [A]: 1, [B]: 1 }, 1));
    await second;
    await settle();
    // The two refreshes asked while busy were one read.
    expect(calls.map((c) => c.kind)).toEqual(['vote', 'vote', 'mine']);
    calls[2]!.resolve(answer(1, { [A]: 1, [B]: 1 }, 1));
    await settle();
    expect(store.get().confirmed).toEqual({ [A]: 1, [B]: 1 });
  });

  it('takes back a refused dot and reports why', async () => {
    const { api, calls } = fakeApi();
    const store = createBallotStore({ api, token: () => 'tok' });
    const done = store.vote(1, A, 1);
    await settle();
    calls[0]!.resolve({ ok: false, status: 400, message: 'no votes left (3 each)' });
    expect(await done).toEqual({ ok: false, status: 400, message: 'no votes left (3 each)' });
    expect(shownBallot(store.get(), 1)).toEqual({});
  });

  it('waits for a participant token before reading, and reports a failed read', async () => {
    const { api, calls } = fakeApi();
    let token: string | null = null;
    const store = createBallotStore({ api, token: () => token });
    store.refresh();
    await settle();
    expect(calls).toHaveLength(0);
    token = 'tok';
    store.refresh();
    await settle();
    expect(store.get().status).toBe('loading');
    calls[0]!.resolve({ ok: false, status: 0, message: '' });
    await settle();
    expect(store.get()).toMatchObject({ status: 'failed', failure: { status: 0 } });
  });
});
