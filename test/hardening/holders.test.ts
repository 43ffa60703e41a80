// One holder cannot crowd everyone else out: one link holds a bounded share of a board channel's
// sockets, one address too, and one address creates boards at a bounded rate. Real members and
// the facilitator still get in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, DEFAULT_LIMITS } from '@kyoso/server';
import { connectClient, rawSocket, syncUrl, type RawSocket } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';

let server: TestServer;
let board: CreatedBoard;
const sockets: RawSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({
    limits: {
      maxConnectionsPerToken: DEFAULT_LIMITS.maxConnectionsPerToken,
      maxConnectionsPerAddress: 60,
      boardsPerMinute: DEFAULT_LIMITS.boardsPerMinute,
    } as never,
  });
  board = await createBoard(server.url);
});
afterAll(async () => {
  for (const socket of sockets) socket.ws.terminate();
  await server?.dispose();
});

/** Opens `count` sockets at once; answers how many stayed open and how the others were closed. */
async function crowd(token: string, count: number) {
  const opened = Array.from({ length: count }, () =>
    rawSocket(syncUrl(server.url, board.id, 'content', token)),
  );
  sockets.push(...opened);
  const outcomes = await Promise.all(
    opened.map((socket) =>
      Promise.race([
        socket.closed,
        // Open and still open once the server has answered its sync step 1.
        socket.opened.then(() => waitFor(() => socket.received.length > 0, 'the first sync message')),
      ]),
    ),
  );
  const closed = outcomes.filter(
    (outcome): outcome is { code: number; reason: string } => typeof outcome === 'object',
  );
  return { open: count - closed.length, closed };
}

describe('one holder among many', () => {
  it('lets one link hold at most its share of a channel; the other company still joins', async () => {
    const limit = DEFAULT_LIMITS.maxConnectionsPerToken;
    expect(limit).toBeLessThan(DEFAULT_LIMITS.maxConnectionsPerRoom);
    const { open, closed } = await crowd(board.tokens.members.a!, limit + 10);
    expect(open).toBe(limit);
    expect(closed).toHaveLength(10);
    for (const close of closed) {
      expect(close.code).toBe(CLOSE.overloaded);
      expect(close.reason).toMatch(/too many connections with this link/);
    }
    const member = connectClient(server.url, board.id, 'content', board.tokens.members.b!);
    try {
      await member.synced;
    } finally {
      member.destroy();
    }
  });

  it('lets one address hold at most its share of a channel, and frees places as sockets close', async () => {
    // 50 from link a are open; 10 more from the facilitator's link fill this server's 60.
    const { open } = await crowd(board.tokens.facilitator, 12);
    expect(open).toBe(10);
    const refused = rawSocket(syncUrl(server.url, board.id, 'content', board.tokens.observer));
    sockets.push(refused);
    expect(await refused.closed).toMatchObject({ code: CLOSE.overloaded, reason: /from this address/ });
    sockets[0]!.ws.close();
    await sockets[0]!.closed;
    await waitFor(async () => {
      const next = rawSocket(syncUrl(server.url, board.id, 'content', board.tokens.observer));
      sockets.push(next);
      const outcome = await Promise.race([next.closed, next.opened.then(() => 'open' as const)]);
      if (outcome !== 'open') return false;
      return await Promise.race([
        next.closed.then(() => false),
        waitFor(() => next.received.length > 0, 'sync').then(() => true),
      ]);
    }, 'a place freed');
  });

  it('creates at most boardsPerMinute boards a minute from one address, then answers 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= DEFAULT_LIMITS.boardsPerMinute; i++) {
      const res = await fetch(`${server.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          title: `flood ${i}`,
          locale: 'en',
          companies: [{ name: 'A' }, { name: 'B' }],
        }),
      });
      statuses.push(res.status);
    }
    // The board made in beforeAll counts too.
    expect(statuses.filter((status) => status === 201)).toHaveLength(DEFAULT_LIMITS.boardsPerMinute - 1);
    expect(statuses.slice(-2)).toEqual([429, 429]);
    const imported = await fetch(`${server.url}/api/boards/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(imported.status).toBe(429);
  });
});
