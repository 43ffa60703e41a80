// Whatever a client has received from the server is already stored: `kill -9` in the middle of
// a burst of edits loses none of it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addSticky, readShapes } from '@kyoso/shared';
import { connectClient, type SyncClient } from './support/clients.js';
import { spawnServer, type ChildServer } from './support/child-server.js';
import { createBoard } from './support/server.js';
import { waitFor } from './support/wait.js';

const dataDir = mkdtempSync(join(tmpdir(), 'kyoso-crash-'));
const servers: ChildServer[] = [];
const clients: SyncClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) {
    server.process.kill('SIGKILL');
    await server.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

const shapeIds = (client: SyncClient) => new Set(readShapes(client.doc).shapes.map((s) => s.id));

describe('crash safety', () => {
  it('after kill -9 during a burst of edits, everything any client had received is there after restart', async () => {
    const first = await spawnServer(dataDir);
    servers.push(first);
    const board = await createBoard(first.url);
    const writer = connectClient(first.url, board.id, 'content', board.tokens.members.a!);
    const reader = connectClient(first.url, board.id, 'content', board.tokens.members.b!);
    clients.push(writer, reader);
    await Promise.all([writer.synced, reader.synced]);

    // The reader stops at the first sign of trouble so that what it holds is exactly what it received.
    const readerClosed = new Promise<void>((resolve) =>
      reader.provider.once('connection-close', () => {
        reader.provider.shouldConnect = false;
        resolve();
      }),
    );
    let written = 0;
    let bursting = true;
    const burst = () => {
      if (!bursting || !writer.provider.wsconnected) return;
      for (let i = 0; i < 5; i++)
        addSticky(writer.doc, { x: written * 10, y: 0, text: `メモ ${written++}` }, 'local');
      setImmediate(burst);
    };
    burst();
    await waitFor(() => shapeIds(reader).size >= 100, 'the reader to receive 100 notes');
    first.process.kill('SIGKILL');
    await readerClosed;
    bursting = false;
    const received = shapeIds(reader);
    expect(received.size).toBeGreaterThanOrEqual(100);

    const second = await spawnServer(dataDir);
    servers.push(second);
    const auditor = connectClient(second.url, board.id, 'content', board.tokens.observer);
    clients.push(auditor);
    await auditor.synced;
    const stored = shapeIds(auditor);
    const missing = [...received].filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    expect(readShapes(auditor.doc).problems).toEqual([]);
  });
});
