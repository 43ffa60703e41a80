// Comment threads against the real server: comments on a card of the board reach everyone, written
// under the name in the commenter's participant token; a comment on company A's private draft is
// kept in A's private channel, and nobody outside company A receives a byte of it on any channel;
// threads resolve and reopen; only an author (or the facilitator, on the board) deletes a comment;
// bad input is refused with a clear error and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSticky, readThreads, type CompanyKey, type ShapeId } from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, connectRecording, joinAs, type Participant, type RecordingClient } from './support.js';

let server: TestServer;
let board: CreatedBoard;
let alice: Participant;
let bob: Participant;
let facilitator: Participant;
let observer: Participant;
let publicReader: SyncClient;
let draftsOfA: SyncClient;
let card: ShapeId;
let draft: ShapeId;
const outsiders: RecordingClient[] = [];
const SECRET = 'SECRET-COMMENT-下書きへの内緒のコメント';

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  alice = await joinAs(server.url, board, board.tokens.members.a!, '青井');
  bob = await joinAs(server.url, board, board.tokens.members.b!, 'Bob');
  facilitator = await joinAs(server.url, board, board.tokens.facilitator, '司会');
  observer = await joinAs(server.url, board, board.tokens.observer, '見学');
  const writer = connectClient(server.url, board.id, 'content', facilitator.token);
  draftsOfA = connectClient(server.url, board.id, 'private/a', alice.token);
  publicReader = connectClient(server.url, board.id, 'discussion', observer.token);
  await Promise.all([writer.synced, draftsOfA.synced, publicReader.synced]);
  card = addSticky(writer.doc, { x: 0, y: 0, text: '物流網', company: 'a' as CompanyKey }, 'w');
  draft = addSticky(draftsOfA.doc, { x: 0, y: 0, text: 'まだ秘密', kind: 'idea' }, 'w');
  // Everyone outside company A, on every channel each may open.
  for (const [token, channels] of [
    [bob.token, ['content', 'control', 'ledger', 'activity', 'discussion', 'private/b']],
    [facilitator.token, ['content', 'control', 'ledger', 'activity', 'discussion', 'participants']],
    [observer.token, ['content', 'control', 'ledger', 'activity', 'discussion']],
  ] as const)
    for (const channel of channels) outsiders.push(connectRecording(server.url, board.id, channel, token));
  await Promise.all(outsiders.map((client) => client.synced));
  await waitFor(
    async () => (await comment(alice, card, '同期待ち')).status === 201,
    'the card on the server',
  );
  writer.destroy();
});
afterAll(async () => {
  for (const client of [publicReader, draftsOfA, ...outsiders]) client.destroy();
  await server.dispose();
});

type Answer = {
  comment?: { id: string; text: string; by: { name: string } };
  where?: string;
  error?: string;
};
const comment = (who: { token: string }, on: string, text: string, extra = {}) =>
  call<Answer>(server.url, 'POST', `/api/boards/${board.id}/comments`, who.token, {
    card: on,
    text,
    ...extra,
  });
const texts = (doc: SyncClient['doc'], on: ShapeId) =>
  (readThreads(doc).get(on)?.comments ?? []).map((c) => `${c.by.name}: ${c.text}`);

describe('comments', () => {
  it('on a card of the board reach everyone, under the name in the token', async () => {
    const answer = await comment(bob, card, '  @青井 これはPoCに向きそうです  ', { by: { name: 'Mallory' } });
    expect(answer.status).toBe(201);
    expect(answer.body.where).toBe('discussion');
    expect(answer.body.comment?.by.name).toBe('Bob');
    expect(answer.body.comment?.text).toBe('@青井 これはPoCに向きそうです');
    await waitFor(() => texts(publicReader.doc, card).length === 2, 'the reader receives it');
    expect(texts(publicReader.doc, card)).toEqual(['青井: 同期待ち', 'Bob: @青井 これはPoCに向きそうです']);
  });

  it('on a private draft stay in that company’s channel: nobody else receives a byte', async () => {
    const answer = await comment(alice, draft, SECRET);
    expect(answer.status).toBe(201);
    expect(answer.body.where).toBe('private');
    await waitFor(() => texts(draftsOfA.doc, draft).length === 1, 'company A receives it');
    // Another company's draft is as unknown as a card that does not exist, to anyone outside it.
    expect((await comment(bob, draft, 'peek')).status).toBe(404);
    expect((await comment(facilitator, draft, 'peek')).status).toBe(404);
    // A later public comment has reached every outsider: the secret one would have come before it.
    expect((await comment(alice, card, 'AFTER-THE-SECRET')).status).toBe(201);
    await waitFor(() => outsiders.filter((c) => c.saw('AFTER-THE-SECRET')).length >= 3, 'the public comment');
    for (const client of outsiders) expect(client.saw(SECRET)).toBe(false);
    expect(readThreads(publicReader.doc).has(draft)).toBe(false);
  });

  it('threads resolve and reopen, and a new comment reopens a resolved one', async () => {
    const resolve = (resolved: boolean) =>
      call(server.url, 'POST', `/api/boards/${board.id}/comments/resolve`, bob.token, { card, resolved });
    expect((await resolve(true)).status).toBe(200);
    await waitFor(() => readThreads(publicReader.doc).get(card)?.resolved?.by.name === 'Bob', 'resolved');
    expect((await resolve(false)).status).toBe(200);
    await waitFor(() => readThreads(publicReader.doc).get(card)?.resolved === null, 'reopened');
    await resolve(true);
    await comment(alice, card, 'もう一点');
    await waitFor(() => texts(publicReader.doc, card).at(-1) === '青井: もう一点', 'the new comment');
    expect(readThreads(publicReader.doc).get(card)?.resolved).toBeNull();
  });

  it('are deleted by their author, or by the facilitator on the board, and nobody else', async () => {
    const mine = (await comment(bob, card, 'Bobのコメント')).body.comment!.id;
    const remove = (who: { token: string }, id: string) =>
      call(server.url, 'DELETE', `/api/boards/${board.id}/comments/${id}`, who.token);
    expect((await remove(alice, mine)).status).toBe(403);
    expect((await remove(bob, mine)).status).toBe(200);
    const other = (await comment(alice, card, '消される')).body.comment!.id;
    expect((await remove(facilitator, other)).status).toBe(200);
    expect((await remove(facilitator, 'nosuchcomment')).status).toBe(404);
    await waitFor(
      () => !texts(publicReader.doc, card).some((t) => t.includes('消される')),
      'deleted for everyone',
    );
    expect(texts(publicReader.doc, card)).not.toContain('Bob: Bobのコメント');
  });

  it('refuse observers, link tokens, empty or overlong text and shapes that are not cards', async () => {
    const before = texts(publicReader.doc, card);
    expect((await comment(observer, card, 'x')).status).toBe(403);
    expect((await comment({ token: board.tokens.members.a! }, card, 'x')).status).toBe(401);
    const empty = await comment(alice, card, '   \n ');
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatch(/text must be 1 to 2000 characters/);
    expect((await comment(alice, card, 'x'.repeat(2001))).status).toBe(400);
    expect((await comment(alice, 'nosuchcard', 'x')).status).toBe(404);
    expect(texts(publicReader.doc, card)).toEqual(before);
  });
});
