// The access table of the Contract, role × channel × read/write, against the real server and
// real clients that try every write whether or not they may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '@kyoso/server';
import { closeCodeOf, connectClient, rawSocket, syncUrl } from './support/clients.js';
import { probesIn, writeProbe } from './support/probes.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from './support/server.js';
import { waitFor } from './support/wait.js';

let server: TestServer;
let board: CreatedBoard;

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
});
afterAll(async () => {
  await server.dispose();
});

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

const tokenOf = (role: RoleName) =>
  role === 'facilitator'
    ? board.tokens.facilitator
    : role === 'observer'
      ? board.tokens.observer
      : board.tokens.members[role.slice(-1)]!;

const mayRead: Record<(typeof channels)[number], RoleName[]> = {
  content: [...roles],
  control: [...roles],
  ledger: [...roles],
  participants: ['facilitator'],
  activity: [...roles],
  'private/a': ['member a'],
  'private/b': ['member b'],
};
const mayWrite: Record<(typeof channels)[number], RoleName[]> = {
  content: ['facilitator', 'member a', 'member b'],
  control: ['facilitator'],
  ledger: [],
  participants: [],
  activity: [],
  'private/a': ['member a'],
  'private/b': ['member b'],
};

async function storedProbe(channel: string): Promise<string[]> {
  const stored = await server.storage.loadRoom(`${board.id}/${channel}`);
  const doc = new Y.Doc();
  if (stored.updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
  return probesIn(doc, channel);
}

describe('access matrix', () => {
  for (const channel of channels) {
    it(`${channel}: only ${mayRead[channel].join(', ')} may read; only ${mayWrite[channel].join(', ') || 'the server'} may write`, async () => {
      for (const role of roles) {
        if (!mayRead[channel].includes(role)) {
          const socket = rawSocket(syncUrl(server.url, board.id, channel, tokenOf(role)));
          expect(await closeCodeOf(socket), `${role} reading ${channel}`).toBe(CLOSE.forbidden);
          expect(socket.received, `${role} got bytes of ${channel}`).toEqual([]);
          continue;
        }
        const client = connectClient(server.url, board.id, channel, tokenOf(role));
        await client.synced;
        const droppedBefore = server.metrics.dropped.get({ reason: 'read-only' });
        writeProbe(client.doc, channel, role);
        if (mayWrite[channel].includes(role)) {
          await waitFor(
            async () => (await storedProbe(channel)).includes(role),
            `${role}'s write to ${channel} stored`,
          );
        } else {
          await waitFor(
            () => server.metrics.dropped.get({ reason: 'read-only' }) > droppedBefore,
            `${role}'s write to ${channel} dropped`,
          );
        }
        client.destroy();
      }
      expect(await storedProbe(channel)).toEqual([...mayWrite[channel]].sort());
    });
  }
});
