// Who did what survives a graceful restart: the server writes attribution and activity a moment
// after each change, and a shutdown in that moment (an operator's SIGTERM, a deploy) stores them
// before the rooms they go into close. The real server in this process, stopped and started on
// one data directory, with stock y-websocket clients.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { addSticky, readActivity, readAttribution, readShapes, type CompanyKey } from '@kyoso/shared';
import { startServer, type RunningServer } from '@kyoso/server';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, testConfig } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { joinAs } from '../workshop/support.js';

const config = testConfig();
/** Longer than the test takes: what is pending at the shutdown is still pending then. */
const activityTiming = { flushMs: 60_000 };
const clients: SyncClient[] = [];
let server: RunningServer | null = null;

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.close();
  rmSync(config.dataDir, { recursive: true, force: true });
});

describe('attribution and activity at a shutdown', () => {
  it('are stored when the server stops before writing them, and read back after the restart', async () => {
    server = await startServer(config, { activityTiming });
    const board = await createBoard(server.url);
    const aiko = await joinAs(server.url, board, board.tokens.members.a!, '山田 愛子');
    const writer = connectClient(server.url, board.id, 'content', aiko.token);
    const watcher = connectClient(server.url, board.id, 'content', board.tokens.observer);
    clients.push(writer, watcher);
    await Promise.all([writer.synced, watcher.synced]);
    const card = addSticky(
      writer.doc,
      { x: 0, y: 0, text: '全国の物流網', company: 'a' as CompanyKey, kind: 'asset' },
      'w',
    );
    // Stored and sent: the server accepted it, and holds its attribution for a minute.
    await waitFor(
      () => readShapes(watcher.doc).shapes.some((shape) => shape.id === card),
      'the card arrives',
    );

    await server.close();
    for (const client of clients.splice(0)) client.destroy();
    server = await startServer(config, { activityTiming });

    const reader = connectClient(server.url, board.id, 'activity', board.tokens.observer);
    clients.push(reader);
    await reader.synced;
    const stamp = readAttribution(reader.doc, card);
    expect(stamp?.created).toMatchObject({ name: '山田 愛子', company: 'a', role: 'member' });
    const entries = readActivity(reader.doc).entries.filter((entry) => entry.shapes.includes(card));
    expect(entries.map((entry) => entry.type)).toEqual(['created']);
  });
});
