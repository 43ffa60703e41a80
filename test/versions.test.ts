// History against the real server: named versions, preview, restore (applied by the
// facilitator's editor, undoable), roles and bad input, automatic versions and their pruning,
// and versions surviving a restart.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addSticky,
  deleteShapes,
  moveShapes,
  readShapes,
  restoreShapes,
  setText,
  type CompanyKey,
  type Shape,
} from '@kyoso/shared';
import { startServer, type Config, type RunningServer } from '@kyoso/server';
import { connectClient, type SyncClient } from './support/clients.js';
import {
  createBoard,
  startTestServer,
  testConfig,
  type CreatedBoard,
  type TestServer,
} from './support/server.js';
import { waitFor } from './support/wait.js';
import { call, joinAs } from './workshop/support.js';

interface Version {
  id: string;
  name: string;
  kind: 'named' | 'auto' | 'restore';
  createdAt: string;
  createdBy: string | null;
  shapes: number;
}

const HOUR = 60 * 60_000;
const local = 'local';
let server: TestServer | null = null;
const clients: SyncClient[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await server?.dispose();
  server = null;
});

function join(url: string, board: CreatedBoard, token: string): SyncClient {
  const client = connectClient(url, board.id, 'content', token);
  clients.push(client);
  return client;
}

/** A facilitator editing the board and an observer that shows what the server has applied. */
async function openBoard(url: string, board: CreatedBoard) {
  const editor = join(url, board, board.tokens.facilitator);
  const observer = join(url, board, board.tokens.observer);
  await Promise.all([editor.synced, observer.synced]);
  /** Waits until the server (as the observer sees it) holds what the editor holds. */
  const settled = () =>
    waitFor(
      () => JSON.stringify(readShapes(observer.doc).shapes) === JSON.stringify(readShapes(editor.doc).shapes),
      'the observer to see the edit',
    );
  return { editor, observer, settled };
}

const versionsPath = (board: CreatedBoard) => `/api/boards/${board.id}/versions`;

async function listVersions(url: string, board: CreatedBoard, token = board.tokens.facilitator) {
  const answer = await call<{ versions: Version[] }>(url, 'GET', versionsPath(board), token);
  expect(answer.status).toBe(200);
  return answer.body.versions;
}

const shapesOf = (doc: Y.Doc): Shape[] => readShapes(doc).shapes;
const a = 'a' as CompanyKey;
const b = 'b' as CompanyKey;

describe('named versions and restore', () => {
  it('saves "ワークショップ1の後", previews it, and restores it as an undoable change everyone sees', async () => {
    server = await startTestServer({ versionIntervalMs: HOUR });
    const board = await createBoard(server.url);
    const { editor, observer, settled } = await openBoard(server.url, board);
    const asset = addSticky(
      editor.doc,
      { x: 0, y: 0, text: '全国の倉庫網', company: a, kind: 'asset' },
      local,
    );
    const gap = addSticky(editor.doc, { x: 300, y: 0, text: '海外の販路', company: b, kind: 'gap' }, local);
    await settled();
    const atWorkshop1 = shapesOf(editor.doc);
    const facilitator = await joinAs(server.url, board, board.tokens.facilitator, '進行役の山田');

    const saved = await call<{ version: Version }>(
      server.url,
      'POST',
      versionsPath(board),
      facilitator.token,
      {
        name: '  ワークショップ1の後 ',
      },
    );
    expect(saved.status).toBe(201);
    const named = saved.body.version;
    expect(named).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{16,}$/),
      name: 'ワークショップ1の後',
      kind: 'named',
      createdAt: expect.any(String),
      createdBy: '進行役の山田',
      shapes: 2,
    });
    expect(Math.abs(Date.parse(named.createdAt) - Date.now())).toBeLessThan(60_000);

    const listed = await listVersions(server.url, board);
    expect(listed).toContainEqual(named);
    const times = listed.map((v) => Date.parse(v.createdAt));
    expect(times).toEqual([...times].sort((x, y) => y - x));

    const preview = await call<{ version: Version; shapes: Shape[] }>(
      server.url,
      'GET',
      `${versionsPath(board)}/${named.id}`,
      board.tokens.facilitator,
    );
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ version: named, shapes: atWorkshop1 });

    // The second workshop changes the board.
    moveShapes(editor.doc, { ids: [asset], dx: 500, dy: 200 }, local);
    setText(editor.doc, { id: gap, text: '海外の販路 (東南アジア)' }, local);
    deleteShapes(editor.doc, { ids: [asset] }, local);
    addSticky(editor.doc, { x: 0, y: 400, text: '共同配送の試算' }, local);
    await settled();
    const afterWorkshop2 = shapesOf(editor.doc);
    expect(afterWorkshop2).not.toEqual(atWorkshop1);

    const restore = await call<{ version: Version; saved: Version; shapes: Shape[] }>(
      server.url,
      'POST',
      `${versionsPath(board)}/${named.id}/restore`,
      facilitator.token,
    );
    expect(restore.status).toBe(200);
    expect(restore.body.version).toEqual(named);
    expect(restore.body.shapes).toEqual(atWorkshop1);
    expect(restore.body.saved).toMatchObject({
      name: 'before restoring "ワークショップ1の後"',
      kind: 'restore',
      createdBy: '進行役の山田',
      shapes: afterWorkshop2.length,
    });
    // The state before the restore stays in history.
    expect(await listVersions(server.url, board)).toContainEqual(restore.body.saved);
    const before = await call<{ shapes: Shape[] }>(
      server.url,
      'GET',
      `${versionsPath(board)}/${restore.body.saved.id}`,
      board.tokens.facilitator,
    );
    expect(before.body.shapes).toEqual(afterWorkshop2);

    // The facilitator's editor applies it: one local change, seen by everyone, undoable.
    const undo = new Y.UndoManager(editor.doc.getMap('shapes'), { trackedOrigins: new Set([local]) });
    restoreShapes(editor.doc, { shapes: restore.body.shapes }, local);
    await waitFor(
      () => JSON.stringify(shapesOf(observer.doc)) === JSON.stringify(atWorkshop1),
      'restored board',
    );
    undo.undo();
    await waitFor(
      () => JSON.stringify(shapesOf(observer.doc)) === JSON.stringify(afterWorkshop2),
      'the restore undone',
    );
  });

  it('names a link-token facilitator as nobody, and keeps a long Japanese name whole', async () => {
    server = await startTestServer({ versionIntervalMs: HOUR });
    const board = await createBoard(server.url);
    const name = '合意'.repeat(50);
    const saved = await call<{ version: Version }>(
      server.url,
      'POST',
      versionsPath(board),
      board.tokens.facilitator,
      {
        name,
      },
    );
    expect(saved.status).toBe(201);
    expect(saved.body.version).toMatchObject({ name, createdBy: null, shapes: 0 });
  });
});

describe('who may use history, and bad input', () => {
  it('answers 401 without a token and 403 to members and observers', async () => {
    server = await startTestServer({ versionIntervalMs: HOUR });
    const board = await createBoard(server.url);
    const saved = await call<{ version: Version }>(
      server.url,
      'POST',
      versionsPath(board),
      board.tokens.facilitator,
      {
        name: '初回',
      },
    );
    const id = saved.body.version.id;
    const member = await joinAs(server.url, board, board.tokens.members.a!, 'あさひの佐藤');
    const requests: [string, string, unknown][] = [
      ['GET', versionsPath(board), undefined],
      ['POST', versionsPath(board), { name: '勝手に保存' }],
      ['GET', `${versionsPath(board)}/${id}`, undefined],
      ['POST', `${versionsPath(board)}/${id}/restore`, undefined],
    ];
    for (const [method, path, body] of requests) {
      expect((await call(server.url, method, path, null, body)).status, `${method} ${path}`).toBe(401);
      for (const token of [board.tokens.members.a!, board.tokens.observer, member.token]) {
        const answer = await call(server.url, method, path, token, body);
        expect(answer.status, `${method} ${path}`).toBe(403);
        expect(answer.body.error).toMatch(/facilitator/);
      }
    }
    // Nothing was saved by any of them.
    expect(await listVersions(server.url, board)).toEqual([saved.body.version]);
  });

  it('refuses an empty, too long or non-string name, and unknown versions or those of another board', async () => {
    server = await startTestServer({ versionIntervalMs: HOUR });
    const board = await createBoard(server.url);
    const other = await createBoard(server.url);
    const token = board.tokens.facilitator;
    for (const body of [
      { name: '' },
      { name: '   ' },
      { name: 'あ'.repeat(101) },
      { name: 5 },
      {},
      ['name'],
      'x',
    ]) {
      const answer = await call(server.url, 'POST', versionsPath(board), token, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error).toEqual(expect.any(String));
    }
    const foreign = await call<{ version: Version }>(
      server.url,
      'POST',
      versionsPath(other),
      other.tokens.facilitator,
      {
        name: '別のボード',
      },
    );
    expect(foreign.status).toBe(201);
    for (const id of ['unknown-version-id', foreign.body.version.id]) {
      expect((await call(server.url, 'GET', `${versionsPath(board)}/${id}`, token)).status).toBe(404);
      expect((await call(server.url, 'POST', `${versionsPath(board)}/${id}/restore`, token)).status).toBe(
        404,
      );
    }
    // Another board's token does not reach this board's history.
    expect((await call(server.url, 'GET', versionsPath(board), other.tokens.facilitator)).status).toBe(403);
    // A refused restore saved nothing.
    expect(await listVersions(server.url, board)).toEqual([]);
  });
});

describe('automatic versions', () => {
  it('saves one per interval while the board changes and keeps only the newest ones', async () => {
    const intervalMs = 100;
    server = await startTestServer({ versionIntervalMs: intervalMs, autoVersionsKept: 2 });
    const board = await createBoard(server.url);
    const named = await call<{ version: Version }>(
      server.url,
      'POST',
      versionsPath(board),
      board.tokens.facilitator,
      {
        name: '開始前',
      },
    );
    const { editor, settled } = await openBoard(server.url, board);
    const autos = async () => (await listVersions(server!.url, board)).filter((v) => v.kind === 'auto');

    for (let i = 1; i <= 4; i++) {
      addSticky(editor.doc, { x: i * 250, y: 0, text: `付箋${i}` }, local);
      await settled();
      await waitFor(
        async () => (await autos()).some((v) => v.shapes === i),
        `an automatic version with ${i} cards`,
      );
    }
    await waitFor(async () => (await autos()).length === 2, 'pruning to two');
    const kept = await autos();
    expect(kept.map((v) => v.shapes)).toEqual([4, 3]);
    expect(kept.every((v) => v.createdBy === null)).toBe(true);
    expect(Date.parse(kept[0]!.createdAt) - Date.parse(kept[1]!.createdAt)).toBeGreaterThanOrEqual(
      intervalMs,
    );
    // The newest automatic version holds the board as it is now.
    const newest = await call<{ shapes: Shape[] }>(
      server.url,
      'GET',
      `${versionsPath(board)}/${kept[0]!.id}`,
      board.tokens.facilitator,
    );
    expect(newest.body.shapes).toEqual(shapesOf(editor.doc));
    // Named versions are never pruned.
    expect(await listVersions(server.url, board)).toContainEqual(named.body.version);
  });

  it('waits for the interval after the last version, also across a restart', async () => {
    const config: Config = testConfig({ versionIntervalMs: HOUR });
    let running: RunningServer = await startServer(config);
    cleanups.push(() => rmSync(config.dataDir, { recursive: true, force: true }));
    cleanups.push(() => running.close());
    const board = await createBoard(running.url);
    let opened = await openBoard(running.url, board);
    addSticky(opened.editor.doc, { x: 0, y: 0, text: '最初の付箋' }, local);
    await opened.settled();
    // A board with no version yet gets one at its first change.
    await waitFor(
      async () => (await listVersions(running.url, board)).some((v) => v.kind === 'auto' && v.shapes === 1),
      'the first automatic version',
    );
    addSticky(opened.editor.doc, { x: 300, y: 0, text: '二枚目' }, local);
    await opened.settled();
    const named = await call<{ version: Version }>(
      running.url,
      'POST',
      versionsPath(board),
      board.tokens.facilitator,
      {
        name: '再起動の前',
      },
    );
    expect(named.status).toBe(201);

    for (const client of clients.splice(0)) client.destroy();
    await running.close();
    running = await startServer(config);
    opened = await openBoard(running.url, board);
    expect(shapesOf(opened.editor.doc)).toHaveLength(2);
    addSticky(opened.editor.doc, { x: 600, y: 0, text: '再起動の後' }, local);
    await opened.settled();
    // A sync point after the change: a version saved at once would be listed by now.
    await call(running.url, 'GET', `/api/boards/${board.id}`, board.tokens.facilitator);

    const versions = await listVersions(running.url, board);
    expect(versions.map((v) => [v.kind, v.shapes])).toEqual([
      ['named', 2],
      ['auto', 1],
    ]);
    expect(versions[0]).toEqual(named.body.version);
    const preview = await call<{ shapes: Shape[] }>(
      running.url,
      'GET',
      `${versionsPath(board)}/${named.body.version.id}`,
      board.tokens.facilitator,
    );
    expect(preview.body.shapes.map((s) => s.text)).toEqual(['最初の付箋', '二枚目']);
  });
});
