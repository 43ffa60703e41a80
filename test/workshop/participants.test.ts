// Participants: a link token plus a name gives a participant token; posting with that renames.
// Participant tokens work wherever link tokens do, and presence shows the token's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs } from './support.js';

let server: TestServer;
let board: CreatedBoard;

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
});
afterAll(async () => {
  await server.dispose();
});

const register = (token: string | null, body: unknown, id = board.id) =>
  call(server.url, 'POST', `/api/boards/${id}/participants`, token, body);

describe('POST /api/boards/<id>/participants', () => {
  it('issues a participant token for each role; posting with it renames, keeping the id', async () => {
    const joined = await register(board.tokens.members.b!, { name: '  Smith  ' });
    expect(joined.status).toBe(201);
    const participant = joined.body.participant as Record<string, unknown>;
    expect(participant).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{16}$/),
      name: 'Smith',
      role: 'member',
      company: 'b',
      status: 'admitted',
    });
    const token = joined.body.token as string;
    expect((await call(server.url, 'GET', `/api/boards/${board.id}`, token)).body).toMatchObject({
      role: 'member',
      company: 'b',
    });

    const renamed = await register(token, { name: 'スミス' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.participant).toEqual({ ...participant, name: 'スミス' });
    expect(renamed.body.token).not.toBe(token);

    for (const [linkToken, role] of [
      [board.tokens.facilitator, 'facilitator'],
      [board.tokens.observer, 'observer'],
    ] as const) {
      const answer = await register(linkToken, { name: role });
      expect(answer.body.participant).toMatchObject({ role, company: null });
    }
    // Two people joining with one link are two participants.
    const other = await register(board.tokens.members.b!, { name: 'Smith' });
    expect((other.body.participant as { id: string }).id).not.toBe(participant.id);
  });

  it('refuses bad names and bad tokens', async () => {
    const cases: [string | null, unknown, number, RegExp][] = [
      [board.tokens.observer, { name: '' }, 400, /name must not be empty/],
      [board.tokens.observer, { name: '   ' }, 400, /name must not be empty/],
      [board.tokens.observer, { name: 'x'.repeat(81) }, 400, /at most 80/],
      [board.tokens.observer, { name: '😀'.repeat(41) }, 400, /at most 80/],
      [board.tokens.observer, { name: 'bell\u0007' }, 400, /control characters/],
      [board.tokens.observer, { name: 42 }, 400, /name must be a string/],
      [board.tokens.observer, ['name'], 400, /JSON object/],
      [null, { name: 'x' }, 401, /token/],
      ['garbage', { name: 'x' }, 401, /token/],
    ];
    for (const [token, body, status, message] of cases) {
      const answer = await register(token, body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.body.error).toMatch(message);
    }
    const other = await createBoard(server.url);
    expect((await register(other.tokens.observer, { name: 'x' })).status).toBe(403);
    expect((await register(board.tokens.observer, { name: 'x'.repeat(80) })).status).toBe(201);
  });

  it('participant tokens open the channels of their role, and presence shows their name', async () => {
    const person = await joinAs(server.url, board, board.tokens.members.a!, '佐藤 花子');
    const mine = connectClient(server.url, board.id, 'private/a', person.token);
    const watcher = connectClient(server.url, board.id, 'private/a', board.tokens.members.a!);
    await Promise.all([mine.synced, watcher.synced]);
    mine.provider.awareness.setLocalState({ user: { name: 'The CEO', role: 'facilitator' } });
    const seen = await waitFor(
      () => watcher.provider.awareness.getStates().get(mine.doc.clientID) as { user: unknown } | undefined,
      'the participant’s presence',
    );
    expect(seen.user).toEqual({ name: '佐藤 花子', role: 'member', company: 'a' });
    mine.destroy();
    watcher.destroy();
  });

  it('the roster says who has a page on the canvas, observers included, as the server knows it', async () => {
    const observer = await joinAs(server.url, board, board.tokens.observer, '見学 太郎');
    const member = await joinAs(server.url, board, board.tokens.members.b!, 'Ben');
    const roster = connectClient(server.url, board.id, 'participants', board.tokens.facilitator);
    await roster.synced;
    const here = () =>
      [...roster.provider.awareness.getStates().entries()]
        .filter(([clientId]) => clientId !== roster.doc.clientID)
        .map(([, state]) => (state as { participant?: string }).participant)
        .sort();
    // Another channel than the canvas, or a link token naming no person: nobody here.
    const drafts = connectClient(server.url, board.id, 'private/b', member.token);
    const link = connectClient(server.url, board.id, 'content', board.tokens.observer);
    await Promise.all([drafts.synced, link.synced]);

    const watching = connectClient(server.url, board.id, 'content', observer.token);
    const writing = connectClient(server.url, board.id, 'content', member.token);
    await Promise.all([watching.synced, writing.synced]);
    // The observer's own presence is dropped; what they claim never reaches the roster.
    watching.provider.awareness.setLocalState({ participant: member.id });
    await waitFor(() => here().length === 2 || null, 'both pages on the roster');
    expect(here()).toEqual([observer.id, member.id].sort());

    watching.destroy();
    await waitFor(() => here().length === 1 || null, 'the observer gone from the roster');
    expect(here()).toEqual([member.id]);
    for (const client of [roster, drafts, link, writing]) client.destroy();
  });
});

describe('GET /api/time', () => {
  it('answers the server clock in ms since the epoch', async () => {
    const before = Date.now();
    const answer = await call<{ now: number }>(server.url, 'GET', '/api/time', null);
    expect(answer.status).toBe(200);
    expect(answer.body.now).toBeGreaterThanOrEqual(before - 1000);
    expect(answer.body.now).toBeLessThanOrEqual(Date.now() + 1000);
  });
});
