// The session against the real server, in this process (as test/support/server.ts starts it),
// with the stock provider over the `ws` package, and IndexedDB from fake-indexeddb.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { configFromEnv, startServer, type RunningServer } from '@kyoso/server';
import {
  addSticky,
  deleteShapes,
  type CreatedBoard,
  moveShapes,
  readShapes,
  setText,
  type BoardId,
  type CompanyKey,
  type Role,
  type ShapeId,
} from '@kyoso/shared';
import { FACILITATOR_COLOR } from './presenceColor';
import { openBoardSession, SessionClosedError, type LiveBoardSession, type SessionOptions } from './session';
import { fetchBoardShapes } from './shapesSnapshot';
import { ReadOnlyError, type BoardSession, type Store } from './session-types';
import { until, createTestBoard } from './test-support';

const SECRET = 'client-session-test-secret-0123456789abcdef';
let server: RunningServer;
let dataDir: string;
const sessions: BoardSession[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kyoso-client-session-'));
  server = await startServer(
    configFromEnv(
      {},
      {
        port: 0,
        host: '127.0.0.1',
        dataDir,
        secret: SECRET,
        roomIdleMs: 200,
      },
    ),
  );
});

afterEach(() => {
  for (const session of sessions.splice(0)) session.destroy();
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const createBoard = () => createTestBoard(server.url);

const serverUrl = () => `${server.url.replace(/^http/, 'ws')}/sync`;

function tokenFor(board: CreatedBoard, role: Role, company?: string): string {
  if (role === 'member') return board.tokens.members[company as string] as string;
  return board.tokens[role];
}

function open(
  board: CreatedBoard,
  role: Role,
  company: string | null,
  extra: Partial<SessionOptions> = {},
): LiveBoardSession {
  const session = openBoardSession({
    serverUrl: serverUrl(),
    token: tokenFor(board, role, company ?? undefined),
    identity: {
      boardId: board.id,
      role,
      company: company as CompanyKey | null,
      name: `${role} ${company ?? ''}`.trim(),
    },
    offline: false,
    WebSocketPolyfill: WebSocket,
    maxBackoffTime: 200,
    ...extra,
  });
  sessions.push(session);
  return session;
}

const when = <T>(store: Store<T>, check: (value: T) => boolean, what: string) =>
  until(store.subscribe, () => check(store.get()), what);

const synced = (session: BoardSession) =>
  when(session.connection, (state) => state.synced && session.meta.get().title !== '', 'first sync');

describe('board session', () => {
  it('shares shapes and meta between two members through the server', async () => {
    const board = await createBoard();
    const a = open(board, 'member', 'a');
    const b = open(board, 'member', 'b');
    await Promise.all([synced(a), synced(b)]);
    expect(a.meta.get()).toEqual({ title: '提携ワークショップ', companies: board.companies });
    expect(a.readOnly).toBe(false);

    const first = a.run((doc, origin) =>
      addSticky(doc, { x: 0, y: 0, text: '物流網', company: 'a' as CompanyKey, kind: 'asset' }, origin),
    );
    await when(b.shapes, (shapes) => shapes.length === 1, 'the note on b');
    const seen = b.shapes.byId(first);
    const second = b.run((doc, origin) => addSticky(doc, { x: 400, y: 0, text: 'Overseas' }, origin));
    await when(a.shapes, (shapes) => shapes.length === 2, 'both notes on a');
    expect(b.shapes.byId(first)).toBe(seen);
    expect(a.shapes.all()).toEqual(b.shapes.all());
    expect(b.shapes.search({ x: 450, y: 50, w: 1, h: 1 })).toEqual([second]);
    expect(a.connection.get()).toEqual({ status: 'connected', synced: true, closed: null, refused: null });
  });

  it("draws the server's copy of the board first, connects once it is drawn, then shows the document", async () => {
    const board = await createBoard();
    const a = open(board, 'member', 'a');
    await synced(a);
    const first = a.run((doc, origin) => addSticky(doc, { x: 0, y: 0, text: '共同配送' }, origin));
    const second = a.run((doc, origin) => addSticky(doc, { x: 300, y: 0, text: 'EV chargers' }, origin));
    await when(a.shapes, (shapes) => shapes.length === 2, 'two notes');
    const copy = await fetchBoardShapes(board.id, board.tokens.members.b!, (input, init) =>
      fetch(`${server.url}${input}`, init),
    );
    expect(copy?.map((shape) => shape.id).sort()).toEqual([first, second].sort());

    // The snapshot is held back: until it arrives, nothing shows and the socket waits.
    let release: (shapes: typeof copy) => void = () => {};
    const b = open(board, 'member', 'b', {
      snapshot: new Promise((resolve) => (release = resolve)),
      snapshotWaitMs: 60_000,
    });
    // A session opened at the same moment without a snapshot has had all the time it needs.
    await synced(open(board, 'observer', null));
    expect(b.connection.get().status).not.toBe('connected');
    expect(b.shapes.all()).toEqual([]);
    // Someone deletes a card after the copy was made.
    a.run((doc, origin) => deleteShapes(doc, { ids: [second] }, origin));
    release(copy);
    await when(b.shapes, (shapes) => shapes.length === 2, 'the copy drawn');
    expect(b.doc.getMap('shapes').size).toBe(0);
    // The socket waits until the canvas shows the copy (a page that never shows it would wait
    // the minute here): then the document, the board as it is now.
    await synced(open(board, 'observer', null));
    expect(b.connection.get().status).not.toBe('connected');
    b.pictureShown();
    await synced(b);
    await when(b.shapes, (shapes) => shapes.length === 1, 'the document, without the deleted card');
    expect(b.shapes.all()).toEqual(a.shapes.all());
  });

  it('connects at once when the snapshot fails', async () => {
    const board = await createBoard();
    // A page that never shows a canvas would wait the minute for a snapshot that did arrive.
    const b = open(board, 'member', 'b', { snapshot: Promise.resolve(null), snapshotWaitMs: 60_000 });
    await synced(b);
    expect(b.shapes.all()).toEqual([]);
  });

  it("undo reverts this member's change and keeps the other's", async () => {
    const board = await createBoard();
    const a = open(board, 'member', 'a');
    const b = open(board, 'member', 'b');
    await Promise.all([synced(a), synced(b)]);
    const id = b.run((doc, origin) => addSticky(doc, { x: 0, y: 0, text: 'b' }, origin));
    await when(a.shapes, () => a.shapes.byId(id) !== undefined, 'the note on a');
    expect(a.history.get().canUndo).toBe(false); // b's note is not a's to undo

    a.run((doc, origin) => moveShapes(doc, { ids: [id], dx: 100, dy: 0 }, origin));
    expect(a.history.get()).toEqual({ canUndo: true, canRedo: false });
    await when(b.shapes, () => b.shapes.byId(id)?.x === 100, 'the move on b');
    b.run((doc, origin) => setText(doc, { id, text: 'b, edited' }, origin));
    await when(a.shapes, () => a.shapes.byId(id)?.text === 'b, edited', 'the edit on a');

    a.history.undo();
    await when(b.shapes, () => b.shapes.byId(id)?.x === 0, 'the undo on b');
    expect(b.shapes.byId(id)?.text).toBe('b, edited');
    expect(a.shapes.byId(id)).toEqual(b.shapes.byId(id));
  });

  it('shows peers with the role and company from their token, coloured by company', async () => {
    const board = await createBoard();
    const a = open(board, 'member', 'a');
    // b claims to be the facilitator; the server stamps what the token says.
    const b = openBoardSession({
      serverUrl: serverUrl(),
      token: tokenFor(board, 'member', 'b'),
      identity: { boardId: board.id, role: 'facilitator', company: null, name: 'Bob' },
      offline: false,
      WebSocketPolyfill: WebSocket,
    });
    sessions.push(b);
    await Promise.all([synced(a), synced(b)]);
    expect(b.presence.self.color).toBe(FACILITATOR_COLOR);

    b.presence.setCursor({ x: 12, y: 34 });
    b.presence.setSelection(['s1' as ShapeId]);
    // Cursor and selection may travel in separate awareness updates: wait for both.
    await when(
      a.presence.peers,
      (peers) => peers.some((p) => p.cursor?.x === 12 && p.selection.length === 1),
      "b's cursor and selection on a",
    );
    const peer = a.presence.peers.get().find((p) => p.user.name === 'Bob');
    expect(peer).toMatchObject({
      user: { name: 'Bob', role: 'member', company: 'b', color: '#e0572b' },
      cursor: { x: 12, y: 34 },
      selection: ['s1'],
      dragging: null,
    });
    expect(a.presence.peers.get().some((p) => p.clientId === a.doc.clientID)).toBe(false);

    b.destroy();
    await when(a.presence.peers, (peers) => peers.length === 0, 'b leaving');
  });

  it('an observer cannot run commands', async () => {
    const board = await createBoard();
    const observer = open(board, 'observer', null);
    await synced(observer);
    expect(observer.readOnly).toBe(true);
    expect(() => observer.run((doc, origin) => addSticky(doc, { x: 0, y: 0 }, origin))).toThrow(
      ReadOnlyError,
    );
    expect(readShapes(observer.doc).shapes).toEqual([]);
    expect(observer.history.get()).toEqual({ canUndo: false, canRedo: false });
  });

  it('refuses commands once destroyed', () => {
    const session = openBoardSession({
      serverUrl: 'ws://127.0.0.1:9/sync',
      token: 't',
      identity: { boardId: 'board1234' as BoardId, role: 'facilitator', company: null, name: 'F' },
      connect: false,
      offline: false,
      WebSocketPolyfill: WebSocket,
    });
    session.destroy();
    session.destroy();
    expect(() => session.run(() => 1)).toThrow(SessionClosedError);
  });

  it('keeps an offline edit across a reload and sends it when the connection returns', async () => {
    const board = await createBoard();
    // Online once, to get the board.
    const first = open(board, 'member', 'a', { offline: true });
    await synced(first);
    await first.whenOfflineLoaded;
    first.destroy();

    // Offline: the board comes from IndexedDB; the edit goes there.
    const offline = open(board, 'member', 'a', { offline: true, connect: false });
    await offline.whenOfflineLoaded;
    expect(offline.meta.get().title).toBe('提携ワークショップ');
    const id = offline.run((doc, origin) => addSticky(doc, { x: 5, y: 5, text: 'オフライン' }, origin));
    expect(offline.connection.get().synced).toBe(false);
    offline.destroy();

    // Reloaded, still offline: the edit is there, and loading it is not an undoable change.
    const reloaded = open(board, 'member', 'a', { offline: true, connect: false });
    await reloaded.whenOfflineLoaded;
    expect(reloaded.shapes.byId(id)?.text).toBe('オフライン');
    expect(reloaded.history.get().canUndo).toBe(false);
    reloaded.destroy();

    // Back online: the edit reaches the server and another member.
    const online = open(board, 'member', 'a', { offline: true });
    const other = open(board, 'member', 'b');
    await synced(online);
    await when(other.shapes, () => other.shapes.byId(id)?.text === 'オフライン', 'the offline edit on b');
  });

  // Last in the file: it stops and restarts the shared server.
  it('says connecting during a blip, offline after repeated failures, connected when the server returns', async () => {
    const board = await createBoard();
    const session = open(board, 'member', 'a');
    await synced(session);
    const seen: string[] = [];
    session.connection.subscribe(() => seen.push(session.connection.get().status));
    const { port } = server;
    await server.close();
    await when(session.connection, (state) => state.status === 'offline', 'offline after failed retries');
    expect(seen[0]).toBe('connecting');
    server = await startServer(
      configFromEnv({}, { port, host: '127.0.0.1', dataDir, secret: SECRET, roomIdleMs: 200 }),
    );
    await when(session.connection, (state) => state.status === 'connected', 'connected again');
  });
});
