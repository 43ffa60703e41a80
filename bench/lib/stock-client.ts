// One stock y-websocket client as the load processes run it: the provider on `ws` (or a subclass
// that counts), the token as a query parameter, a name in its awareness, and every close the
// server makes counted by code while `counting()` says so.
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';

export interface StockClientOptions {
  url: string;
  room: string;
  token: string | undefined;
  name: string;
  /** `ws`'s WebSocket, or a subclass of it. */
  WebSocketClass: new (address: string, protocols?: string | string[]) => unknown;
  /** Closes counted by code (`local` when the client closed). */
  disconnects: Record<string, number>;
  counting: () => boolean;
}

export function connectStockClient(options: StockClientOptions): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(options.url, options.room, doc, {
    WebSocketPolyfill: options.WebSocketClass as unknown as typeof globalThis.WebSocket,
    params: options.token === undefined ? {} : { token: options.token },
    disableBc: true,
    maxBackoffTime: 1000,
  });
  provider.awareness.setLocalStateField('user', { name: options.name });
  provider.on('connection-close', (event: { code?: number } | null) => {
    if (!options.counting()) return;
    const code = String(event?.code ?? 'local');
    options.disconnects[code] = (options.disconnects[code] ?? 0) + 1;
  });
  return { doc, provider };
}
