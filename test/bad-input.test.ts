// Every kind of bad input on the websocket gets the Contract's close code, changes nothing, and
// leaves the server and every other connection working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { SignJWT } from 'jose';
import { addSticky, readShapes } from '@kyoso/shared';
import { CLOSE } from '@kyoso/server';
import { closeCodeOf, connectClient, rawSocket, syncUrl, type SyncClient } from './support/clients.js';
import {
  createBoard,
  startTestServer,
  TEST_SECRET,
  type CreatedBoard,
  type TestServer,
} from './support/server.js';
import { waitFor } from './support/wait.js';

let server: TestServer;
let board: CreatedBoard;
let bystander: SyncClient;
let otherBoard: CreatedBoard;

const MAX_MESSAGE = 64 * 1024;

beforeAll(async () => {
  server = await startTestServer({
    limits: {
      maxMessageBytes: MAX_MESSAGE,
      messagesPerSecond: 50,
      messageBurst: 100,
      maxDocumentBytes: 256 * 1024,
    } as never,
  });
  board = await createBoard(server.url);
  otherBoard = await createBoard(server.url);
  bystander = connectClient(server.url, board.id, 'content', board.tokens.members.b!);
  await bystander.synced;
});

afterAll(async () => {
  bystander.destroy();
  await server.dispose();
});

function message(...parts: ((e: encoding.Encoder) => void)[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) part(encoder);
  return encoding.toUint8Array(encoder);
}
const uint = (n: number) => (e: encoding.Encoder) => encoding.writeVarUint(e, n);
const bytes = (b: Uint8Array) => (e: encoding.Encoder) => encoding.writeVarUint8Array(e, b);
const syncUpdate = (update: Uint8Array) => message(uint(0), uint(2), bytes(update));

/** A writer's socket, open and past the handshake. */
async function writer() {
  const socket = rawSocket(syncUrl(server.url, board.id, 'content', board.tokens.members.a!));
  await socket.opened;
  return socket;
}

async function storedTexts(): Promise<string[]> {
  const stored = await server.storage.loadRoom(`${board.id}/content`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
  return readShapes(doc).shapes.flatMap((s) => ('text' in s ? [s.text] : []));
}

/** The bystander still syncs: a note it writes is stored. */
async function bystanderStillWorks(label: string) {
  addSticky(bystander.doc, { x: 0, y: 0, text: `after ${label}` }, 'local');
  await waitFor(
    async () => (await storedTexts()).includes(`after ${label}`),
    `bystander's note after ${label}`,
  );
  expect(bystander.provider.wsconnected).toBe(true);
}

/** An update made on a doc that knows the board, so only its own flaw is refused. */
function realUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(bystander.doc));
  const before = Y.encodeStateVector(doc);
  addSticky(doc, { x: 0, y: 0, text }, 'local');
  return Y.encodeStateAsUpdate(doc, before);
}

describe('bad websocket input', () => {
  const cases: [string, () => Uint8Array | string, number][] = [
    ['a text frame', () => 'hello', CLOSE.malformed],
    ['an unknown message type', () => message(uint(9), uint(0)), CLOSE.malformed],
    ['an unknown sync step', () => message(uint(0), uint(7), bytes(new Uint8Array(1))), CLOSE.malformed],
    ['a truncated message', () => new Uint8Array([0, 2, 50, 1, 2]), CLOSE.malformed],
    [
      'trailing bytes',
      () => new Uint8Array([...syncUpdate(realUpdate('trailing')), 1, 2, 3]),
      CLOSE.malformed,
    ],
    [
      'garbage as an update',
      () => syncUpdate(new Uint8Array([255, 255, 255, 255, 15, 1, 2, 3])),
      CLOSE.malformed,
    ],
    ['an empty update', () => syncUpdate(new Uint8Array(0)), CLOSE.malformed],
    [
      'an update that depends on changes the server never saw',
      () => {
        const doc = new Y.Doc();
        doc.getMap('shapes').set('x', 1);
        const sv = Y.encodeStateVector(doc);
        doc.getMap('shapes').set('y', 2);
        return syncUpdate(Y.encodeStateAsUpdate(doc, sv));
      },
      CLOSE.malformed,
    ],
    [
      'an update that creates a subdocument',
      () => {
        const doc = new Y.Doc();
        doc.getMap('shapes').set('sub', new Y.Doc());
        return syncUpdate(Y.encodeStateAsUpdate(doc));
      },
      CLOSE.malformed,
    ],
    ['a message larger than the limit', () => syncUpdate(new Uint8Array(MAX_MESSAGE + 10)), CLOSE.tooLarge],
    ['malformed awareness', () => message(uint(1), bytes(new Uint8Array([1, 5]))), CLOSE.malformed],
    [
      'awareness that is not an object',
      () =>
        message(
          uint(1),
          bytes(message(uint(1), uint(77), uint(1), (e) => encoding.writeVarString(e, '[1,2]'))),
        ),
      CLOSE.malformed,
    ],
    [
      'an oversized awareness state',
      () =>
        message(
          uint(1),
          bytes(
            message(uint(1), uint(77), uint(1), (e) =>
              encoding.writeVarString(e, JSON.stringify({ big: 'x'.repeat(20000) })),
            ),
          ),
        ),
      CLOSE.malformed,
    ],
  ];

  for (const [label, build, code] of cases) {
    it(`${label} closes the sender with ${code} and changes nothing`, async () => {
      const before = await storedTexts();
      const socket = await writer();
      socket.ws.send(build());
      expect(await closeCodeOf(socket)).toBe(code);
      expect(await storedTexts()).toEqual(before);
      await bystanderStillWorks(label);
    });
  }

  it('a flood of messages closes the flooder with 4503 and spares everyone else', async () => {
    const socket = await writer();
    const query = message(uint(3));
    for (let i = 0; i < 500 && socket.ws.readyState === socket.ws.OPEN; i++) socket.ws.send(query);
    expect(await closeCodeOf(socket)).toBe(CLOSE.overloaded);
    await bystanderStillWorks('flood');
  });

  it('connections past the per-room limit are refused with 4503, which the client retries', async () => {
    const crowded = await startTestServer({ limits: { maxConnectionsPerRoom: 2 } as never });
    try {
      const b = await createBoard(crowded.url);
      const first = connectClient(crowded.url, b.id, 'content', b.tokens.members.a!);
      const second = connectClient(crowded.url, b.id, 'content', b.tokens.members.b!);
      await Promise.all([first.synced, second.synced]);
      const third = rawSocket(syncUrl(crowded.url, b.id, 'content', b.tokens.observer));
      expect(await closeCodeOf(third)).toBe(CLOSE.overloaded);
      // Another channel of the same board is another room.
      const control = rawSocket(syncUrl(crowded.url, b.id, 'control', b.tokens.observer));
      await control.opened;
      control.ws.close();
      first.destroy();
      second.destroy();
    } finally {
      await crowded.dispose();
    }
  });

  it('writes past the document size limit are refused with 4413', async () => {
    const small = await startTestServer({ limits: { maxDocumentBytes: 4096 } as never });
    try {
      const b = await createBoard(small.url);
      const client = connectClient(small.url, b.id, 'content', b.tokens.members.a!);
      await client.synced;
      const closed = new Promise<number>((resolve) =>
        client.provider.on(
          'connection-close',
          (event: { code: number } | null) => event && resolve(event.code),
        ),
      );
      addSticky(client.doc, { x: 0, y: 0, text: 'x'.repeat(8000) }, 'local');
      expect(await closed).toBe(CLOSE.tooLarge);
      client.destroy();
      const stored = await small.storage.loadRoom(`${b.id}/content`);
      expect(stored.bytes).toBeLessThan(4096);
    } finally {
      await small.dispose();
    }
  });
});

describe('bad credentials', () => {
  const key = new TextEncoder().encode(TEST_SECRET);
  const sign = (claims: Record<string, unknown>, exp?: number) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' });
    if (exp !== undefined) jwt.setExpirationTime(exp);
    return jwt.sign(key);
  };

  const cases: [string, () => Promise<string>, number][] = [
    ['no token', async () => syncUrl(server.url, board.id, 'content'), CLOSE.unauthorized],
    ['an empty token', async () => syncUrl(server.url, board.id, 'content', ''), CLOSE.unauthorized],
    [
      'a forged token',
      async () => syncUrl(server.url, board.id, 'content', board.tokens.facilitator.slice(0, -4) + 'AAAA'),
      CLOSE.unauthorized,
    ],
    [
      'a token signed with another key',
      async () => {
        const other = await new SignJWT({ board: board.id, role: 'facilitator', gen: 0 })
          .setProtectedHeader({ alg: 'HS256' })
          .sign(new TextEncoder().encode('some-other-secret-0123456789-0123456789'));
        return syncUrl(server.url, board.id, 'content', other);
      },
      CLOSE.unauthorized,
    ],
    [
      'an expired token',
      async () =>
        syncUrl(
          server.url,
          board.id,
          'content',
          await sign({ board: board.id, role: 'facilitator', gen: 0 }, 1000),
        ),
      CLOSE.unauthorized,
    ],
    [
      'a token of an older link generation',
      async () =>
        syncUrl(
          server.url,
          board.id,
          'content',
          await sign({ board: board.id, role: 'facilitator', gen: -1 }),
        ),
      CLOSE.unauthorized,
    ],
    [
      'another board’s token',
      async () => syncUrl(server.url, board.id, 'content', otherBoard.tokens.facilitator),
      CLOSE.forbidden,
    ],
    [
      'a valid token for a board that does not exist',
      async () =>
        syncUrl(
          server.url,
          'nosuchboard0001',
          'content',
          await sign({ board: 'nosuchboard0001', role: 'facilitator', gen: 0 }),
        ),
      CLOSE.forbidden,
    ],
    [
      'an unknown channel',
      async () => syncUrl(server.url, board.id, 'secrets', board.tokens.facilitator),
      CLOSE.forbidden,
    ],
    [
      'another company’s private channel',
      async () => syncUrl(server.url, board.id, 'private/b', board.tokens.members.a!),
      CLOSE.forbidden,
    ],
    [
      'a private channel of a company not on the board',
      async () => syncUrl(server.url, board.id, 'private/z', board.tokens.facilitator),
      CLOSE.forbidden,
    ],
  ];

  for (const [label, url, code] of cases) {
    it(`${label} is refused with ${code} before any message is read`, async () => {
      const socket = rawSocket(await url());
      expect(await closeCodeOf(socket)).toBe(code);
      expect(socket.received).toEqual([]);
      await bystanderStillWorks(label);
    });
  }

  it('the stock client treats the refusal as permanent and stops retrying', async () => {
    const client = connectClient(server.url, board.id, 'content', 'not-a-token');
    const terminal = await new Promise<{ code: number }>((resolve) =>
      client.provider.once('closed', resolve),
    );
    expect(terminal.code).toBe(CLOSE.unauthorized);
    expect(client.provider.shouldConnect).toBe(false);
    client.destroy();
  });

  it('a websocket on an unknown path is refused with 404', async () => {
    const socket = rawSocket(`${server.url.replace('http', 'ws')}/elsewhere`);
    expect(await closeCodeOf(socket)).toBe(1006);
  });
});
