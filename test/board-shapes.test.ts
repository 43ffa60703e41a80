// `GET /api/boards/<id>/shapes`: the board's shapes as the content channel holds them, for a page
// to draw before its document has synced, to exactly those who may read that channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addConnector, addSticky, readShapes, type Shape } from '@kyoso/shared';
import { connectClient } from './support/clients.js';
import { createBoard, startTestServer, type TestServer } from './support/server.js';
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
});
