// Joiners that ask for a large board and then stop reading must not multiply it in the server's
// memory: they share one encoding of the board. The server runs as a process of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSticky, type CompanyKey } from '@kyoso/shared';
import { rssOf, spawnServer, stopServer, type ChildServer } from '../support/child-server.js';
import { connectClient, rawSocket, syncUrl, type RawSocket, type SyncClient } from '../support/clients.js';
import { createBoard, type CreatedBoard } from '../support/server.js';
import { waitFor } from '../support/wait.js';

const MiB = 1024 * 1024;
/** Sync step 1 with an empty state vector: "send me everything". */
const WANT_EVERYTHING = new Uint8Array([0, 0, 1, 0]);

let server: ChildServer;
let board: CreatedBoard;
let writer: SyncClient;
const dataDir = mkdtempSync(join(tmpdir(), 'kyoso-slow-'));
const sockets: RawSocket[] = [];

async function bytesSent(): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(/^kyoso_bytes_total\{direction="out"\} (\d+)/m.exec(text)?.[1] ?? 0);
}

beforeAll(async () => {
  server = await spawnServer(dataDir);
  board = await createBoard(server.url);
  writer = connectClient(server.url, board.id, 'content', board.tokens.members.a!);
  await writer.synced;
  // About 8 MiB of cards, in messages under the size limit.
  for (let batch = 0; batch < 14; batch++) {
    writer.doc.transact(() => {
      for (let i = 0; i < 20; i++)
        addSticky(
          writer.doc,
          { x: i * 250, y: batch * 250, text: '共'.repeat(10_000), company: 'a' as CompanyKey },
          'local',
        );
    });
    await waitFor(() => writer.provider.ws?.bufferedAmount === 0, 'the batch sent');
  }
  const check = connectClient(server.url, board.id, 'content', board.tokens.observer);
  try {
    await waitFor(
      async () => {
        await check.synced;
        return check.doc.getMap('shapes').size === 14 * 20;
      },
      'the board stored',
      30_000,
    );
  } finally {
    check.destroy();
  }
}, 120_000);

afterAll(async () => {
  writer?.destroy();
  for (const socket of sockets) socket.ws.terminate();
  if (server) await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('joiners that stop reading', () => {
  it('share one copy of the board instead of pinning one each', async () => {
    const before = rssOf(server);
    const sentBefore = await bytesSent();
    for (let i = 0; i < 40; i++) {
      const socket = rawSocket(syncUrl(server.url, board.id, 'content', board.tokens.observer));
      sockets.push(socket);
      await socket.opened;
      // Reads nothing more: the server's replies pile up in its own buffers.
      (socket.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      socket.ws.send(WANT_EVERYTHING);
    }
    // Every one of them was handed the board (the counter lags by up to a second).
    await waitFor(async () => (await bytesSent()) - sentBefore > 40 * 7 * MiB, 'the replies sent', 15_000);
    expect(rssOf(server) - before).toBeLessThan(120 * MiB);
  }, 60_000);
});
