// The access table with participant tokens, beyond test/access.test.ts (link tokens, stock clients
// writing): every reader receives what is written; a raw client that sends a sync update it may
// not make never reaches another client nor the stored room (checked after a restart); the
// server-only ballots room cannot be opened by anyone.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addSticky, readAttribution, rosterEntries } from '@kyoso/shared';
import { CLOSE, startServer, type RunningServer } from '@kyoso/server';
import {
  closeCodeOf,
  connectClient,
  rawSocket,
  syncUrl,
  type RawSocket,
  type SyncClient,
} from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { probesIn, writeProbe } from '../support/probes.js';
import { call, joinAs, syncStep1Message, syncUpdateMessage, type Participant } from './support.js';

let server: TestServer;
let board: CreatedBoard;
const people = {} as Record<RoleName, Participant>;

const roles = ['facilitator', 'member a', 'member b', 'observer'] as const;
type RoleName = (typeof roles)[number];
const channels = [
  'content',
  'control',
  'ledger',
  'participants',
  'activity',
  'private/a',
  'private/b',
] as const;
type ChannelName = (typeof channels)[number];

const mayRead: Record<ChannelName, RoleName[]> = {
  content: [...roles],
  control: [...roles],
  ledger: [...roles],
  participants: ['facilitator'],
  activity: [...roles],
  'private/a': ['member a'],
  'private/b': ['member b'],
};
const mayWrite: Record<ChannelName, RoleName[]> = {
  content: ['facilitator', 'member a', 'member b'],
  control: ['facilitator'],
  ledger: [],
  participants: [],
  activity: [],
  'private/a': ['member a'],
  'private/b': ['member b'],
};

const linkToken = (role: RoleName) =>
  role === 'facilitator'
    ? board.tokens.facilitator
    : role === 'observer'
      ? board.tokens.observer
      : board.tokens.members[role.slice(-1)]!;

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  for (const role of roles) people[role] = await joinAs(server.url, board, linkToken(role), `person ${role}`);
});
afterAll(async () => {
  await server.dispose();
});

/** A raw connection that sends a probe (as an allowed writer would) as a plain sync update, then a sync step 1;
 * once the answer to that arrives, the server has handled (and, had it accepted it, broadcast)
 * the update. */
async function rawWrite(channel: ChannelName, role: RoleName): Promise<RawSocket> {
  const socket = rawSocket(syncUrl(server.url, board.id, channel, people[role].token));
  await socket.opened;
  await waitFor(() => socket.received.length > 0, `${role}'s raw socket greeted on ${channel}`);
  const forged = new Y.Doc();
  writeProbe(forged, channel, role);
  socket.ws.send(syncUpdateMessage(Y.encodeStateAsUpdate(forged)));
  socket.ws.send(syncStep1Message());
  await waitFor(
    () => socket.received.some((frame) => frame[0] === 0 && frame[1] === 1),
    `${role}'s sync step 1 answered on ${channel}`,
  );
  return socket;
}

let round = 0;
/** Makes something new appear on `channel`, written by someone who may. */
async function writeSentinel(channel: ChannelName, writers: Map<RoleName, SyncClient>, tag: string) {
  if (channel === 'ledger') {
    // Only the server writes the ledger: a facilitator's command is the legitimate writer.
    const started = await call(
      server.url,
      'POST',
      `/api/boards/${board.id}/votes/rounds`,
      people.facilitator.token,
      {
        rules: { scope: { kind: 'all' }, votesPerPerson: 1, allowMultiple: false },
      },
    );
    expect(started.status).toBe(201);
    round = started.body.round as number;
    const ended = await call(
      server.url,
      'POST',
      `/api/boards/${board.id}/votes/rounds/${round}/end`,
      people.facilitator.token,
    );
    expect(ended.status).toBe(200);
    return (doc: Y.Doc) => doc.getArray('events').length >= 2 * round;
  }
  if (channel === 'activity') {
    // Only the server writes who did what: an edit of the board is the legitimate writer.
    const editor = connectClient(server.url, board.id, 'content', people.facilitator.token);
    await editor.synced;
    const card = addSticky(editor.doc, { x: 0, y: 0, text: tag }, 'sentinel');
    const reader = writers.get('observer')!;
    await waitFor(() => readAttribution(reader.doc, card) !== null, 'the sentinel edit recorded');
    editor.destroy();
    return (doc: Y.Doc) => readAttribution(doc, card) !== null;
  }
  if (channel === 'participants') {
    // Only the server writes the roster: someone joining is the legitimate writer.
    const joined = await joinAs(server.url, board, board.tokens.observer, tag);
    return (doc: Y.Doc) => rosterEntries(doc).has(joined.id);
  }
  const writer = writers.get(mayWrite[channel][0]!)!;
  writeProbe(writer.doc, channel, tag);
  return (doc: Y.Doc) => probesIn(doc, channel).includes(tag);
}

describe('access matrix with participant tokens', () => {
  for (const channel of channels) {
    it(`${channel}: every reader receives the writers' changes; a forged update from anyone else reaches nobody`, async () => {
      const readers = new Map<RoleName, SyncClient>();
      for (const role of mayRead[channel]) {
        readers.set(role, connectClient(server.url, board.id, channel, people[role].token));
      }
      await Promise.all([...readers.values()].map((client) => client.synced));

      // Every allowed writer's stock client writes; every reader receives every write.
      for (const role of mayWrite[channel]) writeProbe(readers.get(role)!.doc, channel, role);
      const allowed = [...mayWrite[channel]].sort();
      for (const [role, client] of readers) {
        await waitFor(
          () => allowed.every((w) => probesIn(client.doc, channel).includes(w)),
          `${role} to receive every write on ${channel}`,
        );
      }

      // Readers that may not write send raw sync updates; nobody else ever gets them.
      const sockets: RawSocket[] = [];
      for (const role of mayRead[channel].filter((r) => !mayWrite[channel].includes(r))) {
        sockets.push(await rawWrite(channel, role));
      }
      const sentinel = `after-raw-${channel}`;
      const arrived = await writeSentinel(channel, readers, sentinel);
      for (const [role, client] of readers) {
        await waitFor(() => arrived(client.doc), `${role} to receive the sentinel on ${channel}`);
        expect(
          probesIn(client.doc, channel).filter((tag) => tag !== sentinel),
          `${role}'s view of ${channel}`,
        ).toEqual(allowed);
      }
      // Raw writers were not disconnected for trying: dropped, not refused.
      for (const socket of sockets) expect(socket.ws.readyState).toBe(socket.ws.OPEN);

      for (const socket of sockets) socket.ws.close();
      for (const client of readers.values()) client.destroy();
    });
  }

  it('refuses every reader the channels it may not read, and everyone the server-only ballots room', async () => {
    for (const role of roles) {
      const forbidden = [
        ...channels.filter((channel) => !mayRead[channel].includes(role)),
        'server/ballots',
        'private/z',
      ];
      for (const channel of forbidden) {
        const socket = rawSocket(syncUrl(server.url, board.id, channel, people[role].token));
        expect(await closeCodeOf(socket), `${role} opening ${channel}`).toBe(CLOSE.forbidden);
        expect(socket.received, `${role} got bytes of ${channel}`).toEqual([]);
      }
    }
  });

  it('after a restart, each stored channel holds exactly the allowed writes', async () => {
    await server.close();
    let restarted: RunningServer | null = null;
    try {
      restarted = await startServer(server.config);
      for (const channel of channels) {
        const reader = mayRead[channel][0]!;
        const client = connectClient(restarted.url, board.id, channel, people[reader].token);
        await client.synced;
        const stored = probesIn(client.doc, channel).filter((tag) => !tag.startsWith('after-raw-'));
        expect(stored, `stored ${channel}`).toEqual([...mayWrite[channel]].sort());
        client.destroy();
      }
    } finally {
      await restarted?.close();
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  });
});
