// This browser's participant on the board: the server issues a participant id and token for the
// name the person gave (POST /participants), which vote, agree and reveal commands need. The token
// is kept per board and role so that a reload keeps the same participant (and its votes).
import type { Identity, Store } from '../sync/session-types';
import { createValueStore } from '../sync/store';
import type { CommandsApi, ParticipantInfo } from './commandsApi';

export type ParticipantState =
  | { status: 'joining' }
  | { status: 'ready'; participant: ParticipantInfo; token: string }
  /** The server refused (rotated link, bad name): `message` says why. Retried on `retry()`. */
  | { status: 'failed'; message: string };

export interface LiveParticipant extends Store<ParticipantState> {
  /** The participant token, or null until joined. */
  token(): string | null;
  retry(): void;
  destroy(): void;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const RETRY_MS = 3000;

export const participantStorageKey = (identity: Identity): string =>
  `kyoso.participant.${identity.boardId}.${identity.role}.${identity.company ?? ''}`;

export function joinAsParticipant(options: {
  api: CommandsApi;
  identity: Identity;
  linkToken: string;
  storage: KeyValueStorage | null;
  retryMs?: number;
}): LiveParticipant {
  const { api, identity, linkToken, storage } = options;
  const key = participantStorageKey(identity);
  const store = createValueStore<ParticipantState>({ status: 'joining' });
  let destroyed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function attempt(): Promise<void> {
    if (destroyed) return;
    timer = null;
    const cached = storage?.getItem(key) ?? null;
    // Renaming with the cached token keeps the same participant; a refused one (the link was
    // rotated, the board's secret changed) is dropped and we join afresh with the link.
    let result = cached ? await api.registerParticipant(cached, identity.name) : null;
    if (result && !result.ok && result.status >= 400 && result.status < 500) {
      storage?.removeItem(key);
      result = null;
    }
    result ??= await api.registerParticipant(linkToken, identity.name);
    if (destroyed) return;
    if (result.ok) {
      storage?.setItem(key, result.value.token);
      store.set({ status: 'ready', participant: result.value.participant, token: result.value.token });
    } else if (result.status === 0 || result.status >= 500) {
      timer = setTimeout(() => void attempt(), options.retryMs ?? RETRY_MS);
    } else {
      store.set({ status: 'failed', message: result.message });
    }
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
    destroy() {
      destroyed = true;
      if (timer) clearTimeout(timer);
      store.destroy();
    },
  };
}
