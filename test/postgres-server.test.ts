// The whole server on PostgreSQL storage: boards sync and survive a restart.
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { addSticky, readShapes } from '@kyoso/shared';
import { openPostgresStorage, startServer } from '@kyoso/server';
import { connectClient } from './support/clients.js';
import { createBoard, testConfig } from './support/server.js';

const databaseUrl = process.env.KYOSO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `kyoso_server_test_${randomBytes(4).toString('hex')}`;

afterAll(async () => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe('server on PostgreSQL', () => {
  it('syncs two clients and keeps the board across a restart', async () => {
    const config = testConfig();
    const first = await startServer(config, { storage: await openPostgresStorage(databaseUrl, { schema }) });
    const board = await createBoard(first.url);
    const a = connectClient(first.url, board.id, 'content', board.tokens.members.a!);
    const b = connectClient(first.url, board.id, 'content', board.tokens.members.b!);
    await Promise.all([a.synced, b.synced]);
    addSticky(a.doc, { x: 0, y: 0, text: 'PostgreSQLに保存' }, 'local');
    const { waitFor } = await import('./support/wait.js');
    await waitFor(() => readShapes(b.doc).shapes.length === 1, 'the note on b');
    a.destroy();
    b.destroy();
    await first.close();

    const second = await startServer(config, { storage: await openPostgresStorage(databaseUrl, { schema }) });
    try {
      const c = connectClient(second.url, board.id, 'content', board.tokens.observer);
      await c.synced;
      expect(readShapes(c.doc).shapes.map((s) => ('text' in s ? s.text : ''))).toEqual(['PostgreSQLに保存']);
      c.destroy();
    } finally {
      await second.close();
    }
  });
});
