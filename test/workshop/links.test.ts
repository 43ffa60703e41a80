// The facilitator's links, and rotating them: every older token, link or participant, stops
// working on HTTP (401) and on websockets (4401), connected holders are sent away with 4401, and
// the new links work.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE } from '@kyoso/server';
import { closeCodeOf, connectClient, rawSocket, syncUrl, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs } from './support.js';

let server: TestServer;
let board: CreatedBoard;
const clients: SyncClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.dispose();
});

interface LinksAnswer {
  tokens: { facilitator: string; observer: string; members: Record<string, string> };
  links: { facilitator: string; observer: string; members: Record<string, string> };
}

const getBoard = (id: string, token: string) => call(server.url, 'GET', `/api/boards/${id}`, token);
const links = (token: string) => call<LinksAnswer>(server.url, 'GET', `/api/boards/${board.id}/links`, token);
const rotate = (token: string) =>
  call<LinksAnswer>(server.url, 'POST', `/api/boards/${board.id}/links/rotate`, token);

/** Every token of a links answer, with the role it should read as. */
const everyToken = (answer: LinksAnswer): [string, string][] => [
  [answer.tokens.facilitator, 'facilitator'],
  [answer.tokens.observer, 'observer'],
  ...Object.values(answer.tokens.members).map((t): [string, string] => [t, 'member']),
];

/** A stock client that notes the close code the server sends it away with. */
function watched(channel: string, token: string) {
  const client = connectClient(server.url, board.id, channel, token);
  clients.push(client);
  const closes: { code: number; reason: string }[] = [];
  client.provider.on('closed', (event: { code: number; reason: string }) => closes.push(event));
  return { client, closes };
}

describe('links', () => {
  it('the facilitator gets the current links; nobody else does', async () => {
    const facilitator = await joinAs(server.url, board, board.tokens.facilitator, '司会');
    for (const token of [board.tokens.facilitator, facilitator.token]) {
      const answer = await links(token);
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.body.tokens.members)).toEqual(['a', 'b']);
      expect(answer.body.links.members.a).toMatch(new RegExp(`/b/${board.id}#token=`));
      for (const [t, role] of everyToken(answer.body))
        expect((await getBoard(board.id, t)).body.role).toBe(role);
    }
    for (const token of [board.tokens.observer, board.tokens.members.a!]) {
      const answer = await links(token);
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual({ error: 'only the facilitator can see the links' });
    }
    expect((await call(server.url, 'GET', `/api/boards/${board.id}/links`, null)).status).toBe(401);
  });

  it('rotation sends old holders away with 4401, refuses old tokens everywhere, and the new ones work', async () => {
    const member = await joinAs(server.url, board, board.tokens.members.a!, '田中');
    const facilitator = await joinAs(server.url, board, board.tokens.facilitator, '司会');
    const held = [
      watched('content', board.tokens.members.b!),
      watched('control', board.tokens.observer),
      watched('private/a', member.token),
      watched('ledger', facilitator.token),
    ];
    await Promise.all(held.map(({ client }) => client.synced));

    expect((await rotate(board.tokens.members.a!)).status).toBe(403);
    const rotated = await rotate(facilitator.token);
    expect(rotated.status).toBe(200);

    for (const { client, closes } of held) {
      await waitFor(() => closes.length > 0, `${client.provider.roomname} to be sent away`);
      expect(closes).toEqual([{ code: CLOSE.unauthorized, reason: 'link has been replaced' }]);
      expect(client.provider.shouldConnect).toBe(false);
    }
    const old = [
      board.tokens.facilitator,
      board.tokens.observer,
      board.tokens.members.a!,
      member.token,
      facilitator.token,
    ];
    for (const token of old) {
      const answer = await getBoard(board.id, token);
      expect(answer.status).toBe(401);
      expect(answer.body.error).toMatch(/replaced/);
      expect(
        (await call(server.url, 'POST', `/api/boards/${board.id}/participants`, token, { name: 'x' })).status,
      ).toBe(401);
      expect(await closeCodeOf(rawSocket(syncUrl(server.url, board.id, 'content', token)))).toBe(
        CLOSE.unauthorized,
      );
    }
    expect((await call(server.url, 'GET', `/api/boards/${board.id}/votes/mine`, member.token)).status).toBe(
      401,
    );
    expect((await links(board.tokens.facilitator)).status).toBe(401);

    // The new links work, on HTTP and live, for new participants too.
    for (const [token, role] of everyToken(rotated.body))
      expect((await getBoard(board.id, token)).body.role).toBe(role);
    const fresh = { ...board, tokens: rotated.body.tokens };
    const again = await joinAs(server.url, fresh, rotated.body.tokens.members.a!, '田中');
    const client = connectClient(server.url, board.id, 'private/a', again.token);
    clients.push(client);
    await client.synced;
    expect((await links(rotated.body.tokens.facilitator)).status).toBe(200);

    // Rotating again retires these in turn.
    const third = await rotate(rotated.body.tokens.facilitator);
    expect(third.status).toBe(200);
    expect((await getBoard(board.id, again.token)).status).toBe(401);
    await waitFor(
      () => !client.provider.wsconnected && !client.provider.shouldConnect,
      'the second holder sent away',
    );
    expect((await getBoard(board.id, third.body.tokens.observer)).status).toBe(200);
  });

  it('rotating one board leaves other boards’ connections alone', async () => {
    const other = await createBoard(server.url);
    const bystander = connectClient(server.url, other.id, 'content', other.tokens.observer);
    clients.push(bystander);
    await bystander.synced;
    expect((await rotate(board.tokens.facilitator)).status).toBe(200);
    expect((await getBoard(other.id, other.tokens.observer)).status).toBe(200);
    const late = connectClient(server.url, other.id, 'content', other.tokens.members.a!);
    clients.push(late);
    await late.synced;
    expect(bystander.provider.wsconnected).toBe(true);
  });
});
