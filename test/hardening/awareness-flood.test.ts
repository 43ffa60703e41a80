// A member floods presence within the message and byte rates: what reaches every other peer is
// bounded by the presence budget, and an honest member's cursor still gets through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DEFAULT_LIMITS } from '@kyoso/server';
import { connectClient, rawSocket, syncUrl, type RawSocket, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';

const MESSAGE_AWARENESS = 1;

let server: TestServer;
let board: CreatedBoard;
const closing: (RawSocket | SyncClient)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
});
afterAll(async () => {
  for (const item of closing) {
    if ('ws' in item) item.ws.terminate();
    else item.destroy();
  }
  await server?.dispose();
});

/** Bytes of awareness messages a socket received. */
const awarenessBytes = (socket: RawSocket) =>
  socket.received.filter((message) => message[0] === MESSAGE_AWARENESS).reduce((sum, m) => sum + m.length, 0);

describe('a presence flood', () => {
  it('reaches the other peers only within the presence budget, ends on its last state, and honest cursors still arrive', async () => {
    const watcher = rawSocket(syncUrl(server.url, board.id, 'content', board.tokens.observer));
    const rogueSocket = rawSocket(syncUrl(server.url, board.id, 'content', board.tokens.members.a!));
    closing.push(watcher, rogueSocket);
    await Promise.all([watcher.opened, rogueSocket.opened]);
    const honest = connectClient(server.url, board.id, 'content', board.tokens.members.b!);
    closing.push(honest);
    await honest.synced;

    // The rogue's own presence, about 7 KB, re-sent 250 times a second for two seconds, evenly
    // enough that every presence batch (20 ms) carries a new one: under the message rate (300/s)
    // and the byte rate (2 MiB/s).
    const awareness = new Awareness(new Y.Doc());
    const pad = 'x'.repeat(7000);
    const before = awarenessBytes(watcher);
    const seconds = 2;
    for (let tick = 0; tick < seconds * 50; tick++) {
      for (let i = 0; i < 5; i++) {
        awareness.setLocalState({ pad, n: tick * 5 + i });
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
        encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [awareness.clientID]));
        rogueSocket.ws.send(encoding.toUint8Array(encoder));
      }
      // The attack's pace: 5 messages every 20 ms.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    honest.provider.awareness.setLocalStateField('cursor', { x: 12, y: 34 });
    await waitFor(
      () => honest.provider.awareness.getLocalState() && awarenessBytes(watcher) > before,
      'presence reaching the watcher',
    );
    await waitFor(
      () => watcher.received.some((message) => new TextDecoder().decode(message).includes('"x":12,"y":34')),
      'the honest cursor',
    );
    const fannedOut = awarenessBytes(watcher) - before;
    // What was held back is not lost: the rogue's last state arrives once its budget allows.
    const last = `"n":${seconds * 50 * 5 - 1}`;
    await waitFor(
      () => watcher.received.some((message) => new TextDecoder().decode(message).includes(last)),
      'the last state of the burst',
    );
    const budget = DEFAULT_LIMITS.awarenessBytesPerSecond * (seconds + 4 + 1);
    expect(fannedOut).toBeLessThan(budget);
    // Without the budget it is about one 7 KB state per presence batch: 50 a second.
    expect(fannedOut).toBeLessThan(seconds * 50 * 7000 * 0.4);
  });

  it('keeps the state it holds back over budget when echoes of other clients come in between', async () => {
    const watcher = rawSocket(syncUrl(server.url, board.id, 'content', board.tokens.observer));
    const rogueSocket = rawSocket(syncUrl(server.url, board.id, 'content', board.tokens.members.a!));
    closing.push(watcher, rogueSocket);
    await Promise.all([watcher.opened, rogueSocket.opened]);
    const message = (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, update);
      return encoding.toUint8Array(encoder);
    };
    const own = new Awareness(new Y.Doc());
    const pad = 'y'.repeat(7000);
    // Far over the presence budget: the last of these is held back, to be sent once in budget.
    for (let tick = 0; tick < 25; tick++) {
      for (let i = 0; i < 5; i++) {
        own.setLocalState({ pad, m: tick * 5 + i });
        rogueSocket.ws.send(message(encodeAwarenessUpdate(own, [own.clientID])));
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    own.setLocalState({ pad, m: 'final' });
    rogueSocket.ws.send(message(encodeAwarenessUpdate(own, [own.clientID])));
    // What the stock client sends when it receives someone else's state: that state, re-sent.
    const other = new Awareness(new Y.Doc());
    other.setLocalState({ cursor: { x: 1, y: 2 } });
    rogueSocket.ws.send(message(encodeAwarenessUpdate(other, [other.clientID])));
    await waitFor(
      () => watcher.received.some((m) => new TextDecoder().decode(m).includes('"m":"final"')),
      'the held-back state, published once in budget',
    );
  });
});
