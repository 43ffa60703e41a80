// `GET /api/boards/<id>/shapes`: the board's shapes as the content channel holds them, for a page
// to draw before its document has synced, to exactly those who may read that channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addConnector, addSticky, readShapes, type Shape } from '@kyoso/shared';
import { openSqliteStorage, type Storage } from '@kyoso/server';
import { connectClient } from './support/clients.js';
import { createBoard, startTestServer, testConfig, type TestServer } from './support/server.js';
import { waitFor } from './support/wait.js';
import { call, joinAs } from './workshop/support.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});

describe('the board shapes endpoint', () => {
  it("answers what the content channel holds, to any board token let in, and nobody else's", async () => {
    const board = await createBoard(server.url);
    const writer = connectClient(server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const a = addSticky(writer.doc, { x: 0, y: 0, text: '全国の物流網', company: 'a' as never }, 'local');
    const b = addSticky(writer.doc, { x: 300, y: 0, text: 'EV charging', company: 'b' as never }, 'local');
    addConnector(writer.doc, { from: a, to: b }, 'local');
    const path = `/api/boards/${board.id}/shapes`;
    const expected = readShapes(writer.doc).shapes;
    // The writer's changes reach the server a moment after they are made here.
    const answer = await waitFor(async () => {
      const got = await call<{ shapes: Shape[] }>(server.url, 'GET', path, board.tokens.members.b!);
      return got.body.shapes?.length === expected.length ? got : null;
    }, 'the three shapes stored');
    expect(answer.status).toBe(200);
    expect(answer.body.shapes).toEqual(expected);
    writer.destroy();

    const member = await joinAs(server.url, board, board.tokens.members.a!, '青木');
    for (const token of [board.tokens.facilitator, board.tokens.observer, member.token])
      expect((await call(server.url, 'GET', path, token)).status).toBe(200);
    expect((await call(server.url, 'GET', path, null)).status).toBe(401);
    const other = await createBoard(server.url);
    expect((await call(server.url, 'GET', path, other.tokens.facilitator)).status).toBe(403);
  });

  it('answers an unloaded board from what it kept at unloading, never once the log moved on', async () => {
    const config = testConfig({ roomIdleMs: 50 });
    const inner = openSqliteStorage(config.dataDir);
    const loads: string[] = [];
    const storage: Storage = {
      ...inner,
      loadRoom: (room) => {
        loads.push(room);
        return inner.loadRoom(room);
      },
    };
    const own = await startTestServer(config, { storage });
    try {
      const board = await createBoard(own.url);
      const room = `${board.id}/content`;
      const contentLoads = () => loads.filter((key) => key === room).length;
      const path = `/api/boards/${board.id}/shapes`;
      const shapesNow = async () =>
        (await call<{ shapes: Shape[] }>(own.url, 'GET', path, board.tokens.members.a!)).body.shapes;
      const unloaded = () => waitFor(() => own.metrics.rooms.get() === 0, 'every room unloaded');

      const writer = connectClient(own.url, board.id, 'content', board.tokens.facilitator);
      await writer.synced;
      addSticky(writer.doc, { x: 0, y: 0, text: '販路', company: 'a' as never }, 'local');
      addSticky(writer.doc, { x: 300, y: 0, text: 'EV charging', company: 'b' as never }, 'local');
      const expected = readShapes(writer.doc).shapes;
      await waitFor(async () => (await inner.loadRoom(room)).updates.length >= 2, 'the notes stored');
      writer.destroy();
      await unloaded();
      const loadsBefore = contentLoads();

      // Unchanged since it unloaded: answered without loading the room.
      expect(await shapesNow()).toEqual(expected);
      expect(contentLoads()).toBe(loadsBefore);
      expect(own.metrics.rooms.get()).toBe(0);

      // Another node (here a direct append to the shared log) changes the board meanwhile: the
      // kept answer is not used, the room is loaded and the change is there.
      const elsewhere = new Y.Doc();
      Y.applyUpdate(elsewhere, Y.mergeUpdates((await inner.loadRoom(room)).updates));
      const before = Y.encodeStateVector(elsewhere);
      addSticky(elsewhere, { x: 600, y: 0, text: '別のノード', company: 'a' as never }, 'local');
      await inner.appendUpdates(room, [Y.encodeStateAsUpdate(elsewhere, before)]);
      const changed = await shapesNow();
      expect(changed.map((shape) => ('text' in shape ? shape.text : ''))).toContain('別のノード');
      expect(contentLoads()).toBe(loadsBefore + 1);

      // Unloaded again, it keeps the new answer.
      await unloaded();
      expect(await shapesNow()).toEqual(changed);
      expect(contentLoads()).toBe(loadsBefore + 1);
    } finally {
      await own.dispose();
    }
  });
});
