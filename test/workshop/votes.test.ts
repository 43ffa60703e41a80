// Dot voting: ballots stay on the server until the reveal. Every byte every client receives, on
// every channel it can open (the facilitator's included), is captured while people vote: no ballot
// and no voter appears in them, and each person can read only their own ballot. The reveal puts
// the right totals in the ledger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addShape,
  addSticky,
  latestVoteRound,
  readLedger,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { CLOSE } from '@kyoso/server';
import { closeCodeOf, connectClient, rawSocket, syncUrl, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import {
  call,
  connectRecording,
  joinAs,
  storedDoc,
  type Participant,
  type RecordingClient,
} from './support.js';

let server: TestServer;
let board: CreatedBoard;
let people: Record<'facilitator' | 'a1' | 'a2' | 'b1' | 'observer', Participant>;
let content: SyncClient;
const cards = {} as Record<'c1' | 'c2' | 'c3' | 'outside' | 'rect', ShapeId>;
let frame: ShapeId;

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  people = {
    facilitator: await joinAs(server.url, board, board.tokens.facilitator, 'Facilitator'),
    a1: await joinAs(server.url, board, board.tokens.members.a!, 'Voter A1'),
    a2: await joinAs(server.url, board, board.tokens.members.a!, 'Voter A2'),
    b1: await joinAs(server.url, board, board.tokens.members.b!, 'Voter B1'),
    observer: await joinAs(server.url, board, board.tokens.observer, 'Observer'),
  };
  content = connectClient(server.url, board.id, 'content', board.tokens.facilitator);
  await content.synced;
  const a = 'a' as CompanyKey;
  frame = addShape(content.doc, { type: 'frame', x: 0, y: 0, w: 1000, h: 600 }, 'local');
  cards.c1 = addSticky(content.doc, { x: 10, y: 10, text: 'one', company: a, kind: 'idea' }, 'local');
  cards.c2 = addSticky(content.doc, { x: 300, y: 10, text: 'two', company: a, kind: 'idea' }, 'local');
  cards.c3 = addSticky(content.doc, { x: 600, y: 10, text: 'three', company: a, kind: 'gap' }, 'local');
  cards.outside = addSticky(content.doc, { x: 5000, y: 5000, text: 'far away', kind: 'idea' }, 'local');
  cards.rect = addShape(content.doc, { type: 'rect', x: 20, y: 300, w: 50, h: 50 }, 'local');
  await waitFor(
    async () => (await storedDoc(server.storage, `${board.id}/content`)).getMap('shapes').size === 6,
    'the cards stored',
  );
});
afterAll(async () => {
  content.destroy();
  await server.dispose();
});

const path = (rest: string) => `/api/boards/${board.id}${rest}`;
const vote = (who: Participant | string, card: string, delta: number) =>
  call(server.url, 'POST', path('/votes'), typeof who === 'string' ? who : who.token, { card, delta });
const mine = (who: Participant | string) =>
  call(server.url, 'GET', path('/votes/mine'), typeof who === 'string' ? who : who.token);
const startRound = (rules: unknown, token = people.facilitator.token) =>
  call(server.url, 'POST', path('/votes/rounds'), token, { rules });
const roundCommand = (round: number, action: 'end' | 'reveal', token = people.facilitator.token) =>
  call(server.url, 'POST', path(`/votes/rounds/${round}/${action}`), token);

const ALL = { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: true };

describe('dot voting', () => {
  it('keeps every ballot hidden from every client until the reveal, then records the right totals', async () => {
    // Everyone on every channel they can open, recording every frame.
    const recorders: RecordingClient[] = [];
    const open = (token: string, channels: string[]) => {
      for (const channel of channels) recorders.push(connectRecording(server.url, board.id, channel, token));
    };
    open(people.facilitator.token, ['content', 'control', 'ledger']);
    open(board.tokens.facilitator, ['content', 'control', 'ledger']);
    open(people.observer.token, ['content', 'control', 'ledger']);
    open(people.a2.token, ['content', 'control', 'ledger', 'private/a']);
    open(people.b1.token, ['content', 'control', 'ledger', 'private/b']);
    await Promise.all(recorders.map((r) => r.synced));
    const ledgers = recorders.filter((r) => r.provider.roomname.endsWith('/ledger'));
    try {
      expect(await startRound(ALL)).toEqual({ status: 201, body: { round: 1 } });

      const placed: [Participant, ShapeId, 1 | -1][] = [
        [people.a1, cards.c1, 1],
        [people.a1, cards.c1, 1],
        [people.a1, cards.c2, 1],
        [people.a2, cards.c1, 1],
        [people.b1, cards.c3, 1],
        [people.b1, cards.c3, -1],
        [people.b1, cards.c2, 1],
      ];
      for (const [who, card, delta] of placed) {
        const answer = await vote(who, card, delta);
        expect(answer.status, `${who.name} ${delta} on ${card}`).toBe(200);
        expect(answer.body.round).toMatchObject({ round: 1, status: 'open', totals: null });
      }
      expect((await vote(people.a1, cards.c3, 1)).body.error).toMatch(/no votes left/);

      // Each reads exactly their own ballot; the facilitator and the observer have none.
      expect((await mine(people.a1)).body).toMatchObject({
        ballot: { [cards.c1]: 2, [cards.c2]: 1 },
        left: 0,
      });
      expect((await mine(people.a2)).body).toMatchObject({ ballot: { [cards.c1]: 1 }, left: 2 });
      expect((await mine(people.b1)).body).toMatchObject({ ballot: { [cards.c2]: 1 }, left: 2 });
      for (const who of [people.facilitator, people.observer]) {
        expect((await mine(who)).body).toMatchObject({
          round: { round: 1, status: 'open' },
          ballot: {},
          left: 0,
        });
      }
      // Nobody can open the server's ballots room.
      for (const token of [people.facilitator.token, board.tokens.facilitator, people.a1.token]) {
        const socket = rawSocket(syncUrl(server.url, board.id, 'server/ballots', token));
        expect(await closeCodeOf(socket)).toBe(CLOSE.forbidden);
        expect(socket.received).toEqual([]);
      }

      // Ending the round reaches every ledger: whatever votes could have leaked came before it.
      expect(await roundCommand(1, 'end')).toEqual({ status: 200, body: { round: 1, status: 'ended' } });
      for (const client of ledgers) {
        await waitFor(() => latestVoteRound(readLedger(client.doc).events)?.status === 'ended', 'the end');
        expect(latestVoteRound(readLedger(client.doc).events)).toMatchObject({ totals: null, voters: null });
      }
      const voterIds = [people.a1.id, people.a2.id, people.b1.id];
      const hidden = ['votes-revealed', 'totals', 'ballot', ...voterIds];
      for (const text of hidden) {
        expect(
          recorders.filter((r) => r.saw(text)).map((r) => r.provider.roomname),
          text,
        ).toEqual([]);
      }

      // The reveal: totals and the number of voters, to everyone; still no individual ballot.
      const revealed = await roundCommand(1, 'reveal');
      expect(revealed).toEqual({
        status: 200,
        body: { round: 1, totals: { [cards.c1]: 3, [cards.c2]: 2 }, voters: 3 },
      });
      for (const client of ledgers) {
        await waitFor(
          () => latestVoteRound(readLedger(client.doc).events)?.status === 'revealed',
          'the reveal',
        );
        expect(latestVoteRound(readLedger(client.doc).events)).toMatchObject({
          round: 1,
          totals: { [cards.c1]: 3, [cards.c2]: 2 },
          voters: 3,
        });
      }
      expect(recorders.filter((r) => voterIds.some((id) => r.saw(id)))).toEqual([]);
      expect((await roundCommand(1, 'reveal')).status).toBe(409);
      expect((await vote(people.a1, cards.c1, -1)).status).toBe(409);
    } finally {
      for (const recorder of recorders) recorder.destroy();
    }
  });

  it('applies the round’s rules and refuses what they do not allow', async () => {
    const rules = { scope: { kind: 'frame', frame }, votesPerPerson: 2, allowMultiple: false };
    const started = await startRound(rules);
    expect(started.status).toBe(201);
    const round = started.body.round as number;
    expect((await vote(people.a1, cards.c1, 1)).body).toMatchObject({ ballot: { [cards.c1]: 1 }, left: 1 });
    expect((await vote(people.a1, cards.c1, 1)).body.error).toMatch(/one vote per card/);
    expect((await vote(people.a1, cards.outside, 1)).body.error).toMatch(/not part of round/);
    expect((await vote(people.a1, cards.rect, 1)).body.error).toMatch(/not a card/);
    expect((await vote(people.a1, 'nosuchcard', 1)).status).toBe(404);
    expect((await vote(people.a1, cards.c2, -1)).body.error).toMatch(/no vote on this card/);
    expect((await vote(people.a1, cards.c1, 2)).body.error).toMatch(/delta/);
    // A dot can always be taken back.
    expect((await vote(people.a1, cards.c1, -1)).body).toMatchObject({ ballot: {}, left: 2 });
    expect((await mine(people.a1)).body).toMatchObject({ round: { round, rules }, ballot: {}, left: 2 });

    expect((await vote(people.facilitator, cards.c1, 1)).status).toBe(403);
    expect((await vote(people.observer, cards.c1, 1)).status).toBe(403);
    expect((await vote(board.tokens.members.a!, cards.c1, 1)).status).toBe(401);
    expect((await mine(board.tokens.members.a!)).status).toBe(401);

    expect((await startRound(ALL)).status).toBe(409);
    expect((await roundCommand(round + 1, 'end')).status).toBe(409);
    expect((await roundCommand(round, 'end', people.a1.token)).status).toBe(403);
    expect((await roundCommand(round, 'reveal', people.observer.token)).status).toBe(403);
    expect((await roundCommand(round, 'end', board.tokens.facilitator)).status).toBe(401);
    // Revealing straight from open ends the round too.
    expect((await roundCommand(round, 'reveal')).body).toEqual({ round, totals: {}, voters: 0 });
    const events = readLedger(await storedDoc(server.storage, `${board.id}/ledger`)).events.slice(-2);
    expect(events.map((e) => e.type)).toEqual(['vote-ended', 'votes-revealed']);
    expect((await roundCommand(round, 'end')).status).toBe(409);
  });

  it('refuses malformed rounds, saying what is expected, and records nothing', async () => {
    const before = readLedger(await storedDoc(server.storage, `${board.id}/ledger`)).events.length;
    const bad = await startRound({ scope: { kind: 'everything' }, votesPerPerson: 3, allowMultiple: true });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/^rules\.scope must be \{"kind": "all"\} \| \{"kind": "frame"/);
    expect((await startRound({ ...ALL, votesPerPerson: 51 })).body.error).toBe(
      'rules.votesPerPerson must be at most 50',
    );
    expect((await startRound({ ...ALL, votesPerPerson: 0 })).status).toBe(400);
    expect((await startRound({ ...ALL, scope: { kind: 'frame', frame: 'nosuchframe' } })).status).toBe(404);
    const notFrame = await startRound({ ...ALL, scope: { kind: 'frame', frame: cards.c1 } });
    expect(notFrame.status).toBe(400);
    expect(notFrame.body.error).toMatch(/not a frame/);
    expect((await startRound(ALL, people.a1.token)).status).toBe(403);
    expect((await startRound(ALL, board.tokens.facilitator)).status).toBe(401);
    expect((await roundCommand(0, 'end')).status).toBe(400);
    expect(readLedger(await storedDoc(server.storage, `${board.id}/ledger`)).events).toHaveLength(before);
  });

  it('counts concurrent votes exactly: never more dots than the rules give', async () => {
    const started = await startRound({
      // One kind in the form rounds had before they could cover several (`cardKind`).
      scope: { kind: 'kind', cardKind: 'idea' },
      votesPerPerson: 3,
      allowMultiple: true,
    });
    const round = started.body.round as number;
    const answers = await Promise.all(Array.from({ length: 12 }, () => vote(people.b1, cards.c2, 1)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(3);
    expect(answers.filter((a) => a.status === 400)).toHaveLength(9);
    expect((await vote(people.b1, cards.c3, -1)).status).toBe(400);
    expect((await roundCommand(round, 'reveal')).body).toEqual({
      round,
      totals: { [cards.c2]: 3 },
      voters: 1,
    });
  });

  it('covers the cards of the kinds a round names, and no others', async () => {
    const gaps = await startRound({
      scope: { kind: 'kind', cardKinds: ['gap'] },
      votesPerPerson: 3,
      allowMultiple: false,
    });
    const first = gaps.body.round as number;
    expect((await vote(people.a1, cards.c1, 1)).body.error).toMatch(/not part of round/);
    expect((await vote(people.a1, cards.c3, 1)).status).toBe(200);
    expect((await roundCommand(first, 'reveal')).status).toBe(200);

    const both = await startRound({
      scope: { kind: 'kind', cardKinds: ['idea', 'gap', 'idea'] },
      votesPerPerson: 3,
      allowMultiple: false,
    });
    expect(both.status).toBe(201);
    const second = both.body.round as number;
    expect((await vote(people.a1, cards.c1, 1)).status).toBe(200);
    expect((await vote(people.a1, cards.c3, 1)).status).toBe(200);
    // Stored as read: each kind once, in the kinds' order.
    expect((await mine(people.a1)).body).toMatchObject({
      round: { round: second, rules: { scope: { kind: 'kind', cardKinds: ['gap', 'idea'] } } },
    });
    expect((await roundCommand(second, 'reveal')).body.totals).toEqual({ [cards.c1]: 1, [cards.c3]: 1 });
    const refused = await startRound({ ...ALL, scope: { kind: 'kind', cardKinds: [] } });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('rules.scope.cardKinds must list at least 1');
  });
});
