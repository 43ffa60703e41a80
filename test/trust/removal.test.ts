// Removing a participant retires their token: 401 with code "removed" on every HTTP endpoint,
// 4401 at the upgrade, and every open socket of theirs closed with 4401 "participant removed".
// The removed person can no longer vote or agree; everyone else carries on. Turning down a
// waiting request is the same removal.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addSticky, readLedger, type CompanyKey, type ShapeId } from '@kyoso/shared';
import { CLOSE } from '@kyoso/server';
import { rawSocket, syncUrl } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, storedDoc } from '../workshop/support.js';
import { rosterApi, watchedClient, type WatchedClient } from './roster-support.js';

let server: TestServer;
let board: CreatedBoard;
let api: ReturnType<typeof rosterApi>;
const clients: WatchedClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  board = await createBoard(server.url);
  api = rosterApi(server.url, board);
});
afterEach(() => {
  for (const { client } of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await server.dispose();
});

function watch(channel: string, token: string): WatchedClient {
  const watched = watchedClient(server.url, board.id, channel, token);
  clients.push(watched);
  return watched;
}

const path = (rest: string) => `/api/boards/${board.id}${rest}`;
const REMOVED = { error: 'the facilitator removed you from this board', code: 'removed' };

/** A card on the board, stored, through a member's content client. */
async function cardOn(content: WatchedClient): Promise<ShapeId> {
  const card = addSticky(
    content.client.doc,
    { x: 0, y: 0, text: '共同配送', company: 'a' as CompanyKey },
    'l',
  );
  await waitFor(
    async () => (await storedDoc(server.storage, `${board.id}/content`)).getMap('shapes').has(card),
    'the card stored',
  );
  return card;
}

describe('removing a participant', () => {
  it('closes their sockets with 4401 "participant removed", refuses them everywhere, and leaves others alone', async () => {
    const facilitator = await joinAs(server.url, board, board.tokens.facilitator, '進行');
    const member = await joinAs(server.url, board, board.tokens.members.a!, '佐藤');
    const colleague = await joinAs(server.url, board, board.tokens.members.a!, '田中');
    const theirs = ['content', 'control', 'ledger', 'private/a'].map((channel) =>
      watch(channel, member.token),
    );
    const others = [watch('content', colleague.token), watch('ledger', board.tokens.members.b!)];
    await Promise.all([...theirs, ...others].map((w) => w.client.synced));
    const card = await cardOn(others[0]!);
    const started = await call(server.url, 'POST', path('/votes/rounds'), facilitator.token, {
      rules: { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: true },
    });
    expect(started.status).toBe(201);
    expect((await call(server.url, 'POST', path('/votes'), member.token, { card, delta: 1 })).status).toBe(
      200,
    );

    const removed = await api.remove(facilitator.token, member.id);
    expect(removed.status).toBe(200);
    expect(removed.body.participant).toMatchObject({ id: member.id, name: '佐藤', status: 'removed' });

    for (const { client, closes } of theirs) {
      await waitFor(() => closes.length > 0, `${client.provider.roomname} closed`);
      expect(closes).toEqual([{ code: CLOSE.unauthorized, reason: 'participant removed' }]);
      expect(client.provider.shouldConnect).toBe(false);
    }
    for (const [method, rest, body] of [
      ['GET', '', undefined],
      ['GET', '/votes/mine', undefined],
      ['POST', '/votes', { card, delta: 1 }],
      ['POST', '/agreements', { card, agree: true }],
      ['POST', '/reveal', { cards: 'all' }],
      ['GET', '/participants/me', undefined],
      ['POST', '/participants', { name: '佐藤' }],
      ['GET', '/export.json', undefined],
    ] as const) {
      const answer = await call(server.url, method, path(rest), member.token, body);
      expect(answer, `${method} ${rest}`).toEqual({ status: 401, body: REMOVED });
    }
    for (const channel of ['content', 'ledger']) {
      const socket = rawSocket(syncUrl(server.url, board.id, channel, member.token));
      expect(await socket.closed).toEqual({ code: CLOSE.unauthorized, reason: 'participant removed' });
    }
    // The removed person neither voted again nor agreed; everyone else carries on.
    const ledger = readLedger(await storedDoc(server.storage, `${board.id}/ledger`)).events;
    expect(ledger.filter((event) => event.by.participant === member.id)).toEqual([]);
    expect((await call(server.url, 'POST', path('/votes'), colleague.token, { card, delta: 1 })).status).toBe(
      200,
    );
    for (const { closes, client } of others) {
      expect(closes).toEqual([]);
      expect(client.provider.wsconnected).toBe(true);
    }
    const listed = (await api.list(board.tokens.facilitator)).body.participants;
    const entry = listed.find((p) => p.id === member.id)!;
    expect(entry.status).toBe('removed');
    expect(Date.parse(entry.removedAt!)).toBeGreaterThan(Date.now() - 60_000);

    // Without admission their link still joins, as a new participant (admission keeps them out).
    const again = await api.join(board.tokens.members.a!, '佐藤');
    expect(again.status).toBe(201);
    expect(again.body.participant.id).not.toBe(member.id);
  });

  it('turns down a waiting request: the token is retired, and the link can ask again', async () => {
    await api.setAdmission(board.tokens.facilitator, true);
    const request = await api.join(board.tokens.members.b!, 'Ben');
    expect(request.body.participant.status).toBe('waiting');
    const turnedDown = await api.remove(board.tokens.facilitator, request.body.participant.id);
    expect(turnedDown.body.participant.status).toBe('removed');
    expect(await api.me(request.body.token)).toEqual({ status: 401, body: REMOVED });
    expect(await api.join(request.body.token, 'Ben')).toEqual({ status: 401, body: REMOVED });
    const socket = rawSocket(syncUrl(server.url, board.id, 'content', request.body.token));
    expect((await socket.closed).code).toBe(CLOSE.unauthorized);

    const again = await api.join(board.tokens.members.b!, 'Ben');
    expect(again.body.participant.status).toBe('waiting');
    expect((await api.list(board.tokens.facilitator)).body.participants.map((p) => p.status)).toEqual([
      'removed',
      'waiting',
    ]);
  });

  it('refuses an upgrade that was being checked while the removal happened', async () => {
    const member = await joinAs(server.url, board, board.tokens.members.a!, '佐藤');
    // Many upgrades in flight while the removal lands: each ends closed with 4401, none stays open.
    const sockets = Array.from({ length: 8 }, () =>
      rawSocket(syncUrl(server.url, board.id, 'content', member.token)),
    );
    expect((await api.remove(board.tokens.facilitator, member.id)).status).toBe(200);
    for (const socket of sockets) {
      expect(await socket.closed).toEqual({ code: CLOSE.unauthorized, reason: 'participant removed' });
    }
  });
});
