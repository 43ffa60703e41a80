// Revealing drafts: cards move from `private/<company>` onto the board, taking the company's key
// and keeping their kind, text and colour, and the ledger records who revealed what. Every refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSticky, readShapes, type ShapeId } from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, ledgerOf, storedDoc, type Participant } from './support.js';

let server: TestServer;
let board: CreatedBoard;
let member: Participant;
let drafts: SyncClient;
let content: SyncClient;

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  member = await joinAs(server.url, board, board.tokens.members.a!, '田中');
  drafts = connectClient(server.url, board.id, 'private/a', member.token);
  content = connectClient(server.url, board.id, 'content', board.tokens.facilitator);
  await Promise.all([drafts.synced, content.synced]);
});
afterAll(async () => {
  drafts.destroy();
  content.destroy();
  await server.dispose();
});

const reveal = (token: string | null, body: unknown, boardId = board.id) =>
  call(server.url, 'POST', `/api/boards/${boardId}/reveal`, token, body);

async function draft(
  text: string,
  kind: 'asset' | 'gap' | null,
  color: string | null = null,
): Promise<ShapeId> {
  const id = addSticky(drafts.doc, { x: 10, y: 10, w: 180, h: 120, text, kind, color }, 'local');
  await waitFor(
    async () => (await storedDoc(server.storage, `${board.id}/private/a`)).getMap('shapes').has(id),
    `draft ${text} stored`,
  );
  return id;
}

/** Everything the reveal could touch, as stored. */
async function stored() {
  const [contentDoc, privateDoc, ledger] = await Promise.all(
    ['content', 'private/a', 'ledger'].map((channel) => storedDoc(server.storage, `${board.id}/${channel}`)),
  );
  return JSON.stringify({
    content: readShapes(contentDoc!).shapes,
    drafts: readShapes(privateDoc!).shapes,
    ledger: ledgerOf(ledger!),
  });
}

describe('POST /api/boards/<id>/reveal', () => {
  it('moves the chosen drafts onto the board as the company’s cards, kind, text and colour kept, and records it', async () => {
    const asset = await draft('自社の物流網', 'asset', '#ffe08a');
    const gap = await draft('海外の販路がない', 'gap');
    const kept = await draft('まだ出さない', null);

    const answer = await reveal(member.token, { cards: [asset, gap] });
    expect(answer).toEqual({ status: 200, body: { revealed: [asset, gap] } });

    await waitFor(() => readShapes(content.doc).shapes.length === 2, 'the cards on the board');
    const onBoard = readShapes(content.doc).shapes.map((s) =>
      s.type === 'sticky'
        ? { id: s.id, text: s.text, company: s.company, kind: s.kind, color: s.color }
        : null,
    );
    expect(onBoard).toEqual([
      { id: asset, text: '自社の物流網', company: 'a', kind: 'asset', color: '#ffe08a' },
      { id: gap, text: '海外の販路がない', company: 'a', kind: 'gap', color: null },
    ]);
    await waitFor(() => readShapes(drafts.doc).shapes.length === 1, 'the drafts gone from private/a');
    expect(readShapes(drafts.doc).shapes.map((s) => s.id)).toEqual([kept]);

    const ledger = connectClient(server.url, board.id, 'ledger', board.tokens.observer);
    await ledger.synced;
    const event = ledgerOf(ledger.doc).at(-1);
    ledger.destroy();
    expect(event).toMatchObject({
      type: 'revealed',
      company: 'a',
      cards: [asset, gap],
      by: { participant: member.id, name: '田中', role: 'member', company: 'a' },
    });
    expect(Date.parse(event!.at)).toBeGreaterThan(Date.now() - 60_000);

    // "all" takes the rest; then there is nothing left to reveal.
    expect(await reveal(member.token, { cards: 'all' })).toEqual({ status: 200, body: { revealed: [kept] } });
    await waitFor(() => readShapes(drafts.doc).shapes.length === 0, 'every draft revealed');
    const before = await stored();
    expect((await reveal(member.token, { cards: 'all' })).status).toBe(400);
    expect(await stored()).toBe(before);
  });

  it('reveals a card once when two reveals of it race', async () => {
    const id = await draft('同時に公開', 'asset');
    const events = async () =>
      ledgerOf(await storedDoc(server.storage, `${board.id}/ledger`)).filter((e) => e.type === 'revealed');
    const before = (await events()).length;
    const answers = await Promise.all([
      reveal(member.token, { cards: [id] }),
      reveal(member.token, { cards: [id] }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 404]);
    expect(await events()).toHaveLength(before + 1);
    await waitFor(() => readShapes(drafts.doc).shapes.length === 0, 'the draft gone');
    expect(readShapes(content.doc).shapes.filter((s) => s.id === id)).toHaveLength(1);
  });

  it('refuses bad requests with the right status and changes nothing', async () => {
    const waiting = await draft('残っている下書き', 'asset');
    const other = await createBoard(server.url);
    const otherMember = await joinAs(server.url, other, other.tokens.members.a!, '他のボード');
    const memberB = await joinAs(server.url, board, board.tokens.members.b!, 'B社');
    const facilitator = await joinAs(server.url, board, board.tokens.facilitator, '司会');
    const observer = await joinAs(server.url, board, board.tokens.observer, '見学');
    const onBoard = readShapes(content.doc).shapes[0]!.id;
    const before = await stored();

    const cases: [string, string | null, unknown, number, RegExp][] = [
      ['no token', null, { cards: [waiting] }, 401, /token/],
      ['a forged token', 'not.a.token', { cards: [waiting] }, 401, /token/],
      ['another board’s token', otherMember.token, { cards: [waiting] }, 403, /not for that board/],
      [
        'a link token without a participant',
        board.tokens.members.a!,
        { cards: [waiting] },
        401,
        /participants/,
      ],
      ['the facilitator', facilitator.token, { cards: [waiting] }, 403, /only members/],
      ['an observer', observer.token, { cards: [waiting] }, 403, /only members/],
      ['another company’s member', memberB.token, { cards: [waiting] }, 404, /no draft card/],
      ['a body that is not an object', member.token, [waiting], 400, /JSON object/],
      ['no cards field', member.token, {}, 400, /cards/],
      ['cards as a string', member.token, { cards: 'some' }, 400, /cards/],
      ['no cards', member.token, { cards: [] }, 400, /cards must list 1 to/],
      ['a malformed id', member.token, { cards: ['../etc'] }, 400, /cards\[0\]/],
      ['an unknown card', member.token, { cards: [waiting, 'nosuchcard'] }, 404, /nosuchcard/],
      ['a card already on the board', member.token, { cards: [onBoard] }, 404, /no draft card/],
      ['malformed JSON', member.token, '{"cards": [', 400, /JSON/],
    ];
    for (const [what, token, body, status, message] of cases) {
      const answer = await reveal(token, body);
      expect(answer.status, what).toBe(status);
      expect(answer.body.error, what).toMatch(message);
    }
    // Another board's id with this board's token.
    expect((await reveal(member.token, { cards: [waiting] }, other.id)).status).toBe(403);
    expect(await stored()).toBe(before);
    expect(readShapes(drafts.doc).shapes.map((s) => s.id)).toEqual([waiting]);
  });

  it('refuses a token from before the links were rotated, and changes nothing', async () => {
    const fresh = await createBoard(server.url);
    const person = await joinAs(server.url, fresh, fresh.tokens.members.a!, '古いリンク');
    const privateDoc = connectClient(server.url, fresh.id, 'private/a', person.token);
    await privateDoc.synced;
    const id = addSticky(privateDoc.doc, { x: 0, y: 0, text: 'draft', kind: 'idea' }, 'local');
    await waitFor(
      async () => (await storedDoc(server.storage, `${fresh.id}/private/a`)).getMap('shapes').has(id),
      'draft stored',
    );
    privateDoc.destroy();
    const facilitator = await joinAs(server.url, fresh, fresh.tokens.facilitator, '司会');
    expect(
      (await call(server.url, 'POST', `/api/boards/${fresh.id}/links/rotate`, facilitator.token)).status,
    ).toBe(200);

    const answer = await reveal(person.token, { cards: [id] }, fresh.id);
    expect(answer.status).toBe(401);
    expect(answer.body.error).toMatch(/replaced/);
    const kept = await storedDoc(server.storage, `${fresh.id}/private/a`);
    expect([...kept.getMap('shapes').keys()]).toEqual([id]);
    const board = await storedDoc(server.storage, `${fresh.id}/content`);
    expect(board.getMap('shapes').size).toBe(0);
    expect(ledgerOf(await storedDoc(server.storage, `${fresh.id}/ledger`))).toEqual([]);
  });
});
