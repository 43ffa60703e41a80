// The server's log lines as an operator reads them: JSON with a level, the time and the event, an
// id per request (also in its answer) and per connection, and never a token, not even one put
// where it does not belong.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@kyoso/server';
import { connectClient } from './support/clients.js';
import { createBoard, startTestServer, type TestServer } from './support/server.js';
import { waitFor } from './support/wait.js';

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n'))
      if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { log: createLogger('debug', sink) });
});
afterAll(async () => {
  await server.dispose();
});

describe('log lines', () => {
  it('carry a level, the time, an id per request and per connection, and no token', async () => {
    const board = await createBoard(server.url);
    const token = board.tokens.facilitator;
    const res = await fetch(`${server.url}/api/boards/${board.id}?token=${token}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const request = res.headers.get('x-request-id');
    expect(request).toMatch(/^[0-9a-f]{8}$/);
    const client = connectClient(server.url, board.id, 'content', token);
    try {
      await client.synced;
      await waitFor(
        () => lines.some((line) => line.event === 'request' && line.request === request),
        'the request’s line',
      );
      await waitFor(() => lines.some((line) => line.event === 'connected'), 'the connection’s line');
    } finally {
      client.destroy();
    }
    await waitFor(() => lines.some((line) => line.event === 'disconnected'), 'the disconnection’s line');

    const created = lines.find((line) => line.event === 'board created')!;
    expect(created).toMatchObject({ level: 'info', board: board.id });
    expect(new Date(String(created.time)).getTime()).toBeGreaterThan(0);
    // The path without its query (where this caller put the token).
    expect(lines.find((line) => line.request === request)).toMatchObject({
      level: 'debug',
      method: 'GET',
      path: `/api/boards/${board.id}`,
      status: 200,
    });
    const connected = lines.find((line) => line.event === 'connected')!;
    expect(connected).toMatchObject({ board: board.id, channel: 'content', role: 'facilitator' });
    const left = lines.find((line) => line.event === 'disconnected')!;
    expect(left.connection).toBe(connected.connection);
    expect(JSON.stringify(lines)).not.toContain(token);
  });

  it('redacts a field named like a secret, and leaves out what is below the level', () => {
    const out: string[] = [];
    const log = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          out.push(chunk.toString('utf8'));
          done();
        },
      }),
    );
    log.debug('hidden', {});
    log.child({ request: 'r1' }).warn('odd', { token: 'abc', nested: { authorization: 'Bearer x' } });
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!)).toMatchObject({
      level: 'warn',
      event: 'odd',
      request: 'r1',
      token: '[redacted]',
      nested: { authorization: '[redacted]' },
    });
  });
});
