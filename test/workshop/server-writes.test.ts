// Changes the server makes itself: rooms a command loads (the server-only ballots room included)
// unload when idle like any other, and a change storage refused is neither answered as done nor
// kept.
import { afterEach, describe, expect, it } from 'vitest';
import { addSticky, readLedger, type ShapeId } from '@kyoso/shared';
import { openSqliteStorage, type Storage } from '@kyoso/server';
import { connectClient } from '../support/clients.js';
import { createBoard, startTestServer, testConfig, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, storedDoc } from './support.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.dispose();
  server = null;
});

async function boardWithCard(s: TestServer) {
  const board = await createBoard(s.url);
  const writer = connectClient(s.url, board.id, 'content', board.tokens.facilitator);
  await writer.synced;
  const card = addSticky(writer.doc, { x: 0, y: 0, text: 'card' }, 'local') as ShapeId;
  await waitFor(
    async () => (await storedDoc(s.storage, `${board.id}/content`)).getMap('shapes').has(card),
    'the card stored',
  );
  writer.destroy();
  return { board, card };
}

describe('server writes', () => {
  it('rooms loaded by commands unload when idle, and what the commands wrote is there on reload', async () => {
    server = await startTestServer({ roomIdleMs: 30 });
    const { board, card } = await boardWithCard(server);
    const facilitator = await joinAs(server.url, board, board.tokens.facilitator, 'F');
    const member = await joinAs(server.url, board, board.tokens.members.a!, 'A');
    const rules = { scope: { kind: 'all' }, votesPerPerson: 2, allowMultiple: true };
    expect(
      (await call(server.url, 'POST', `/api/boards/${board.id}/votes/rounds`, facilitator.token, { rules }))
        .status,
    ).toBe(201);
    expect(
      (await call(server.url, 'POST', `/api/boards/${board.id}/votes`, member.token, { card, delta: 1 }))
        .status,
    ).toBe(200);
    await waitFor(() => server!.metrics.rooms.get() === 0, 'every room unloaded');

    const mine = await call(server.url, 'GET', `/api/boards/${board.id}/votes/mine`, member.token);
    expect(mine.body).toMatchObject({ ballot: { [card]: 1 }, left: 1 });
    await waitFor(() => server!.metrics.rooms.get() === 0, 'unloaded again');
  });

  it('answers 503 when storage refuses the change, keeps nothing of it, and works on retry', async () => {
    const config = testConfig();
    const inner = openSqliteStorage(config.dataDir);
    let failLedger = false;
    const storage: Storage = {
      ...inner,
      async appendUpdates(room, updates) {
        if (failLedger && room.endsWith('/ledger')) throw new Error('disk full');
        return inner.appendUpdates(room, updates);
      },
    };
    server = await startTestServer(config, { storage });
    const { board, card } = await boardWithCard(server);
    const member = await joinAs(server.url, board, board.tokens.members.a!, 'A');
    const agree = () =>
      call(server!.url, 'POST', `/api/boards/${board.id}/agreements`, member.token, { card, agree: true });

    failLedger = true;
    expect(await agree()).toEqual({ status: 503, body: { error: 'the board is reloading; retry' } });
    failLedger = false;
    expect(readLedger(await storedDoc(server.storage, `${board.id}/ledger`)).events).toEqual([]);

    const retried = await agree();
    expect(retried.status).toBe(200);
    expect(retried.body.status).toMatchObject({ agreedBy: ['a'] });
    const events = readLedger(await storedDoc(server.storage, `${board.id}/ledger`)).events;
    expect(events.map((e) => e.type)).toEqual(['agreed']);
  });
});
