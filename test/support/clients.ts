// Real y-websocket clients (the stock provider, in Node) and raw sockets for misbehaving ones.
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { readAuthMessage } from 'y-protocols/auth';
import { WebsocketProvider, messageAuth } from 'y-websocket';
import { waitFor } from './wait.js';

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the server is complete. */
  synced: Promise<void>;
  /** Every "permission denied" reason the server sent this client (also passed to the stock handler). */
  denials: string[];
  destroy(): void;
}

/**
 * Keeps a copy of every permission-denied reason the provider receives, then lets the stock
 * handler (which hands it to y-websocket's permissionDeniedHandler) read the message as usual.
 */
export function recordDenials(provider: WebsocketProvider): string[] {
  const denials: string[] = [];
  const stock = provider.messageHandlers[messageAuth]!;
  provider.messageHandlers[messageAuth] = (encoder, decoder, ...rest) => {
    readAuthMessage(decoding.clone(decoder), provider.doc, (_doc, reason) => denials.push(reason));
    stock(encoder, decoder, ...rest);
  };
  return denials;
}

export function wsUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws') + '/sync';
}

export function connectClient(
  httpUrl: string,
  boardId: string,
  channel: string,
  token: string,
  doc = new Y.Doc(),
): SyncClient {
  const provider = new WebsocketProvider(wsUrl(httpUrl), `${boardId}/${channel}`, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
    maxBackoffTime: 200,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', (isSynced: boolean) => isSynced && resolve());
  });
  const denials = recordDenials(provider);
  return {
    doc,
    provider,
    synced,
    denials,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export interface RawSocket {
  ws: WebSocket;
  /** Every binary message received, in order. */
  received: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

/** A plain websocket that speaks whatever the test makes it say. */
export function rawSocket(url: string): RawSocket {
  const ws = new WebSocket(url);
  const received: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  ws.on('error', () => {});
  const opened = new Promise<void>((resolve) => ws.once('open', () => resolve()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return { ws, received, opened, closed };
}

export function syncUrl(httpUrl: string, boardId: string, channel: string, token?: string): string {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`;
  return `${wsUrl(httpUrl)}/${boardId}/${channel}${query}`;
}

export const closeCodeOf = async (socket: RawSocket) => (await socket.closed).code;

export async function waitConnected(client: SyncClient): Promise<void> {
  await waitFor(() => client.provider.wsconnected, 'client to connect');
}
