// This person's own ballot in the current round, as the server last told it (GET /votes/mine,
// and each POST /votes answer), plus the dots asked for and not answered yet, so that quick
// clicks count against what is left at once. Nobody else's ballot ever reaches the page.
// Requests go one at a time: an answer can never be overtaken by an older one.
import { idRecord, ownValue, type Ballot, type ShapeId } from '@kyoso/shared';
import type { Store } from '../../sync/session-types';
import { createValueStore } from '../../sync/store';
import type { CommandResult, CommandsApi, MyVotes } from '../../sync/commandsApi';

export interface PendingVote {
  round: number;
  card: ShapeId;
  delta: 1 | -1;
}

export type CommandFailure = Extract<CommandResult<unknown>, { ok: false }>;

export interface BallotState {
  /** The round `confirmed` belongs to; null before the first answer or when there is no round. */
  round: number | null;
  confirmed: Ballot;
  pending: readonly PendingVote[];
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Why the last load failed. */
  failure: CommandFailure | null;
}

export interface BallotStore extends Store<BallotState> {
  /** Reads the ballot again (queued behind votes in flight; repeated calls coalesce). */
  refresh(): void;
  /** Places (1) or takes back (-1) a dot in `round`; resolves with the server's answer. */
  vote(round: number, card: ShapeId, delta: 1 | -1): Promise<CommandResult<MyVotes>>;
  destroy(): void;
}

const EMPTY: Ballot = {};
const INITIAL: BallotState = { round: null, confirmed: EMPTY, pending: [], status: 'idle', failure: null };

/** The ballot for `round` as the page shows it: confirmed dots with the pending ones applied. */
export function shownBallot(state: BallotState, round: number): Ballot {
  const base = state.round === round ? state.confirmed : EMPTY;
  const mine = state.pending.filter((vote) => vote.round === round);
  if (mine.length === 0) return base;
  const next: Record<ShapeId, number> = idRecord(Object.entries(base));
  for (const { card, delta } of mine) {
    const count = (ownValue(next, card) ?? 0) + delta;
    if (count > 0) next[card] = count;
    else delete next[card];
  }
  return next;
}

export function createBallotStore(options: {
  api: Pick<CommandsApi, 'vote' | 'myVotes'>;
  token: () => string | null;
}): BallotStore {
  const { api, token } = options;
  const store = createValueStore<BallotState>(INITIAL);
  const update = (change: Partial<BallotState>) => store.set({ ...store.get(), ...change });
  let queue: Promise<unknown> = Promise.resolve();
  let refreshQueued = false;
  let destroyed = false;

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const accepted = (answer: MyVotes): Partial<BallotState> => ({
    round: answer.round?.round ?? null,
    confirmed: answer.ballot,
    status: 'ready',
    failure: null,
  });

  return {
    get: store.get,
    subscribe: store.subscribe,
    destroy() {
      destroyed = true;
      store.destroy();
    },
    refresh() {
      if (refreshQueued) return;
      refreshQueued = true;
      void enqueue(async () => {
        refreshQueued = false;
        const bearer = token();
        if (destroyed || !bearer) return;
        if (store.get().status !== 'ready') update({ status: 'loading' });
        const result = await api.myVotes(bearer);
        if (destroyed) return;
        if (result.ok) update(accepted(result.value));
        else update({ status: 'failed', failure: result });
      });
    },
    vote(round, card, delta) {
      const entry: PendingVote = { round, card, delta };
      update({ pending: [...store.get().pending, entry] });
      return enqueue(async (): Promise<CommandResult<MyVotes>> => {
        const bearer = token();
        const result: CommandResult<MyVotes> = bearer
          ? await api.vote(bearer, card, delta)
          : { ok: false, status: 401, message: '' };
        if (destroyed) return result;
        const pending = store.get().pending.filter((vote) => vote !== entry);
        update(result.ok ? { pending, ...accepted(result.value) } : { pending });
        return result;
      });
    },
  };
}
