// The facilitator's counts of how the room is doing: how many have voted in the latest round and
// how many drafts each company holds; counts only, for the facilitator only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSticky, type CompanyKey, type RoomProgress } from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { rosterApi } from '../trust/roster-support.js';
import { call, joinAs, type Participant } from './support.js';

let server: TestServer;
let board: CreatedBoard;
let people: Record<'facilitator' | 'a1' | 'a2' | 'b1' | 'observer', Participant>;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  people = {
    facilitator: await joinAs(server.url, board, board.tokens.facilitator, '進行役'),
    a1: await joinAs(server.url, board, board.tokens.members.a!, '佐藤'),
    a2: await joinAs(server.url, board, board.tokens.members.a!, '鈴木'),
    b1: await joinAs(server.url, board, board.tokens.members.b!, 'Ben'),
    observer: await joinAs(server.url, board, board.tokens.observer, 'Observer'),
  };
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.dispose();
});

const progress = (token: string) =>
  call<RoomProgress>(server.url, 'GET', `/api/boards/${board.id}/progress`, token);

describe('the room’s progress', () => {
  it('counts drafts per company and voters in the latest round, and tells nobody but the facilitator', async () => {
    expect(await progress(people.facilitator.token)).toMatchObject({
      status: 200,
      body: { votes: null, drafts: { a: 0, b: 0 } },
    });

    const drafts = connectClient(server.url, board.id, 'private/a', people.a1.token);
    clients.push(drafts);
    await drafts.synced;
    for (const text of ['物流網', '顧客基盤', 'SECRET 秘密の案'])
      addSticky(drafts.doc, { x: 0, y: 0, text, kind: 'asset' }, 'local');
    await waitFor(
      async () => (await progress(people.facilitator.token)).body.drafts.a === 3,
      'three drafts counted',
    );

    const content = connectClient(server.url, board.id, 'content', board.tokens.facilitator);
    clients.push(content);
    await content.synced;
    const card = addSticky(
      content.doc,
      { x: 0, y: 0, text: 'one', company: 'a' as CompanyKey, kind: 'idea' },
      'l',
    );
    const rules = { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: true };
    expect(
      (
        await call(server.url, 'POST', `/api/boards/${board.id}/votes/rounds`, people.facilitator.token, {
          rules,
        })
      ).status,
    ).toBe(201);
    const vote = (who: Participant, delta: number) =>
      call(server.url, 'POST', `/api/boards/${board.id}/votes`, who.token, { card, delta });
    await waitFor(async () => (await vote(people.a1, 1)).status === 200, 'the card reached the server');
    await vote(people.a1, 1);
    await vote(people.b1, 1);
    // A dot placed and taken back is no vote.
    await vote(people.a2, 1);
    await vote(people.a2, -1);
    const answer = await progress(people.facilitator.token);
    expect(answer).toMatchObject({
      status: 200,
      body: { votes: { round: 1, status: 'open', voted: 2, members: 3 }, drafts: { a: 3, b: 0 } },
    });
    // Counts only: no names, no cards, no draft text.
    const text = JSON.stringify(answer.body);
    for (const secret of ['佐藤', 'Ben', card, 'SECRET', people.a1.id]) expect(text).not.toContain(secret);

    for (const who of [people.a1, people.b1, people.observer])
      expect((await progress(who.token)).status).toBe(403);
    expect((await progress('not-a-token')).status).toBe(401);
  });

  it('counts as members those who could take part in the round, not who was let in after it closed', async () => {
    const room = await createBoard(server.url);
    const roster = rosterApi(server.url, room);
    const host = await joinAs(server.url, room, room.tokens.facilitator, '進行役');
    await roster.setAdmission(host.token, true);
    /** A member who asks to join and is let in at once. */
    const letIn = async (company: 'a' | 'b', name: string) => {
      const joined = await roster.join(room.tokens.members[company]!, name);
      expect((await roster.admit(host.token, joined.body.participant.id)).status).toBe(200);
      return joined.body;
    };
    const early = await letIn('a', '佐藤');
    const leaving = await letIn('b', 'Ben');
    const quiet = await letIn('b', 'Bo');
    const waiting = await roster.join(room.tokens.members.a!, '待機中');

    const writer = connectClient(server.url, room.id, 'content', room.tokens.facilitator);
    clients.push(writer);
    await writer.synced;
    const card = addSticky(writer.doc, { x: 0, y: 0, text: 'one', kind: 'idea' }, 'l');
    const base = `/api/boards/${room.id}`;
    const rules = { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: true };
    expect((await call(server.url, 'POST', `${base}/votes/rounds`, host.token, { rules })).status).toBe(201);
    const vote = (token: string) => call(server.url, 'POST', `${base}/votes`, token, { card, delta: 1 });
    await waitFor(async () => (await vote(early.token)).status === 200, 'the card reached the server');
    expect((await vote(leaving.token)).status).toBe(200);
    const votes = async () =>
      (await call<RoomProgress>(server.url, 'GET', `${base}/progress`, host.token)).body.votes;
    expect(await votes()).toEqual({ round: 1, status: 'open', voted: 2, members: 3 });

    // Let in while the round is open: they can still vote, so they count.
    await letIn('a', '鈴木');
    expect(await votes()).toMatchObject({ voted: 2, members: 4 });
    // Removed while it runs, after voting or without: both had it in front of them, so both still
    // count (the number must not tell whether a removed person voted).
    await roster.remove(host.token, leaving.participant.id);
    await roster.remove(host.token, quiet.participant.id);
    expect(await votes()).toMatchObject({ voted: 2, members: 4 });

    // Let in after the round closed: they never could vote in it.
    expect((await call(server.url, 'POST', `${base}/votes/rounds/1/end`, host.token)).status).toBe(200);
    expect((await roster.admit(host.token, waiting.body.participant.id)).status).toBe(200);
    await letIn('b', 'Late');
    expect(await votes()).toEqual({ round: 1, status: 'ended', voted: 2, members: 4 });
  });
});
