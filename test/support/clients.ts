// Real y-websocket clients (the stock provider, in Node) and raw sockets for misbehaving ones.
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { waitFor } from './wait.js';

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the server is complete. */
  synced: Promise<void>;
  destroy(): void;
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
  return {
    doc,
    provider,
    synced,
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
