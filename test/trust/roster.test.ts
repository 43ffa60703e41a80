// The facilitator sees who is in the room: every participant (observers and the facilitator too)
// with role, company and standing, from the HTTP roster and live on the facilitator-only
// `participants` channel. Only the facilitator reads or manages it, and a refused request
// changes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readRoster, type BoardId, type ParticipantId } from '@kyoso/shared';
import { CLOSE } from '@kyoso/server';
import { closeCodeOf, connectClient, rawSocket, syncUrl } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { createTokenAuthForTest } from '../support/tokens.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, storedDoc, type Participant } from '../workshop/support.js';
import { rosterApi } from './roster-support.js';

let server: TestServer;
let board: CreatedBoard;
let api: ReturnType<typeof rosterApi>;

beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  board = await createBoard(server.url);
  api = rosterApi(server.url, board);
});
afterAll(async () => {
  await server.dispose();
});

async function everyone(): Promise<Record<'facilitator' | 'a' | 'b' | 'observer', Participant>> {
  return {
    facilitator: await joinAs(server.url, board, board.tokens.facilitator, '進行 山田'),
    a: await joinAs(server.url, board, board.tokens.members.a!, '佐藤 花子'),
    b: await joinAs(server.url, board, board.tokens.members.b!, 'Ben Smith'),
    observer: await joinAs(server.url, board, board.tokens.observer, '見学 鈴木'),
  };
}

describe('the roster', () => {
  it('lists every participant with role, company and standing, oldest first; a rename shows', async () => {
    const people = await everyone();
    await api.join(people.a.token, '佐藤 花子 (あさひ)');
    for (const token of [board.tokens.facilitator, people.facilitator.token]) {
      const answer = await api.list(token);
      expect(answer.status).toBe(200);
      expect(answer.body.admission).toBe(false);
      expect(
        answer.body.participants.map(({ id, name, role, company, status }) => ({
          id,
          name,
          role,
          company,
          status,
        })),
      ).toEqual([
        {
          id: people.facilitator.id,
          name: '進行 山田',
          role: 'facilitator',
          company: null,
          status: 'admitted',
        },
        { id: people.a.id, name: '佐藤 花子 (あさひ)', role: 'member', company: 'a', status: 'admitted' },
        { id: people.b.id, name: 'Ben Smith', role: 'member', company: 'b', status: 'admitted' },
        { id: people.observer.id, name: '見学 鈴木', role: 'observer', company: null, status: 'admitted' },
      ]);
      for (const entry of answer.body.participants) {
        expect(Date.parse(entry.joinedAt)).toBeGreaterThan(Date.now() - 60_000);
        expect(entry).toMatchObject({ admittedAt: null, removedAt: null });
      }
    }
  });

  it('reaches the facilitator live on the participants channel, which nobody else may open', async () => {
    const facilitator = await joinAs(server.url, board, board.tokens.facilitator, '進行');
    const live = connectClient(server.url, board.id, 'participants', facilitator.token);
    await live.synced;
    const member = await joinAs(server.url, board, board.tokens.members.b!, 'Ben');
    await waitFor(
      () => readRoster(live.doc).participants.some((p) => p.id === member.id && p.status === 'admitted'),
      'the new participant on the facilitator’s live roster',
    );
    await api.setAdmission(board.tokens.facilitator, true);
    await waitFor(() => readRoster(live.doc).admission, 'the admission setting on the live roster');
    live.destroy();

    for (const token of [member.token, board.tokens.members.a!, board.tokens.observer]) {
      const socket = rawSocket(syncUrl(server.url, board.id, 'participants', token));
      expect(await closeCodeOf(socket)).toBe(CLOSE.forbidden);
      expect(socket.received).toEqual([]);
    }
  });

  it('is the facilitator’s alone: everyone else is refused, and nothing changes', async () => {
    const people = await everyone();
    await api.setAdmission(board.tokens.facilitator, true);
    const waiting = await api.join(board.tokens.members.a!, '待つ人');
    const before = await api.list(board.tokens.facilitator);
    const others = [
      people.a.token,
      people.b.token,
      people.observer.token,
      // Link tokens are refused anyway on a board that requires admission.
      board.tokens.members.a!,
      board.tokens.observer,
    ];
    for (const token of others) {
      for (const answer of [
        await api.list(token),
        await api.admit(token, waiting.body.participant.id),
        await api.remove(token, people.b.id),
      ]) {
        expect(answer.status, token).toBe(403);
        expect(answer.body).toHaveProperty('error');
      }
    }
    expect((await api.list(people.a.token)).body).toEqual({
      error: 'only the facilitator can see who is on the board',
    });
    expect((await api.remove(people.b.token, people.a.id)).body).toEqual({
      error: 'only the facilitator can remove people',
    });
    expect((await api.list(null)).status).toBe(401);
    expect((await api.remove('garbage', people.a.id)).status).toBe(401);
    const other = await createBoard(server.url);
    expect((await api.list(other.tokens.facilitator)).status).toBe(403);
    expect((await api.remove(other.tokens.facilitator, people.a.id)).status).toBe(403);

    expect((await api.list(board.tokens.facilitator)).body).toEqual(before.body);
    expect((await api.me(waiting.body.token)).body.participant.status).toBe('waiting');
    expect((await call(server.url, 'GET', `/api/boards/${board.id}/votes/mine`, people.b.token)).status).toBe(
      200,
    );
  });

  it('answers unknown ids, a removed person’s admission and removing oneself with clear errors, changing nothing', async () => {
    const people = await everyone();
    expect((await api.remove(board.tokens.facilitator, people.b.id)).status).toBe(200);
    const before = await api.list(board.tokens.facilitator);
    const storedBefore = await server.storage.loadRoom(`${board.id}/participants`);
    const cases: [Promise<{ status: number; body: unknown }>, number, RegExp][] = [
      [api.admit(board.tokens.facilitator, 'zzzzzzzzzzzzzzzz'), 404, /no participant zzzzzzzzzzzzzzzz/],
      [api.remove(board.tokens.facilitator, 'zzzzzzzzzzzzzzzz'), 404, /no participant/],
      [api.remove(board.tokens.facilitator, 'NOT-AN-ID'), 404, /no participant NOT-AN-ID/],
      [api.admit(board.tokens.facilitator, people.b.id), 409, /was removed; they can ask again/],
      [api.remove(people.facilitator.token, people.facilitator.id), 400, /cannot remove yourself/],
    ];
    for (const [request, status, message] of cases) {
      const answer = (await request) as { status: number; body: { error: string } };
      expect(answer.status, message.source).toBe(status);
      expect(answer.body.error).toMatch(message);
    }
    // Admitting someone already in and removing someone already removed change nothing either.
    expect((await api.admit(board.tokens.facilitator, people.a.id)).body.participant.status).toBe('admitted');
    expect((await api.remove(board.tokens.facilitator, people.b.id)).body.participant.status).toBe('removed');
    expect((await api.list(board.tokens.facilitator)).body).toEqual(before.body);
    expect((await server.storage.loadRoom(`${board.id}/participants`)).lastSeq).toBe(storedBefore.lastSeq);
    // A wrong method on the roster paths says so.
    expect(
      (
        await call(
          server.url,
          'GET',
          `/api/boards/${board.id}/participants/${people.a.id}/remove`,
          board.tokens.facilitator,
        )
      ).status,
    ).toBe(405);
  });

  it('keeps participant tokens from before the roster working while the board does not require admission', async () => {
    const auth = createTokenAuthForTest();
    const old = await auth.signParticipant(
      { board: board.id as BoardId, role: 'member', company: 'a' as never },
      0,
      { id: 'oldparticipant01' as ParticipantId, name: '以前の人' },
    );
    expect((await call(server.url, 'GET', `/api/boards/${board.id}/votes/mine`, old)).status).toBe(200);
    const client = connectClient(server.url, board.id, 'content', old);
    await client.synced;
    client.destroy();
    expect((await api.list(board.tokens.facilitator)).body.participants).toEqual([]);

    // With admission required it waits like anyone; joining puts it on the list, same id.
    await api.setAdmission(board.tokens.facilitator, true);
    expect((await call(server.url, 'GET', `/api/boards/${board.id}/votes/mine`, old)).body).toMatchObject({
      code: 'waiting',
    });
    const joined = await api.join(old, '以前の人');
    expect(joined.status).toBe(200);
    expect(joined.body.participant).toMatchObject({ id: 'oldparticipant01', status: 'waiting' });
    const roster = readRoster(await storedDoc(server.storage, `${board.id}/participants`));
    expect(roster.participants.map((p) => [p.id, p.status])).toEqual([['oldparticipant01', 'waiting']]);
    expect(roster.admission).toBe(true);
  });
});
