// The sync token travels as a WebSocket subprotocol, never in the URL (where proxies and access
// logs keep it); the stock client's ?token= query parameter keeps working.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { configFromEnv, startServer, CLOSE, type RunningServer } from '@kyoso/server';
import { SYNC_PROTOCOL, tokenProtocols } from '@kyoso/shared';
import { openBoardConnection } from './boardConnection';
import { until } from './test-support';

let server: RunningServer;
let dataDir: string;
let board: { id: string; tokens: { members: Record<string, string> } };
/** Every URL a websocket was opened with. */
const urls: string[] = [];

class RecordingWebSocket extends WebSocket {
  constructor(url: string, protocols?: string | string[]) {
    urls.push(url);
    super(url, protocols);
  }
}

const syncUrl = () => `${server.url.replace(/^http/, 'ws')}/sync`;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kyoso-client-connection-'));
  server = await startServer(
    configFromEnv(
      {},
      { port: 0, host: '127.0.0.1', dataDir, secret: 'connection-test-secret-0123456789abcdef' },
    ),
  );
  const res = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: '接続テスト', companies: [{ name: 'A社' }, { name: 'B社' }] }),
  });
  board = (await res.json()) as typeof board;
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens a socket the way a client does, answering how the server closed it (or 'open'). */
function outcome(url: string, protocols?: string[]): Promise<number | 'open'> {
  const ws = new WebSocket(url, protocols);
  return new Promise((resolve) => {
    // The server sends its sync step 1 at once to a socket it admitted.
    ws.once('message', () => {
      resolve('open');
      ws.close();
    });
    ws.once('close', (code) => resolve(code));
  });
}

describe('the sync token', () => {
  it('is sent by Kyoso’s client as a subprotocol, never in the URL', async () => {
    const token = board.tokens.members.a!;
    const connection = openBoardConnection({
      serverUrl: syncUrl(),
      boardId: board.id,
      token,
      WebSocketPolyfill: RecordingWebSocket,
    });
    try {
      await until(
        (listener) => {
          connection.provider.on('sync', listener);
          return () => connection.provider.off('sync', listener);
        },
        () => connection.provider.synced,
        'the client synced',
      );
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).not.toContain(token);
      expect((connection.provider.ws as unknown as WebSocket).protocol).toBe(SYNC_PROTOCOL);
    } finally {
      connection.destroy();
    }
  });

  it('is checked like any token when it comes as a subprotocol', async () => {
    const url = `${syncUrl()}/${board.id}/content`;
    expect(await outcome(url, tokenProtocols('not-a-token'))).toBe(CLOSE.unauthorized);
  });

  it('is still taken from the stock client’s query parameter', async () => {
    const token = encodeURIComponent(board.tokens.members.b!);
    expect(await outcome(`${syncUrl()}/${board.id}/content?token=${token}`)).toBe('open');
  });
});
