// Live sync between real stock y-websocket clients through the real server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addSticky, moveShapes, readShapes, type CompanyKey, type ShapeId } from '@kyoso/shared';
import { connectClient, rawSocket, syncUrl, type SyncClient } from './support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from './support/server.js';
import { waitFor } from './support/wait.js';

let server: TestServer;
let board: CreatedBoard;
const clients: SyncClient[] = [];

function join(channel: string, token: string, doc?: Y.Doc): SyncClient {
  const client = connectClient(server.url, board.id, channel, token, doc);
  clients.push(client);
  return client;
}

const texts = (doc: Y.Doc) => readShapes(doc).shapes.map((s) => ('text' in s ? s.text : null));

beforeEach(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.dispose();
});

describe('live sync', () => {
  it('a new client receives the board as created: title and companies', async () => {
    const alice = join('content', board.tokens.facilitator);
    await alice.synced;
    const meta = alice.doc.getMap('meta');
    expect(meta.get('title')).toBe('提携ワークショップ 2026');
    expect(meta.get('schemaVersion')).toBeGreaterThanOrEqual(1);
    expect(readShapes(alice.doc).problems).toEqual([]);
  });

  it('two members of different companies converge on the same board', async () => {
    const a = join('content', board.tokens.members.a!);
    const b = join('content', board.tokens.members.b!);
    await Promise.all([a.synced, b.synced]);
    addSticky(a.doc, { x: 0, y: 0, text: '物流網', company: 'a' as CompanyKey, kind: 'asset' }, 'local');
    addSticky(
      b.doc,
      { x: 300, y: 0, text: 'Overseas sales channel', company: 'b' as CompanyKey, kind: 'gap' },
      'local',
    );
    await waitFor(() => texts(a.doc).length === 2 && texts(b.doc).length === 2, 'both notes on both clients');
    expect(readShapes(a.doc).shapes).toEqual(readShapes(b.doc).shapes);
    expect(texts(a.doc).sort()).toEqual(['Overseas sales channel', '物流網']);
  });

  it('concurrent typing into one note merges', async () => {
    const a = join('content', board.tokens.members.a!);
    const b = join('content', board.tokens.members.b!);
    await Promise.all([a.synced, b.synced]);
    const id = addSticky(a.doc, { x: 0, y: 0, text: '' }, 'local');
    const textOf = (doc: Y.Doc) =>
      (doc.getMap('shapes').get(id) as Y.Map<unknown> | undefined)?.get('text') as Y.Text | undefined;
    await waitFor(() => textOf(b.doc), 'note on b');
    textOf(a.doc)!.insert(0, '共創');
    textOf(b.doc)!.insert(0, 'Co-creation ');
    await waitFor(
      () => textOf(a.doc)!.toString().length === 14 && textOf(b.doc)!.toString().length === 14,
      'merged text',
    );
    expect(textOf(a.doc)!.toString()).toBe(textOf(b.doc)!.toString());
  });

  it('an observer sees edits live, but its own edits never reach the stored board or another client', async () => {
    const member = join('content', board.tokens.members.a!);
    const observer = join('content', board.tokens.observer);
    await Promise.all([member.synced, observer.synced]);
    addSticky(member.doc, { x: 0, y: 0, text: 'visible to all' }, 'local');
    await waitFor(() => texts(observer.doc).includes('visible to all'), 'observer to see the member’s note');

    addSticky(observer.doc, { x: 0, y: 0, text: 'observer graffiti' }, 'local');
    // A marker written after the observer's edit: once it arrives, the graffiti would have too.
    addSticky(member.doc, { x: 50, y: 0, text: 'marker' }, 'local');
    const late = join('content', board.tokens.members.b!);
    await late.synced;
    await waitFor(() => texts(late.doc).includes('marker'), 'marker on a late joiner');
    expect(texts(late.doc)).not.toContain('observer graffiti');
    expect(texts(member.doc)).not.toContain('observer graffiti');
    expect(server.metrics.dropped.get({ reason: 'read-only' })).toBeGreaterThan(0);

    for (const client of clients.splice(0)) client.destroy();
    const stored = await server.storage.loadRoom(`${board.id}/content`);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
    expect(texts(doc)).toContain('marker');
    expect(texts(doc)).not.toContain('observer graffiti');
  });

  it(
    'a shutdown does not wait for a client that never answers the close handshake',
    { timeout: 20_000 },
    async () => {
      const silent = rawSocket(syncUrl(server.url, board.id, 'content', board.tokens.observer));
      await silent.opened;
      silent.ws.pause(); // reads nothing more, so never answers the server's close frame
      const started = Date.now();
      await server.close();
      // The ws library alone would hold the shutdown 30 s for this client.
      expect(Date.now() - started).toBeLessThan(10_000);
      silent.ws.terminate();
    },
  );

  it('a board survives a restart of the server', async () => {
    const a = join('content', board.tokens.members.a!);
    await a.synced;
    const id = addSticky(a.doc, { x: 10, y: 20, text: '再起動後も残る' }, 'local');
    moveShapes(a.doc, { ids: [id as ShapeId], dx: 5, dy: 5 }, 'local');
    const expected = await waitFor(async () => {
      const stored = await server.storage.loadRoom(`${board.id}/content`);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
      const shape = readShapes(doc).shapes[0];
      return shape && shape.x === 15 ? readShapes(doc).shapes : null;
    }, 'the move to be stored');
    for (const client of clients.splice(0)) client.destroy();
    await server.close();

    const { startServer } = await import('@kyoso/server');
    const restarted = await startServer(server.config);
    try {
      const fresh = connectClient(restarted.url, board.id, 'content', board.tokens.observer);
      clients.push(fresh);
      await fresh.synced;
      expect(readShapes(fresh.doc).shapes).toEqual(expected);
    } finally {
      for (const client of clients.splice(0)) client.destroy();
      await restarted.close();
    }
  });

  it('presence shows the role and company from the token, whatever the client claims', async () => {
    const a = join('content', board.tokens.members.a!);
    const watcher = join('content', board.tokens.facilitator);
    await Promise.all([a.synced, watcher.synced]);
    a.provider.awareness.setLocalState({
      user: { name: '佐藤', role: 'facilitator', company: 'b' },
      cursor: { x: 1, y: 2 },
    });
    const seen = await waitFor(
      () =>
        watcher.provider.awareness.getStates().get(a.doc.clientID) as
          { user: Record<string, unknown> } | undefined,
      'a’s presence at the facilitator',
    );
    expect(seen.user).toEqual({ name: '佐藤', role: 'member', company: 'a' });
  });

  it('an observer’s awareness is not broadcast', async () => {
    const observer = join('content', board.tokens.observer);
    const member = join('content', board.tokens.members.a!);
    await Promise.all([observer.synced, member.synced]);
    observer.provider.awareness.setLocalState({ user: { name: 'lurker' } });
    member.provider.awareness.setLocalState({ user: { name: 'member' } });
    await waitFor(
      () => observer.provider.awareness.getStates().has(member.doc.clientID),
      'member presence at observer',
    );
    expect(member.provider.awareness.getStates().has(observer.doc.clientID)).toBe(false);
    expect(server.metrics.dropped.get({ reason: 'read-only awareness' })).toBeGreaterThan(0);
  });

  it('a departing client’s presence disappears for the others', async () => {
    const a = join('content', board.tokens.members.a!);
    const b = join('content', board.tokens.members.b!);
    await Promise.all([a.synced, b.synced]);
    a.provider.awareness.setLocalState({ user: { name: 'A' } });
    await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID), 'a visible to b');
    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'a gone for b');
  });
});
