// Card ids are chosen by clients, and `constructor`, `toString` or `prototype` are valid ids. They
// must be plain ids everywhere: in votes, in revealed totals, in the board file and its import.
// `__proto__`, the one key a plain object cannot hold, is no shape id at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addSticky, type CompanyKey, type ShapeId } from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, storedDoc, type Participant } from '../workshop/support.js';

const IDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'] as ShapeId[];

let server: TestServer;
let board: CreatedBoard;
let content: SyncClient;
let facilitator: Participant;
let voter: Participant;

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  facilitator = await joinAs(server.url, board, board.tokens.facilitator, 'Facilitator');
  voter = await joinAs(server.url, board, board.tokens.members.a!, '投票者');
  content = connectClient(server.url, board.id, 'content', board.tokens.facilitator);
  await content.synced;
  IDS.forEach((id, i) =>
    addSticky(
      content.doc,
      { id, x: i * 250, y: 0, text: `カード ${id}`, company: 'a' as CompanyKey },
      'local',
    ),
  );
  await waitFor(
    async () => (await storedDoc(server.storage, `${board.id}/content`)).getMap('shapes').size === IDS.length,
    'the cards stored',
  );
});
afterAll(async () => {
  content?.destroy();
  await server?.dispose();
});

const path = (id: string, rest: string) => `/api/boards/${id}${rest}`;

describe('ids named like Object.prototype members', () => {
  it('are voted on, revealed, exported and imported as plain ids, the ledger still verified', async () => {
    const rules = { scope: { kind: 'all' }, votesPerPerson: IDS.length + 1, allowMultiple: true };
    const round = await call(server.url, 'POST', path(board.id, '/votes/rounds'), facilitator.token, {
      rules,
    });
    expect(round.status).toBe(201);
    const number = (round.body as { round: number }).round;
    for (const card of IDS) {
      const answer = await call(server.url, 'POST', path(board.id, '/votes'), voter.token, {
        card,
        delta: 1,
      });
      expect(answer.status, card).toBe(200);
    }
    const twice = await call(server.url, 'POST', path(board.id, '/votes'), voter.token, {
      card: 'valueOf',
      delta: 1,
    });
    expect(twice.status).toBe(200);
    const back = await call(server.url, 'POST', path(board.id, '/votes'), voter.token, {
      card: 'constructor',
      delta: -1,
    });
    expect(back.status).toBe(200);
    const mine = await call(server.url, 'GET', path(board.id, '/votes/mine'), voter.token);
    expect(Object.entries((mine.body as { ballot: object }).ballot).sort()).toEqual(
      [
        ['hasOwnProperty', 1],
        ['prototype', 1],
        ['toString', 1],
        ['valueOf', 2],
      ].sort(),
    );
    for (const action of ['end', 'reveal'])
      expect(
        (
          await call(
            server.url,
            'POST',
            path(board.id, `/votes/rounds/${number}/${action}`),
            facilitator.token,
          )
        ).status,
      ).toBe(200);

    const exported = await fetch(`${server.url}${path(board.id, '/export.json')}`, {
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    });
    const text = await exported.text();
    const file = JSON.parse(text) as { ledger: { type: string; totals?: Record<string, number> }[] };
    const revealed = file.ledger.find((entry) => entry.type === 'votes-revealed');
    expect(Object.entries(revealed?.totals ?? {}).sort()).toEqual(
      [
        ['hasOwnProperty', 1],
        ['prototype', 1],
        ['toString', 1],
        ['valueOf', 2],
      ].sort(),
    );

    const imported = await fetch(`${server.url}/api/boards/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    });
    expect(imported.status, await imported.clone().text()).toBe(201);
    const copy = (await imported.json()) as { id: string; tokens: { facilitator: string } };
    const verify = await call(server.url, 'GET', path(copy.id, '/ledger/verify'), copy.tokens.facilitator);
    expect(verify.body).toMatchObject({ intact: true, unverified: 0 });
    const csv = await fetch(`${server.url}${path(copy.id, '/export.csv')}`, {
      headers: { authorization: `Bearer ${copy.tokens.facilitator}` },
    });
    expect(csv.status).toBe(200);
  });

  it('refuses a card called __proto__, from the stock client and in a vote', async () => {
    const rogue = connectClient(server.url, board.id, 'content', board.tokens.members.a!);
    try {
      await rogue.synced;
      rogue.doc.getMap('shapes').set('__proto__', new Y.Map([['type', 'sticky'] as [string, unknown]]));
      await waitFor(() => rogue.denials.length > 0, 'the refusal');
      expect(rogue.denials[0]).toMatch(/__proto__/);
      const stored = await storedDoc(server.storage, `${board.id}/content`);
      expect(stored.getMap('shapes').has('__proto__')).toBe(false);
    } finally {
      rogue.destroy();
    }
    const vote = await call(server.url, 'POST', path(board.id, '/votes'), voter.token, {
      card: '__proto__',
      delta: 1,
    });
    expect(vote.status).toBe(400);
  });
});
