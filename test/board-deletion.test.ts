// DELETE /api/boards/<id>: the facilitator (or the operator's admin token) deletes a board with its
// rooms and versions; everyone on it is sent away for good, and nothing of it comes back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSticky, CLOSE_REASON } from '@kyoso/shared';
import { connectClient, rawSocket, syncUrl, type SyncClient } from './support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from './support/server.js';
import { waitFor } from './support/wait.js';
import { call, joinAs } from './workshop/support.js';

const ADMIN = 'admin-secret-token-for-deletion';
let server: TestServer;
let board: CreatedBoard;
const clients: SyncClient[] = [];

beforeEach(async () => {
  server = await startTestServer({ adminToken: ADMIN });
  board = await createBoard(server.url, undefined, { authorization: `Bearer ${ADMIN}` });
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.dispose();
});

const remove = (token: string | null, id = board.id) =>
  call(server.url, 'DELETE', `/api/boards/${id}`, token);

describe('DELETE /api/boards/<id>', () => {
  it('deletes the board with its rooms and versions, and sends everyone on it away for good', async () => {
    const facilitator = await joinAs(server.url, board, board.tokens.facilitator, '進行役');
    const writer = connectClient(server.url, board.id, 'content', board.tokens.members.a!);
    clients.push(writer);
    await writer.synced;
    addSticky(writer.doc, { x: 0, y: 0, text: '消える付箋' }, 'local');
    const saved = await call(server.url, 'POST', `/api/boards/${board.id}/versions`, facilitator.token, {
      name: '前',
    });
    expect(saved.status).toBe(201);
    const drafts = rawSocket(syncUrl(server.url, board.id, 'private/a', board.tokens.members.a!));
    const watcher = rawSocket(syncUrl(server.url, board.id, 'content', board.tokens.observer));
    await Promise.all([drafts.opened, watcher.opened]);

    expect(await remove(facilitator.token)).toEqual({ status: 200, body: { deleted: board.id } });

    for (const socket of [drafts, watcher])
      expect(await socket.closed).toEqual({ code: 4403, reason: CLOSE_REASON.boardDeleted });
    expect(await server.storage.getBoard(board.id)).toBeNull();
    expect(await server.storage.listBoards()).not.toContain(board.id);
    expect(await server.storage.listVersions(board.id)).toEqual([]);
    // The rooms still loaded here go idle and unload: nothing of them is written back.
    await waitFor(
      async () => (await server.storage.listRooms(board.id)).length === 0,
      'the rooms to be gone',
    );
    expect((await call(server.url, 'GET', `/api/boards/${board.id}`, board.tokens.observer)).status).toBe(
      403,
    );
    const again = rawSocket(syncUrl(server.url, board.id, 'content', board.tokens.observer));
    expect((await again.closed).code).toBe(4403);
    expect((await remove(board.tokens.facilitator)).status).toBe(403);
  });

  it('is for the facilitator and the admin token only; anyone else changes nothing', async () => {
    const member = await joinAs(server.url, board, board.tokens.members.a!, 'メンバー');
    for (const token of [board.tokens.members.a!, member.token, board.tokens.observer]) {
      const refused = await remove(token);
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({ error: 'only the facilitator can delete the board' });
    }
    expect((await remove(null)).status).toBe(401);
    expect((await remove('not-the-admin-token')).status).toBe(401);
    expect(await server.storage.getBoard(board.id)).not.toBeNull();

    // The operator, holding no link of the board: the facilitator's link stops working.
    expect(await remove(ADMIN)).toEqual({ status: 200, body: { deleted: board.id } });
    expect((await remove(ADMIN)).status).toBe(404);
    expect(await server.storage.getBoard(board.id)).toBeNull();
    expect((await call(server.url, 'GET', `/api/boards/${board.id}`, board.tokens.facilitator)).status).toBe(
      403,
    );
  });

  it('leaves the other boards on the server as they were', async () => {
    const other = await createBoard(server.url, undefined, { authorization: `Bearer ${ADMIN}` });
    expect((await remove(board.tokens.facilitator)).status).toBe(200);
    const kept = await call(server.url, 'GET', `/api/boards/${other.id}`, other.tokens.observer);
    expect(kept.status).toBe(200);
    expect(await server.storage.listRooms(other.id)).not.toEqual([]);
  });
});
