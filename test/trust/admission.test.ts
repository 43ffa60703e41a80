// Admission: on a board that requires it, a person opening a link waits until the facilitator lets
// them in. Their participant token only joins and asks "am I in yet?" (403 elsewhere, 4403 at the
// upgrade); links other than the facilitator's open nothing; once admitted, everything works.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE } from '@kyoso/server';
import { closeCodeOf, rawSocket, syncUrl } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs } from '../workshop/support.js';
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

const CHANNELS = ['content', 'control', 'ledger', 'private/a'];

function watch(channel: string, token: string): WatchedClient {
  const watched = watchedClient(server.url, board.id, channel, token);
  clients.push(watched);
  return watched;
}

/** Board endpoints a person may use once in (each answers 2xx or a 4xx about its body). */
function endpoints(token: string) {
  const base = `/api/boards/${board.id}`;
  return [
    call(server.url, 'GET', base, token),
    call(server.url, 'GET', `${base}/votes/mine`, token),
    call(server.url, 'POST', `${base}/agreements`, token, { card: 'x', agree: true }),
    call(server.url, 'POST', `${base}/reveal`, token, { cards: 'all' }),
    call(server.url, 'GET', `${base}/versions`, token),
    call(server.url, 'GET', `${base}/shapes`, token),
  ];
}

const upgradeCode = (channel: string, token: string) =>
  closeCodeOf(rawSocket(syncUrl(server.url, board.id, channel, token)));

describe('admission', () => {
  it('a waiting participant gets 403 on commands and 4403 on sockets, then works once admitted', async () => {
    await api.setAdmission(board.tokens.facilitator, true);
    const joined = await api.join(board.tokens.members.a!, '佐藤');
    expect(joined.status).toBe(201);
    expect(joined.body.participant).toMatchObject({
      name: '佐藤',
      role: 'member',
      company: 'a',
      status: 'waiting',
    });
    const { token } = joined.body;
    const { id } = joined.body.participant;

    expect(await api.me(token)).toEqual({
      status: 200,
      body: { participant: { id, name: '佐藤', role: 'member', company: 'a', status: 'waiting' } },
    });
    for (const answer of await Promise.all(endpoints(token))) {
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual({
        error: 'you are waiting for the facilitator to let you in',
        code: 'waiting',
      });
    }
    for (const channel of CHANNELS) {
      const socket = rawSocket(syncUrl(server.url, board.id, channel, token));
      expect(await socket.closed).toEqual({
        code: CLOSE.forbidden,
        reason: 'waiting for the facilitator to let you in',
      });
      expect(socket.received).toEqual([]);
    }
    // Renaming while waiting keeps waiting.
    const renamed = await api.join(token, '佐藤 花子');
    expect(renamed.status).toBe(200);
    expect(renamed.body.participant).toMatchObject({ id, name: '佐藤 花子', status: 'waiting' });

    const listed = await api.list(board.tokens.facilitator);
    expect(listed.body.admission).toBe(true);
    expect(listed.body.participants).toEqual([
      expect.objectContaining({ id, name: '佐藤 花子', status: 'waiting', admittedAt: null }),
    ]);

    const admitted = await api.admit(board.tokens.facilitator, id);
    expect(admitted.status).toBe(200);
    expect(admitted.body.participant).toMatchObject({ id, status: 'admitted' });
    expect((await api.me(renamed.body.token)).body.participant.status).toBe('admitted');
    // Both tokens of this participant work now (the rename's and the first).
    expect((await call(server.url, 'GET', `/api/boards/${board.id}`, token)).status).toBe(200);
    expect(
      (await call(server.url, 'GET', `/api/boards/${board.id}/votes/mine`, renamed.body.token)).status,
    ).toBe(200);
    for (const channel of CHANNELS) await watch(channel, renamed.body.token).client.synced;
    const entry = (await api.list(board.tokens.facilitator)).body.participants[0]!;
    expect(Date.parse(entry.admittedAt!)).toBeGreaterThanOrEqual(Date.parse(entry.joinedAt));
  });

  it('never makes the facilitator wait', async () => {
    await api.setAdmission(board.tokens.facilitator, true);
    const facilitator = await api.join(board.tokens.facilitator, '進行');
    expect(facilitator.body.participant.status).toBe('admitted');
    for (const token of [board.tokens.facilitator, facilitator.body.token]) {
      expect((await call(server.url, 'GET', `/api/boards/${board.id}/links`, token)).status).toBe(200);
      await watch('content', token).client.synced;
    }
  });

  it('refuses links other than the facilitator’s on channels and commands while admission is required', async () => {
    const memberLink = watch('content', board.tokens.members.a!);
    const observerLink = watch('ledger', board.tokens.observer);
    const person = await joinAs(server.url, board, board.tokens.members.b!, 'Ben');
    const personSocket = watch('content', person.token);
    const facilitatorLink = watch('control', board.tokens.facilitator);
    await Promise.all([memberLink, observerLink, personSocket, facilitatorLink].map((w) => w.client.synced));

    await api.setAdmission(board.tokens.facilitator, true);
    // Open link sockets are sent away; a participant already in and the facilitator stay.
    for (const { client, closes } of [memberLink, observerLink]) {
      await waitFor(() => closes.length > 0, `${client.provider.roomname} sent away`);
      expect(closes[0]!.code).toBe(CLOSE.forbidden);
      expect(client.provider.shouldConnect).toBe(false);
    }
    expect(personSocket.closes).toEqual([]);
    expect(facilitatorLink.closes).toEqual([]);
    expect(personSocket.client.provider.wsconnected).toBe(true);

    for (const link of [board.tokens.members.a!, board.tokens.observer]) {
      for (const channel of ['content', 'ledger'])
        expect(await upgradeCode(channel, link)).toBe(CLOSE.forbidden);
      for (const answer of await Promise.all(endpoints(link))) {
        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('admission-required');
      }
      expect((await call(server.url, 'GET', `/api/boards/${board.id}/export.json`, link)).status).toBe(403);
    }
    expect(await upgradeCode('private/a', board.tokens.members.a!)).toBe(CLOSE.forbidden);
    // Joining is what a link is for now.
    expect((await api.join(board.tokens.observer, '見学')).body.participant.status).toBe('waiting');

    // Turning admission off lets the waiting in and links work again.
    await api.setAdmission(board.tokens.facilitator, false);
    const listed = await api.list(board.tokens.facilitator);
    expect(listed.body.admission).toBe(false);
    expect(listed.body.participants.map((p) => p.status)).toEqual(['admitted', 'admitted']);
    await watch('content', board.tokens.members.a!).client.synced;
    expect((await call(server.url, 'GET', `/api/boards/${board.id}`, board.tokens.observer)).status).toBe(
      200,
    );
  });

  it('keeps the PATCH API: a bad admission value is refused and changes nothing', async () => {
    const answer = await call(server.url, 'PATCH', `/api/boards/${board.id}`, board.tokens.facilitator, {
      admission: 'yes',
    });
    expect(answer).toEqual({ status: 400, body: { error: 'admission must be true or false' } });
    const member = await call(server.url, 'PATCH', `/api/boards/${board.id}`, board.tokens.members.a!, {
      admission: true,
    });
    expect(member.status).toBe(403);
    expect((await api.list(board.tokens.facilitator)).body.admission).toBe(false);
    expect((await api.join(board.tokens.members.a!, 'A')).body.participant.status).toBe('admitted');
  });

  it('tells a link, and a person still waiting, what they ask to join, and nothing else', async () => {
    await api.setAdmission(board.tokens.facilitator, true);
    const invitation = (token: string | null) =>
      call(server.url, 'GET', `/api/boards/${board.id}/invitation`, token);
    const member = {
      title: '提携ワークショップ 2026',
      role: 'member',
      company: { key: 'a', name: '株式会社あさひ', color: expect.stringMatching(/^#[0-9a-f]{6}$/) },
      admission: true,
    };
    // The member's link, refused everything else on this board, is told what it joins.
    expect(await invitation(board.tokens.members.a!)).toEqual({ status: 200, body: member });
    const waiting = await api.join(board.tokens.members.a!, '佐藤');
    expect(waiting.body.participant.status).toBe('waiting');
    expect(await invitation(waiting.body.token)).toEqual({ status: 200, body: member });
    // Only the caller's own company: not the other companies the board has.
    expect(JSON.stringify((await invitation(board.tokens.members.a!)).body)).not.toContain('Blue Ocean');
    expect((await invitation(board.tokens.observer)).body).toEqual({
      title: '提携ワークショップ 2026',
      role: 'observer',
      company: null,
      admission: true,
    });

    // Removed, turned down, another board's token, no token: told nothing.
    await api.remove(board.tokens.facilitator, waiting.body.participant.id);
    expect(await invitation(waiting.body.token)).toMatchObject({ status: 401, body: { code: 'removed' } });
    const other = await createBoard(server.url);
    expect((await invitation(other.tokens.members.a!)).status).toBe(403);
    expect((await invitation(null)).status).toBe(401);
  });
});
