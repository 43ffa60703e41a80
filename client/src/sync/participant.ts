// This browser's participant on the board: the server issues a participant id and token for the
// name the person gave (POST /participants). Every channel and every command the ledger records
// uses it, so the server knows who did what. The token is kept per board and role so that a
// reload keeps the same participant (and its votes). When the facilitator requires admission,
// the person waits until let in; when the facilitator removed them, they are told so and are not
// quietly joined again.
import type { Identity, Store } from './session-types';
import { createValueStore } from './store';
import type { CommandResult, CommandsApi, ParticipantInfo } from './commandsApi';

export type ParticipantState =
  | { status: 'joining' }
  | { status: 'ready'; participant: ParticipantInfo; token: string }
  /** Admission is required: the facilitator has not let this person in yet. */
  | { status: 'waiting'; participant: ParticipantInfo; token: string }
  /** The facilitator removed this participant, or (`declined`) turned their request down. */
  | { status: 'removed'; message: string; declined: boolean }
  /** The server refused (rotated link, bad name): `message` says why. Retried on `retry()`. */
  | { status: 'failed'; message: string };

export interface LiveParticipant extends Store<ParticipantState> {
  /** The participant token once admitted, else null. */
  token(): string | null;
  retry(): void;
  /** After a removal: asks to join again with the link (a new participant). */
  rejoin(): void;
  destroy(): void;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const RETRY_MS = 3000;
/** How often a waiting person asks whether they have been let in. */
const ADMISSION_POLL_MS = 2000;

/** What makes one join the same as another: the link and who the person is. */
export const joinKey = (identity: Identity, linkToken: string): string =>
  JSON.stringify([linkToken, identity.boardId, identity.role, identity.company, identity.name]);

export const participantStorageKey = (identity: Identity): string =>
  `kyoso.participant.${identity.boardId}.${identity.role}.${identity.company ?? ''}`;

export type Joined = CommandResult<{ participant: ParticipantInfo; token: string }>;
const isRemoval = (result: Joined): boolean => !result.ok && result.code === 'removed';

export interface JoinRequest {
  api: CommandsApi;
  identity: Identity;
  linkToken: string;
  storage: KeyValueStorage | null;
}

/**
 * One join: renaming with the cached participant token keeps the same participant; a refused one
 * (the link was rotated, the board's secret changed) is dropped and we join afresh with the link,
 * unless the facilitator removed this participant: that is said, not undone behind their back.
 */
export async function requestJoin({ api, identity, linkToken, storage }: JoinRequest): Promise<Joined> {
  const key = participantStorageKey(identity);
  const cached = storage?.getItem(key) ?? null;
  const result: Joined | null = cached ? await api.registerParticipant(cached, identity.name) : null;
  if (result && !result.ok && result.status >= 400 && result.status < 500 && !isRemoval(result)) {
    storage?.removeItem(key);
  } else if (result) return result;
  return api.registerParticipant(linkToken, identity.name);
}

export function joinAsParticipant(
  options: JoinRequest & {
    /** The first join's request when it was already sent (the page's head start), else made here. */
    firstRequest?: Promise<Joined> | null;
    retryMs?: number;
    pollMs?: number;
  },
): LiveParticipant {
  const { api, identity, linkToken, storage } = options;
  const key = participantStorageKey(identity);
  const store = createValueStore<ParticipantState>({ status: 'joining' });
  let destroyed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const later = (run: () => Promise<void>, ms: number) => {
    timer = setTimeout(() => void run(), ms);
  };

  function settle(result: Joined, retry: () => Promise<void>): void {
    if (destroyed) return;
    if (result.ok) {
      storage?.setItem(key, result.value.token);
      const { participant, token } = result.value;
      if (participant.status === 'waiting') {
        store.set({ status: 'waiting', participant, token });
        later(() => poll(token), options.pollMs ?? ADMISSION_POLL_MS);
      } else store.set({ status: 'ready', participant, token });
    } else if (isRemoval(result)) {
      storage?.removeItem(key);
      // Removed while waiting to be let in: the request was turned down.
      const declined = store.get().status === 'waiting';
      store.set({ status: 'removed', message: result.message, declined });
    } else if (result.status === 0 || result.status >= 500) {
      later(retry, options.retryMs ?? RETRY_MS);
    } else {
      store.set({ status: 'failed', message: result.message });
    }
  }

  let headStart = options.firstRequest ?? null;
  async function attempt(): Promise<void> {
    if (destroyed) return;
    timer = null;
    const request = headStart ?? requestJoin({ api, identity, linkToken, storage });
    headStart = null;
    settle(await request, attempt);
  }

  /** While waiting for admission: has the facilitator let this person in yet? */
  async function poll(token: string): Promise<void> {
    if (destroyed) return;
    timer = null;
    const result = await api.participantMe(token);
    if (destroyed) return;
    if (result.ok)
      settle({ ok: true, value: { participant: result.value.participant, token } }, () => poll(token));
    else settle(result, () => poll(token));
  }

  void attempt();

  return {
    get: store.get,
    subscribe: store.subscribe,
    token() {
      const state = store.get();
      return state.status === 'ready' ? state.token : null;
    },
    retry() {
      if (timer) clearTimeout(timer);
      store.set({ status: 'joining' });
      void attempt();
    },
    rejoin() {
      if (timer) clearTimeout(timer);
      storage?.removeItem(key);
      store.set({ status: 'joining' });
      void attempt();
    },
    destroy() {
      destroyed = true;
      if (timer) clearTimeout(timer);
      store.destroy();
    },
  };
}
