// Scale-out (REDIS_URL): two server nodes in this process share one PostgreSQL store and one Redis,
// and stock y-websocket clients on either node see one live board.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addSticky, CLOSE_REASON, readShapes, type CompanyKey } from '@kyoso/shared';
import { ConfigError, openPostgresStorage, startServer, type Config } from '@kyoso/server';
import { spawnServer } from './support/child-server.js';
import { connectClient, rawSocket, syncUrl, type SyncClient } from './support/clients.js';
import { createBoard, startTestServer, testConfig, type TestServer } from './support/server.js';
import { waitFor } from './support/wait.js';
import {
  call,
  joinAs,
  ledgerOf,
  storedDoc,
  syncStep1Message,
  syncUpdateMessage,
} from './workshop/support.js';

const databaseUrl = process.env.KYOSO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.KYOSO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// Our own schema and channel prefix: other test files (and runs) share both servers.
const run = randomBytes(5).toString('hex');
const schema = `kyoso_scale_test_${run}`;
const redisPrefix = `kyoso-test-${run}:`;

const nodes: TestServer[] = [];
let node1: TestServer;
let node2: TestServer;
const clients: SyncClient[] = [];

async function startNode(overrides: Partial<Config> = {}): Promise<TestServer> {
  const node = await startTestServer(
    { databaseUrl, redisUrl, redisPrefix, ...overrides },
    { storage: await openPostgresStorage(databaseUrl, { schema }) },
  );
  nodes.push(node);
  return node;
}

function client(node: TestServer, boardId: string, channel: string, token: string): SyncClient {
  const c = connectClient(node.url, boardId, channel, token);
  clients.push(c);
  return c;
}

const texts = (doc: Y.Doc) =>
  readShapes(doc)
    .shapes.map((s) => ('text' in s ? s.text : ''))
    .sort();

beforeAll(async () => {
  node1 = await startNode();
  node2 = await startNode();
});

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

afterAll(async () => {
  await Promise.all(nodes.map((node) => node.dispose()));
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  await db.end();
});

describe('several nodes sharing boards through Redis', () => {
  it('two stock clients on two nodes converge on each other’s edits, live', async () => {
    const board = await createBoard(node1.url);
    const a = client(node1, board.id, 'content', board.tokens.members.a!);
    const b = client(node2, board.id, 'content', board.tokens.members.b!);
    await Promise.all([a.synced, b.synced]);

    addSticky(a.doc, { x: 0, y: 0, text: 'ノード1から' }, 'local');
    await waitFor(() => texts(b.doc).includes('ノード1から'), 'node 1’s note on node 2');
    addSticky(b.doc, { x: 100, y: 0, text: 'from node 2' }, 'local');
    await waitFor(() => texts(a.doc).includes('from node 2'), 'node 2’s note on node 1');

    // Both typing at once.
    for (let i = 0; i < 15; i++) {
      addSticky(a.doc, { x: i, y: 100, text: `a${i}` }, 'local');
      addSticky(b.doc, { x: i, y: 200, text: `b${i}` }, 'local');
      if (i % 5 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(
      () => readShapes(a.doc).shapes.length === 32 && readShapes(b.doc).shapes.length === 32,
      'every note on both clients',
    );
    expect(texts(a.doc)).toEqual(texts(b.doc));
    expect(texts(await storedDoc(node2.storage, `${board.id}/content`))).toEqual(texts(a.doc));
    expect(node1.metrics.fanOut.get({ direction: 'published' })).toBeGreaterThan(0);
    expect(node2.metrics.fanOut.get({ direction: 'received' })).toBeGreaterThan(0);
    expect(await (await fetch(`${node2.url}/metrics`)).text()).toMatch(
      /kyoso_fanout_messages_total\{direction="received"\} [1-9]/,
    );
  });

  it('shows presence across nodes, and removes it when the client leaves', async () => {
    const board = await createBoard(node1.url);
    const a = client(node1, board.id, 'content', board.tokens.members.a!);
    await a.synced;
    a.provider.awareness.setLocalState({
      user: { name: 'Aiko', role: 'facilitator' },
      cursor: { x: 1, y: 2 },
    });
    await waitFor(() => node1.metrics.fanOut.get({ direction: 'published' }) > 0, 'a published');

    // A client arriving on node 2 later sees a's presence at once, with the role its token names.
    const b = client(node2, board.id, 'content', board.tokens.members.b!);
    await b.synced;
    const aOnB = () => b.provider.awareness.getStates().get(a.doc.clientID) as { user?: unknown } | undefined;
    await waitFor(() => aOnB()?.user, 'a’s presence on node 2');
    expect(aOnB()?.user).toEqual({ name: 'Aiko', role: 'member', company: 'a' });

    b.provider.awareness.setLocalState({ user: { name: 'Ben' }, cursor: { x: 5, y: 5 } });
    await waitFor(
      () =>
        (a.provider.awareness.getStates().get(b.doc.clientID) as { cursor?: unknown } | undefined)?.cursor,
      'b’s presence on node 1',
    );
    b.provider.awareness.setLocalState({ user: { name: 'Ben' }, cursor: { x: 6, y: 7 } });
    await waitFor(
      () =>
        (a.provider.awareness.getStates().get(b.doc.clientID) as { cursor?: { x: number } } | undefined)
          ?.cursor?.x === 6,
      'b’s cursor moving on node 1',
    );

    clients.splice(clients.indexOf(a), 1);
    a.destroy();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'a’s presence gone on node 2');
  });

  it('shows the facilitator on node 1 an observer whose page is on node 2, until it closes', async () => {
    const board = await createBoard(node1.url);
    const observer = await joinAs(node2.url, board, board.tokens.observer, '見学 太郎');
    const roster = client(node1, board.id, 'participants', board.tokens.facilitator);
    await roster.synced;
    const here = () =>
      [...roster.provider.awareness.getStates().values()].flatMap((state) => {
        const participant = (state as { participant?: string }).participant;
        return participant ? [participant] : [];
      });
    const watching = client(node2, board.id, 'content', observer.token);
    await watching.synced;
    await waitFor(() => here().length > 0 || null, 'the observer on the roster of node 1');
    expect(here()).toEqual([observer.id]);

    clients.splice(clients.indexOf(watching), 1);
    watching.destroy();
    await waitFor(() => here().length === 0 || null, 'the observer gone from the roster of node 1');
  });

  it('passes an HTTP command handled on node 1 to a client on node 2', async () => {
    const board = await createBoard(node1.url);
    const member = await joinAs(node1.url, board, board.tokens.members.a!, '田中');
    const content = client(node2, board.id, 'content', board.tokens.members.a!);
    const ledger = client(node2, board.id, 'ledger', board.tokens.observer);
    await Promise.all([content.synced, ledger.synced]);
    const card = addSticky(
      content.doc,
      { x: 0, y: 0, text: '共同配送', company: 'a' as CompanyKey, kind: 'synergy' },
      'local',
    );
    await waitFor(
      async () => (await storedDoc(node1.storage, `${board.id}/content`)).getMap('shapes').has(card),
      'the card stored',
    );
    const answer = await call(node1.url, 'POST', `/api/boards/${board.id}/agreements`, member.token, {
      card,
      agree: true,
    });
    expect(answer.status).toBe(200);
    await waitFor(
      () => ledgerOf(ledger.doc).some((e) => e.type === 'agreed' && e.card === card),
      'the agreement on node 2',
    );
  });

  it('a board deleted through node 1 closes its sockets on node 2 and lets none back in', async () => {
    const board = await createBoard(node1.url);
    const writer = client(node2, board.id, 'content', board.tokens.members.a!);
    await writer.synced;
    addSticky(writer.doc, { x: 0, y: 0, text: '消える' }, 'local');
    const watching = rawSocket(syncUrl(node2.url, board.id, 'content', board.tokens.observer));
    await watching.opened;
    await waitFor(async () => (await node1.storage.listRooms(board.id)).length > 0, 'the board stored');

    const deleted = await call(node1.url, 'DELETE', `/api/boards/${board.id}`, board.tokens.facilitator);
    expect(deleted.status).toBe(200);
    expect(await watching.closed).toEqual({ code: 4403, reason: CLOSE_REASON.boardDeleted });
    const again = rawSocket(syncUrl(node2.url, board.id, 'content', board.tokens.observer));
    expect((await again.closed).code).toBe(4403);
    // Node 2's rooms of the board go idle and unload; nothing of them is written back.
    await waitFor(async () => (await node2.storage.listRooms(board.id)).length === 0, 'no rooms left');
    expect(await node2.storage.getBoard(board.id)).toBeNull();
  });

  it('serves a board loaded on node 2 after edits on node 1', async () => {
    const board = await createBoard(node1.url);
    const a = client(node1, board.id, 'content', board.tokens.members.a!);
    await a.synced;
    for (let i = 0; i < 5; i++) addSticky(a.doc, { x: i, y: 0, text: `n${i}` }, 'local');
    await waitFor(
      async () => readShapes(await storedDoc(node1.storage, `${board.id}/content`)).shapes.length === 5,
      'the notes stored',
    );
    const late = client(node2, board.id, 'content', board.tokens.observer);
    await late.synced;
    expect(texts(late.doc)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    // And it follows live from then on.
    addSticky(a.doc, { x: 9, y: 9, text: 'later' }, 'local');
    await waitFor(() => texts(late.doc).includes('later'), 'the later note on node 2');
  });

  it("answers a board's shapes on either node with everything, however each node last unloaded it", async () => {
    const board = await createBoard(node1.url);
    const path = `/api/boards/${board.id}/shapes`;
    const shapesOn = async (node: TestServer) =>
      (await call<{ shapes: { text?: string }[] }>(node.url, 'GET', path, board.tokens.observer)).body.shapes
        .map((shape) => shape.text ?? '')
        .sort();
    const bothIdle = () =>
      waitFor(() => node1.metrics.rooms.get() === 0 && node2.metrics.rooms.get() === 0, 'both nodes idle');
    const a = client(node1, board.id, 'content', board.tokens.members.a!);
    const b = client(node2, board.id, 'content', board.tokens.members.b!);
    await Promise.all([a.synced, b.synced]);
    addSticky(a.doc, { x: 0, y: 0, text: 'ノード1' }, 'local');
    addSticky(b.doc, { x: 300, y: 0, text: 'node 2' }, 'local');
    await waitFor(() => texts(a.doc).length === 2 && texts(b.doc).length === 2, 'both notes on both nodes');
    a.destroy();
    b.destroy();
    await bothIdle();
    expect(await shapesOn(node1)).toEqual(['node 2', 'ノード1']);
    expect(await shapesOn(node2)).toEqual(['node 2', 'ノード1']);

    // Then a writer neither node hears of (straight into the shared store) changes the board: each
    // node's kept answer is behind the log now and neither may use it.
    await bothIdle();
    const room = `${board.id}/content`;
    const elsewhere = await storedDoc(node2.storage, room);
    const before = Y.encodeStateVector(elsewhere);
    addSticky(elsewhere, { x: 600, y: 0, text: 'あとから' }, 'local');
    await node2.storage.appendUpdates(room, [Y.encodeStateAsUpdate(elsewhere, before)]);
    expect(await shapesOn(node1)).toEqual(['node 2', 'あとから', 'ノード1']);
    expect(await shapesOn(node2)).toEqual(['node 2', 'あとから', 'ノード1']);
  });

  it('catches up from the store when its Redis subscriber was cut off', async () => {
    const board = await createBoard(node1.url);
    const a = client(node1, board.id, 'content', board.tokens.members.a!);
    const b = client(node2, board.id, 'content', board.tokens.members.b!);
    await Promise.all([a.synced, b.synced]);

    // An update stored whose message never reached node 2 (as if published while it was away).
    const writer = new Y.Doc();
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(a.doc));
    const before = Y.encodeStateVector(writer);
    addSticky(writer, { x: 0, y: 0, text: 'missed message' }, 'local');
    const store = await openPostgresStorage(databaseUrl, { schema });
    try {
      await store.appendUpdates(`${board.id}/content`, [Y.encodeStateAsUpdate(writer, before)]);
    } finally {
      await store.close();
    }

    const admin = new Redis(redisUrl);
    try {
      const list = String(await admin.client('LIST'));
      const id = /\bid=(\d+)\b/.exec(
        list.split('\n').find((l) => l.includes(`name=kyoso-sub-${node2.nodeId}`)) ?? '',
      )?.[1];
      expect(id, 'node 2’s subscriber connection').toBeDefined();
      await admin.client('KILL', 'ID', id!);
    } finally {
      admin.disconnect();
    }
    await waitFor(() => texts(b.doc).includes('missed message'), 'node 2 to catch up after reconnecting');

    // Subscribed again: live edits flow as before.
    addSticky(a.doc, { x: 5, y: 5, text: 'after the blink' }, 'local');
    await waitFor(() => texts(b.doc).includes('after the blink'), 'a live note after the reconnection');
  });

  it('loses nothing when one node compacts while the other appends', async () => {
    const compacting = await startNode({ compactAfterUpdates: 3 });
    const board = await createBoard(node1.url);
    const a = client(compacting, board.id, 'content', board.tokens.members.a!);
    const b = client(node2, board.id, 'content', board.tokens.members.b!);
    await Promise.all([a.synced, b.synced]);
    for (let i = 0; i < 30; i++) {
      addSticky(a.doc, { x: i, y: 0, text: `a${i}` }, 'local');
      addSticky(b.doc, { x: i, y: 100, text: `b${i}` }, 'local');
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(
      () => readShapes(a.doc).shapes.length === 60 && readShapes(b.doc).shapes.length === 60,
      'every note on both clients',
    );
    await waitFor(
      async () => readShapes(await storedDoc(node1.storage, `${board.id}/content`)).shapes.length === 60,
      'every note stored',
    );
    // The compacting node folds the log after its own appends; node 2's may all land after its
    // last fold, so a few more of its own make it fold the whole log, node 2's entries included.
    for (let i = 0; i < 3; i++) addSticky(a.doc, { x: i, y: 200, text: `late${i}` }, 'local');
    await waitFor(
      async () => readShapes(await storedDoc(node1.storage, `${board.id}/content`)).shapes.length === 63,
      'the late notes stored',
    );
    await waitFor(
      async () => (await node1.storage.loadRoom(`${board.id}/content`)).updates.length < 10,
      'the log compacted: far fewer entries than the 63 appends',
    );
  });

  it('never passes an observer’s write on node 2 to node 1’s clients', async () => {
    const board = await createBoard(node1.url);
    const a = client(node1, board.id, 'content', board.tokens.members.a!);
    const b = client(node2, board.id, 'content', board.tokens.members.b!);
    await Promise.all([a.synced, b.synced]);

    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(b.doc));
    const before = Y.encodeStateVector(forged);
    addSticky(forged, { x: 0, y: 0, text: 'observer was here' }, 'local');
    const observer = rawSocket(syncUrl(node2.url, board.id, 'content', board.tokens.observer));
    await observer.opened;
    observer.ws.send(syncUpdateMessage(Y.encodeStateAsUpdate(forged, before)));
    // The answer to a later sync step 1 proves the write was handled (in order) first.
    const seen = observer.received.length;
    observer.ws.send(syncStep1Message());
    await waitFor(() => observer.received.length > seen, 'the observer’s sync answer');

    addSticky(b.doc, { x: 1, y: 1, text: 'member note' }, 'local');
    await waitFor(() => texts(a.doc).includes('member note'), 'the member’s note on node 1');
    expect(texts(a.doc)).toEqual(['member note']);
    expect(texts(await storedDoc(node1.storage, `${board.id}/content`))).toEqual(['member note']);
    expect(node2.metrics.dropped.get({ reason: 'read-only' })).toBeGreaterThan(0);
    observer.ws.close();
  });
});

describe('starting with REDIS_URL', () => {
  it('refuses without a shared store (DATABASE_URL)', async () => {
    const config = testConfig({ redisUrl });
    try {
      await expect(startServer(config)).rejects.toThrow(ConfigError);
      await expect(startServer(config)).rejects.toThrow(/DATABASE_URL/);
    } finally {
      rmSync(config.dataDir, { recursive: true, force: true });
    }
  });

  it('exits with a clear message when started that way from the command line', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kyoso-test-'));
    try {
      await expect(spawnServer(dataDir, { REDIS_URL: redisUrl, DATABASE_URL: '' })).rejects.toThrow(
        /exited with 2.*REDIS_URL is set without DATABASE_URL/s,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
