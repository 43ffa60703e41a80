// One live channel of a board: a Y.Doc kept in sync with the server by the stock y-websocket
// provider (DESIGN.md Contract, "Live sync"). Plain TypeScript, no React: components read it
// through `useSyncExternalStore` (see ../bindings/hooks.ts).
import { readAuthMessage } from 'y-protocols/auth';
import { WebsocketProvider, messageAuth } from 'y-websocket';
import * as Y from 'yjs';
import { tokenProtocols } from '@kyoso/shared';

/** The y-protocols awareness the provider sends and receives (presence). */
export type Awareness = WebsocketProvider['awareness'];

export type ConnectionStatus = 'connected' | 'connecting' | 'offline';

/** A close the server marked permanent (4401, 4403, 4400, 4413): the provider stops retrying. */
export interface TerminalClose {
  code: number;
  reason: string;
}

/** The server refused an update of this page (y-protocols' "permission denied"): why, as it said. */
export interface Refusal {
  /** The reason's code (`locked`, `other-company`, ...): the client words it in the reader's language. */
  code: string;
  /** The server's English reason. */
  message: string;
}

export interface ConnectionState {
  status: ConnectionStatus;
  /** True once the first sync with the server finished on the current connection. */
  synced: boolean;
  closed: TerminalClose | null;
  /**
   * The first update the server refused. This page's copy of the channel no longer matches the
   * board: it must be thrown away (IndexedDB included) and the channel opened afresh.
   */
  refused: Refusal | null;
}

/** `<code>: <message>`, as the server words a refusal. */
export function parseRefusal(reason: string): Refusal {
  const match = /^([a-z-]+): (.*)$/s.exec(reason);
  return match ? { code: match[1]!, message: match[2]! } : { code: 'unknown', message: reason };
}

export interface BoardConnection {
  readonly boardId: string;
  readonly channel: string;
  readonly doc: Y.Doc;
  /** The stock provider (its transaction origin is itself: never undoable). */
  readonly provider: WebsocketProvider;
  /** The channel's awareness (presence), sent and received through the provider. */
  readonly awareness: Awareness;
  /** Same object until something changes (safe as a `useSyncExternalStore` snapshot). */
  getState(): ConnectionState;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

export interface OpenBoardConnectionOptions {
  /** `ws(s)://host/sync`; the room is appended as `/<boardId>/<channel>`. */
  serverUrl: string;
  boardId: string;
  token: string;
  channel?: string;
  /** The document to sync; a fresh one by default. A document passed in is not destroyed by `destroy()`. */
  doc?: Y.Doc;
  /** A WebSocket class where there is no global one (Node 20: the `ws` package). */
  WebSocketPolyfill?: unknown;
  /** Connect at once (default true). */
  connect?: boolean;
  /** Upper bound of the reconnect backoff, ms (the provider's default 2500). */
  maxBackoffTime?: number;
}

/** The sync endpoint for a page served from `location` (same host, ws or wss to match http/https). */
export function syncServerUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`;
}

/** With the provider's backoff (0.2 s, 0.4 s, 0.8 s, ...), about two seconds of failed retries. */
const OFFLINE_AFTER_FAILED_ATTEMPTS = 4;

const browserOnline = (): boolean => typeof navigator === 'undefined' || navigator.onLine !== false;

export function openBoardConnection(options: OpenBoardConnectionOptions): BoardConnection {
  const channel = options.channel ?? 'content';
  const ownsDoc = options.doc === undefined;
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(options.serverUrl, `${options.boardId}/${channel}`, doc, {
    // The token rides in a subprotocol, not the URL, where proxies and access logs would keep it.
    protocols: tokenProtocols(options.token),
    // Cross-tab BroadcastChannel sync would let a read-only tab's local changes reach a writable
    // tab of the same board and be sent on with that tab's rights. Everything goes via the server.
    disableBc: true,
    ...(options.WebSocketPolyfill
      ? { WebSocketPolyfill: options.WebSocketPolyfill as typeof WebSocket }
      : {}),
    ...(options.connect === false ? { connect: false } : {}),
    ...(options.maxBackoffTime !== undefined ? { maxBackoffTime: options.maxBackoffTime } : {}),
  });

  let connected = false;
  /** Attempts that failed since the last successful connection. */
  let failedAttempts = 0;
  let synced = false;
  let closed: TerminalClose | null = null;
  let refused: Refusal | null = null;
  let state: ConnectionState = { status: 'connecting', synced: false, closed: null, refused: null };
  const listeners = new Set<() => void>();

  const update = () => {
    const status: ConnectionStatus = connected
      ? 'connected'
      : closed || failedAttempts >= OFFLINE_AFTER_FAILED_ATTEMPTS || !browserOnline()
        ? 'offline'
        : 'connecting';
    if (
      status === state.status &&
      synced === state.synced &&
      closed === state.closed &&
      refused === state.refused
    )
      return;
    state = { status, synced, closed, refused };
    for (const listener of [...listeners]) listener();
  };

  provider.on('status', ({ status }) => {
    if (status === 'connected') {
      connected = true;
      failedAttempts = 0;
    } else if (status === 'disconnected') {
      connected = false;
    }
    update();
  });
  provider.on('connection-close', () => {
    // Fires for every attempt that closed, also those that never opened. A blip (a server
    // restart) reads as "connecting" (reconnecting); repeated failures read as "offline" while
    // the provider keeps retrying in the background.
    connected = false;
    synced = false;
    failedAttempts += 1;
    update();
  });
  provider.on('sync', (isSynced: boolean) => {
    synced = isSynced;
    update();
  });
  provider.on('closed', (event) => {
    closed = { code: event.code, reason: event.reason };
    update();
  });
  // The stock handler only logs a refusal; this page must act on it.
  provider.messageHandlers[messageAuth] = (_encoder, decoder) =>
    readAuthMessage(decoder, doc, (_doc, reason) => {
      if (refused) return;
      refused = parseRefusal(reason);
      update();
    });

  const target = typeof window === 'undefined' ? null : window;
  target?.addEventListener('online', update);
  target?.addEventListener('offline', update);

  let destroyed = false;
  return {
    boardId: options.boardId,
    channel,
    doc,
    provider,
    awareness: provider.awareness,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      listeners.clear();
      target?.removeEventListener('online', update);
      target?.removeEventListener('offline', update);
      provider.destroy();
      if (ownsDoc) doc.destroy();
    },
  };
}
