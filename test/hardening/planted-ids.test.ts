// A member plants structs under thousands of fresh Yjs client ids: invisible on the board, but kept
// forever and downloaded by every joiner. One update may start only a few new ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { addSticky, shapesMap, type CompanyKey } from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { storedDoc } from '../workshop/support.js';

let server: TestServer;
let board: CreatedBoard;
let member: SyncClient;

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  member = connectClient(server.url, board.id, 'content', board.tokens.members.a!);
  await member.synced;
});
afterAll(async () => {
  member?.destroy();
  await server?.dispose();
});

/** One update holding a change under each of `count` fresh client ids, on top of `base`. */
function plantedUpdate(base: Y.Doc, count: number): Uint8Array {
  const state = Y.encodeStateAsUpdate(base);
  const before = Y.encodeStateVector(base);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    addSticky(doc, { x: i, y: 0, text: '', company: 'a' as CompanyKey }, 'local');
    parts.push(Y.encodeStateAsUpdate(doc, before));
  }
  return Y.mergeUpdates(parts);
}

/** Sends `update` as a sync update on the member's own socket, past its provider. */
function sendRaw(update: Uint8Array): void {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // sync
  encoding.writeVarUint(encoder, 2); // update
  encoding.writeVarUint8Array(encoder, update);
  member.provider.ws!.send(encoding.toUint8Array(encoder));
}

describe('planted client ids', () => {
  it('refuses an update that starts hundreds of new ids, and keeps the board as it was', async () => {
    const storedBefore = (await storedDoc(server.storage, `${board.id}/content`)).getMap('shapes').size;
    sendRaw(plantedUpdate(member.doc, 300));
    await waitFor(() => member.denials.length > 0, 'the refusal');
    expect(member.denials[0]).toMatch(/at most 8 new Yjs client ids/);
    const stored = await storedDoc(server.storage, `${board.id}/content`);
    expect(stored.getMap('shapes').size).toBe(storedBefore);
  });

  it('still takes an honest page’s writes', async () => {
    // A new page: the refused one's copy has diverged from the board (Kyoso's client resyncs).
    const page = connectClient(server.url, board.id, 'content', board.tokens.members.a!);
    try {
      await page.synced;
      const card = addSticky(
        page.doc,
        { x: 0, y: 500, text: '通常のカード', company: 'a' as CompanyKey },
        'local',
      );
      await waitFor(
        async () => shapesMap(await storedDoc(server.storage, `${board.id}/content`)).has(card),
        'the card stored',
      );
    } finally {
      page.destroy();
    }
  });
});
