// Room lifecycle: loaded exactly once, unloaded when idle, its log folded into snapshots.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addSticky, readShapes } from '@kyoso/shared';
import { openSqliteStorage, type Storage } from '@kyoso/server';
import { connectClient, type SyncClient } from './support/clients.js';
import { createBoard, startTestServer, testConfig, type TestServer } from './support/server.js';
import { waitFor } from './support/wait.js';
import { joinAs } from './workshop/support.js';

const clients: SyncClient[] = [];
let server: TestServer | null = null;

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.dispose();
  server = null;
});

/** The real SQLite adapter, counting loads and optionally slowing them down. */
function countingStorage(dataDir: string, loadDelayMs = 0) {
  const inner = openSqliteStorage(dataDir);
  const loads: string[] = [];
  const storage: Storage = {
    ...inner,
    async loadRoom(room) {
      loads.push(room);
      if (loadDelayMs) await new Promise((resolve) => setTimeout(resolve, loadDelayMs));
      return inner.loadRoom(room);
    },
  };
  return { storage, loads };
}

describe('rooms', () => {
  it('two first connections at once load the room once', async () => {
    const config = testConfig();
    const { storage, loads } = countingStorage(config.dataDir, 100);
    server = await startTestServer(config, { storage });
    const board = await createBoard(server.url);
    const a = connectClient(server.url, board.id, 'content', board.tokens.members.a!);
    const b = connectClient(server.url, board.id, 'content', board.tokens.members.b!);
    clients.push(a, b);
    await Promise.all([a.synced, b.synced]);
    expect(loads.filter((room) => room === `${board.id}/content`)).toHaveLength(1);
  });

  it('a room is unloaded after its last client leaves, and reloads with everything in it', async () => {
    const config = testConfig({ roomIdleMs: 50 });
    const { storage, loads } = countingStorage(config.dataDir);
    server = await startTestServer(config, { storage });
    const board = await createBoard(server.url);
    const a = connectClient(server.url, board.id, 'content', board.tokens.members.a!);
    await a.synced;
    addSticky(a.doc, { x: 0, y: 0, text: '一度目' }, 'local');
    // The content room, and the rooms it relies on while it is loaded (control, writers, ...).
    await waitFor(() => server!.metrics.rooms.get() > 1, 'rooms loaded');
    a.destroy();
    await waitFor(() => server!.metrics.rooms.get() === 0, 'room unloaded');

    const b = connectClient(server.url, board.id, 'content', board.tokens.members.b!);
    clients.push(b);
    await b.synced;
    expect(readShapes(b.doc).shapes.map((s) => ('text' in s ? s.text : ''))).toEqual(['一度目']);
    expect(loads.filter((room) => room === `${board.id}/content`)).toHaveLength(2);
  });

  it('joining loads the content room ahead of the page, once, and lets it go idle', async () => {
    const config = testConfig({ roomIdleMs: 300 });
    const { storage, loads } = countingStorage(config.dataDir, 100);
    server = await startTestServer(config, { storage });
    const board = await createBoard(server.url);
    const contentLoads = () => loads.filter((room) => room === `${board.id}/content`).length;
    await joinAs(server.url, board, board.tokens.members.a!, 'Aiko');
    // Loading began when the join was answered, before any connection asked for it.
    await waitFor(() => contentLoads() === 1, 'the content room loading after the join');
    const a = connectClient(server.url, board.id, 'content', board.tokens.members.a!);
    clients.push(a);
    await a.synced;
    expect(contentLoads()).toBe(1);
    a.destroy();
    await waitFor(() => server!.metrics.rooms.get() === 0, 'rooms unloaded once idle');

    // Nobody connects after joining: the warmed room goes idle and unloads all the same.
    await joinAs(server.url, board, board.tokens.members.b!, 'Ben');
    await waitFor(() => contentLoads() === 2, 'the content room warmed again');
    await waitFor(() => server!.metrics.rooms.get() === 0, 'the warmed room unloaded');
  });

  it('folds a long update log into a snapshot without losing anything', async () => {
    server = await startTestServer({ compactAfterUpdates: 20 });
    const board = await createBoard(server.url);
    const a = connectClient(server.url, board.id, 'content', board.tokens.members.a!);
    clients.push(a);
    await a.synced;
    for (let i = 0; i < 75; i++) {
      addSticky(a.doc, { x: i, y: 0, text: `note ${i}` }, 'local');
      // One update per turn, so each is its own stored entry.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const room = `${board.id}/content`;
    await waitFor(async () => {
      const stored = await server!.storage.loadRoom(room);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
      return readShapes(doc).shapes.length === 75;
    }, 'all notes stored');
    const stored = await server.storage.loadRoom(room);
    expect(stored.updates.length).toBeLessThan(25);
    expect(stored.updatesSinceSnapshot).toBeLessThan(20);
  });

  it('migrates a board stored in an old schema version when it is loaded, once', async () => {
    server = await startTestServer();
    const { CURRENT_SCHEMA_VERSION } = await import('@kyoso/shared');
    const { writeV1Board, V1_FIXTURE_COMPANIES, V1_FIXTURE_SHAPE_IDS } =
      await import('@kyoso/shared/testing');
    const old = new Y.Doc();
    writeV1Board(old);
    const id = 'legacyboard0001' as never;
    await server.storage.createBoard(
      {
        id,
        title: 'v1',
        locale: 'ja',
        template: 'blank',
        companies: [...V1_FIXTURE_COMPANIES],
        createdAt: '',
        tokenGeneration: 0,
      },
      new Map([[`${id}/content`, Y.encodeStateAsUpdate(old)]]),
    );
    const token = await server.auth.sign({ board: id, role: 'facilitator' }, 0);
    const a = connectClient(server.url, id, 'content', token);
    clients.push(a);
    await a.synced;
    expect(a.doc.getMap('meta').get('schemaVersion')).toBe(CURRENT_SCHEMA_VERSION);
    const { shapes, problems } = readShapes(a.doc);
    expect(problems).toEqual([]);
    expect(shapes.map((s) => s.id).sort()).toEqual([...V1_FIXTURE_SHAPE_IDS].sort());
    // The migration is stored: the log holds the original state plus exactly one migration entry.
    expect((await server.storage.loadRoom(`${id}/content`)).updates).toHaveLength(2);
  });
});
