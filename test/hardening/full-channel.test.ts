// A member fills the shared board up to its size limit. The board must stay usable: newcomers still
// join, the junk can be deleted, and once it is, everyone can write again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addSticky, shapesMap, type CompanyKey } from '@kyoso/shared';
import { CLOSE } from '@kyoso/server';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { storedDoc } from '../workshop/support.js';

const LIMIT = 64 * 1024;

let server: TestServer;
let board: CreatedBoard;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ limits: { maxDocumentBytes: LIMIT } as never });
  board = await createBoard(server.url);
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.dispose();
});

function join(token: string): SyncClient {
  const client = connectClient(server.url, board.id, 'content', token);
  clients.push(client);
  return client;
}

const closeCode = (client: SyncClient) =>
  new Promise<number>((resolve) =>
    client.provider.on('connection-close', (event: { code: number } | null) => event && resolve(event.code)),
  );

const storedShapes = async () => shapesMap(await storedDoc(server.storage, `${board.id}/content`));

describe('a board channel filled to its limit', () => {
  it('lets newcomers join, passes the cleanup, and takes writes again once cleaned', async () => {
    const rogue = join(board.tokens.members.a!);
    await rogue.synced;
    // Junk just under the limit (cards hold at most 10,000 characters), then one more past it.
    const junk = Array.from({ length: 7 }, (_, i) =>
      addSticky(rogue.doc, { x: i * 250, y: 0, text: 'x'.repeat(8000), company: 'a' as CompanyKey }, 'local'),
    );
    await waitFor(async () => {
      const stored = await storedShapes();
      return junk.every((id) => stored.has(id));
    }, 'the junk stored');
    const refused = closeCode(rogue);
    addSticky(rogue.doc, { x: 0, y: 300, text: 'y'.repeat(9000), company: 'a' as CompanyKey }, 'local');
    expect(await refused).toBe(CLOSE.tooLarge);
    rogue.provider.disconnect();

    // A newcomer's empty sync step 2 adds nothing: it joins and stays.
    const member = join(board.tokens.members.b!);
    await member.synced;
    expect(junk.every((id) => shapesMap(member.doc).has(id))).toBe(true);

    // The facilitator deletes the junk: a deletion passes on a full channel.
    const facilitator = join(board.tokens.facilitator);
    await facilitator.synced;
    facilitator.doc.transact(() => junk.forEach((id) => shapesMap(facilitator.doc).delete(id)));
    await waitFor(async () => {
      const stored = await storedShapes();
      return junk.every((id) => !stored.has(id));
    }, 'the deletion stored');
    expect(facilitator.provider.wsconnected).toBe(true);

    // Folded, the room has space again: the member writes a card that reaches storage.
    const card = addSticky(
      member.doc,
      { x: 500, y: 0, text: 'まだ使える', company: 'b' as CompanyKey },
      'local',
    );
    await waitFor(async () => (await storedShapes()).has(card), 'the new card stored');
    expect(member.provider.wsconnected).toBe(true);
    const stored = await server.storage.loadRoom(`${board.id}/content`);
    expect(stored.bytes).toBeLessThan(LIMIT / 2);
    expect((shapesMap(member.doc).get(card) as Y.Map<unknown>).get('text')?.toString()).toBe('まだ使える');
  });
});
