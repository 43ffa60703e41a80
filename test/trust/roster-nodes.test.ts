// The roster across nodes (PostgreSQL + Redis): a removal or the admission switch made through one
// node sends away the sockets it retires on another, which learns of it through the roster room.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, openPostgresStorage } from '@kyoso/server';
import { rawSocket, syncUrl } from '../support/clients.js';
import { createBoard, startTestServer, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs } from '../workshop/support.js';
import { rosterApi, watchedClient, type WatchedClient } from './roster-support.js';

const databaseUrl = process.env.KYOSO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.KYOSO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const run = randomBytes(5).toString('hex');
const schema = `kyoso_roster_test_${run}`;
const redisPrefix = `kyoso-roster-test-${run}:`;

const nodes: TestServer[] = [];
const clients: WatchedClient[] = [];

async function startNode(): Promise<TestServer> {
  const node = await startTestServer(
    { databaseUrl, redisUrl, redisPrefix },
    { storage: await openPostgresStorage(databaseUrl, { schema }) },
  );
  nodes.push(node);
  return node;
}

beforeAll(async () => {
  await startNode();
  await startNode();
});
afterEach(() => {
  for (const { client } of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await Promise.all(nodes.map((node) => node.dispose()));
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  await db.end();
});

describe('the roster on several nodes', () => {
  it('a removal through one node closes the participant’s sockets on the other', async () => {
    const [one, two] = nodes as [TestServer, TestServer];
    const board = await createBoard(one.url);
    const member = await joinAs(one.url, board, board.tokens.members.a!, '佐藤');
    const colleague = await joinAs(two.url, board, board.tokens.members.a!, '田中');
    const theirs = watchedClient(two.url, board.id, 'content', member.token);
    const other = watchedClient(two.url, board.id, 'content', colleague.token);
    clients.push(theirs, other);
    await Promise.all([theirs.client.synced, other.client.synced]);

    expect((await rosterApi(one.url, board).remove(board.tokens.facilitator, member.id)).status).toBe(200);
    await waitFor(
      () => theirs.closes.length > 0,
      'the removed participant’s socket on the other node closed',
    );
    expect(theirs.closes).toEqual([{ code: CLOSE.unauthorized, reason: 'participant removed' }]);
    expect((await call(two.url, 'GET', `/api/boards/${board.id}`, member.token)).body).toMatchObject({
      code: 'removed',
    });
    const socket = rawSocket(syncUrl(two.url, board.id, 'ledger', member.token));
    expect((await socket.closed).code).toBe(CLOSE.unauthorized);
    expect(other.closes).toEqual([]);
    expect(other.client.provider.wsconnected).toBe(true);
  });

  it('requiring admission through one node sends away link sockets on the other', async () => {
    const [one, two] = nodes as [TestServer, TestServer];
    const board = await createBoard(one.url);
    const member = await joinAs(one.url, board, board.tokens.members.b!, 'Ben');
    const link = watchedClient(two.url, board.id, 'content', board.tokens.members.a!);
    const person = watchedClient(two.url, board.id, 'content', member.token);
    clients.push(link, person);
    await Promise.all([link.client.synced, person.client.synced]);

    await rosterApi(one.url, board).setAdmission(board.tokens.facilitator, true);
    await waitFor(() => link.closes.length > 0, 'the link socket on the other node sent away');
    expect(link.closes[0]!.code).toBe(CLOSE.forbidden);
    expect(person.closes).toEqual([]);
  });
});
