// One holder cannot crowd everyone else out: one link holds a bounded share of a board channel's
// sockets, one address too, and one address creates boards and adds people at bounded rates; a
// board holds a bounded number of people. Real members and the facilitator still get in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, DEFAULT_LIMITS, MAX_PARTICIPANTS } from '@kyoso/server';
import { connectClient, rawSocket, syncUrl, type RawSocket } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call } from '../workshop/support.js';

let server: TestServer;
let board: CreatedBoard;
/** A second board, for the rate of joins, which is the address's across boards. */
let other: CreatedBoard;
const sockets: RawSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({
    limits: {
      maxConnectionsPerToken: DEFAULT_LIMITS.maxConnectionsPerToken,
      maxConnectionsPerAddress: 60,
      boardsPerMinute: DEFAULT_LIMITS.boardsPerMinute,
      joinsPerMinute: DEFAULT_LIMITS.joinsPerMinute,
    } as never,
  });
  board = await createBoard(server.url);
  other = await createBoard(server.url);
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
    // The boards made in beforeAll count too.
    expect(statuses.filter((status) => status === 201)).toHaveLength(DEFAULT_LIMITS.boardsPerMinute - 2);
    expect(statuses.slice(-2)).toEqual([429, 429]);
    const imported = await fetch(`${server.url}/api/boards/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(imported.status).toBe(429);
  });

  it('adds at most joinsPerMinute new people a minute from one address, then answers 429; renaming is not joining', async () => {
    const join = (target: CreatedBoard, token: string, name: string) =>
      call<{ token: string; error?: string }>(
        server.url,
        'POST',
        `/api/boards/${target.id}/participants`,
        token,
        {
          name,
        },
      );
    const first = await join(board, board.tokens.members.a!, '最初の人');
    expect(first.status).toBe(201);
    // Across boards: the rate is the address's. The bucket refills evenly (2 a second here),
    // so a few more may pass while this runs; then 429.
    let joined = 1;
    let refused: Awaited<ReturnType<typeof join>> | null = null;
    for (let i = 1; !refused && i <= 2 * DEFAULT_LIMITS.joinsPerMinute; i++) {
      const target = i % 2 ? other : board;
      const answer = await join(target, target.tokens.members.b!, `person ${i}`);
      if (answer.status === 201) joined += 1;
      else refused = answer;
    }
    expect(joined).toBeGreaterThanOrEqual(DEFAULT_LIMITS.joinsPerMinute);
    expect(joined).toBeLessThan(DEFAULT_LIMITS.joinsPerMinute + 10);
    expect(refused?.status).toBe(429);
    expect(refused?.body.error).toContain(`more than ${DEFAULT_LIMITS.joinsPerMinute} people joined`);
    // Someone already on the board renames with their participant token: not a new person.
    const renamed = await join(board, first.body.token, '改名した人');
    expect(renamed.status).toBe(200);
  });
});

describe('the roster', () => {
  let roomy: TestServer;
  afterAll(async () => {
    await roomy?.dispose();
  });

  it(
    `holds at most ${MAX_PARTICIPANTS} people; people already in and facilitators still join`,
    { timeout: 120_000 },
    async () => {
      roomy = await startTestServer();
      const target = await createBoard(roomy.url);
      const facilitator = await call<{ token: string }>(
        roomy.url,
        'POST',
        `/api/boards/${target.id}/participants`,
        target.tokens.facilitator,
        { name: '進行役' },
      );
      expect(facilitator.status).toBe(201);
      // People join a few at a time, as a crowd opening the same link would.
      const BATCH = 20;
      for (let first = 1; first < MAX_PARTICIPANTS; first += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, MAX_PARTICIPANTS - first) }, (_, k) =>
          call(roomy.url, 'POST', `/api/boards/${target.id}/participants`, target.tokens.members.b!, {
            name: `member ${first + k}`,
          }),
        );
        for (const joined of await Promise.all(batch)) expect(joined.status).toBe(201);
      }
      const full = await call<{ error: string }>(
        roomy.url,
        'POST',
        `/api/boards/${target.id}/participants`,
        target.tokens.members.a!,
        { name: 'late' },
      );
      expect(full.status).toBe(409);
      expect(full.body.error).toContain(`already has ${MAX_PARTICIPANTS} participants`);
      const again = await call(
        roomy.url,
        'POST',
        `/api/boards/${target.id}/participants`,
        facilitator.body.token,
        {
          name: '進行役 (2)',
        },
      );
      expect(again.status).toBe(200);
      const cofacilitator = await call(
        roomy.url,
        'POST',
        `/api/boards/${target.id}/participants`,
        target.tokens.facilitator,
        {
          name: '副進行役',
        },
      );
      expect(cofacilitator.status).toBe(201);
    },
  );
});
