// Agreement on cards: a member agrees (or withdraws) for its own company only, to the card's content
// as the server reads it; a card is agreed once every company has agreed to its current content, as
// any client reads it from the ledger it receives. A change afterwards makes it "changed since
// agreed" until every company agrees again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addShape,
  addSticky,
  agreementDigest,
  agreementStatus,
  currentAgreementContent,
  foldAgreements,
  ledgerEvents,
  readLedger,
  readShapes,
  setText,
  type BoardId,
  type Company,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { exportText } from '../support/ledger.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, ledgerOf, storedDoc, type Participant } from './support.js';

let server: TestServer;
let board: CreatedBoard;
let memberA: Participant;
let memberB: Participant;
let content: SyncClient;
let ledger: SyncClient;
let card: ShapeId;
let frame: ShapeId;

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  memberA = await joinAs(server.url, board, board.tokens.members.a!, '田中 (A社)');
  memberB = await joinAs(server.url, board, board.tokens.members.b!, 'Smith (B)');
  content = connectClient(server.url, board.id, 'content', memberA.token);
  ledger = connectClient(server.url, board.id, 'ledger', board.tokens.observer);
  await Promise.all([content.synced, ledger.synced]);
  card = addSticky(
    content.doc,
    { x: 0, y: 0, text: '共同配送', company: 'a' as CompanyKey, kind: 'synergy' },
    'local',
  );
  frame = addShape(content.doc, { type: 'frame', x: -50, y: -50, w: 500, h: 400 }, 'local');
  await waitFor(
    async () => (await storedDoc(server.storage, `${board.id}/content`)).getMap('shapes').size === 2,
    'the card and the frame stored',
  );
});
afterAll(async () => {
  content.destroy();
  ledger.destroy();
  await server.dispose();
});

const agree = (token: string | null, body: unknown) =>
  call(server.url, 'POST', `/api/boards/${board.id}/agreements`, token, body);
const storedLedger = async () => ledgerOf(await storedDoc(server.storage, `${board.id}/ledger`));
const companies = () => board.companies as Company[];
/** The digest of the card's content as a client sees it. */
const digestOn = (doc: SyncClient['doc']) =>
  currentAgreementContent(readShapes(doc).shapes)(card)?.digest ?? null;

describe('POST /api/boards/<id>/agreements', () => {
  it('records each company’s agreement; the card is agreed once both have, as clients read the ledger', async () => {
    const first = await agree(memberA.token, { card, agree: true });
    expect(first).toEqual({
      status: 200,
      body: {
        card,
        company: 'a',
        agreed: true,
        status: { agreedBy: ['a'], changedSince: [], waitingFor: ['b'], agreed: false },
        digest: digestOn(content.doc),
      },
    });
    // Agreeing again changes nothing in the ledger, and still answers.
    expect((await agree(memberA.token, { card, agree: true, company: 'a' })).status).toBe(200);
    expect((await storedLedger()).filter((e) => e.type === 'agreed')).toHaveLength(1);

    const second = await agree(memberB.token, { card, agree: true, digest: digestOn(content.doc) });
    expect(second.body.status).toEqual({
      agreedBy: ['a', 'b'],
      changedSince: [],
      waitingFor: [],
      agreed: true,
    });

    const agreed = () =>
      agreementStatus(
        foldAgreements(readLedger(ledger.doc).events),
        card,
        companies(),
        digestOn(content.doc),
      );
    await waitFor(() => agreed().agreed, 'the observer’s ledger to read the card as agreed');
    const events = readLedger(ledger.doc).events;
    expect(events.map((e) => e.type)).toEqual(['agreed', 'agreed']);
    expect(events[0]).toMatchObject({
      company: 'a',
      card,
      by: { participant: memberA.id, name: '田中 (A社)', role: 'member', company: 'a' },
      content: { text: '共同配送', kind: 'synergy', company: 'a' },
      digest: digestOn(content.doc),
    });

    // Withdrawing takes it back to waiting for A.
    const withdrawn = await agree(memberA.token, { card, agree: false });
    expect(withdrawn.body).toMatchObject({ agreed: false, status: { waitingFor: ['a'], agreed: false } });
    await waitFor(() => !agreed().agreed, 'the withdrawal on the client');
    expect(readLedger(ledger.doc).events.at(-1)).toMatchObject({ type: 'withdrawn', company: 'a', card });
    // Withdrawing what is not agreed records nothing.
    const count = (await storedLedger()).length;
    expect((await agree(memberA.token, { card, agree: false })).status).toBe(200);
    expect(await storedLedger()).toHaveLength(count);
  });

  it('turns an agreement "changed since agreed" when the card changes, until every company agrees again', async () => {
    const before = digestOn(content.doc)!;
    await agree(memberA.token, { card, agree: true });
    await agree(memberB.token, { card, agree: true });
    setText(content.doc, { id: card, text: '共同配送（週2便）' }, 'local');
    await waitFor(
      async () => digestOn(await storedDoc(server.storage, `${board.id}/content`)) !== before,
      'the edit',
    );
    const now = digestOn(content.doc)!;
    const status = () =>
      agreementStatus(foldAgreements(readLedger(ledger.doc).events), card, companies(), now);
    expect(status()).toEqual({
      agreedBy: [],
      changedSince: ['a', 'b'],
      waitingFor: ['a', 'b'],
      agreed: false,
    });
    // Agreeing to what one saw before the change is refused: the person looks again.
    const late = await agree(memberA.token, { card, agree: true, digest: before });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatch(/changed/);
    // Agreeing to the new content counts again, company by company.
    expect((await agree(memberA.token, { card, agree: true, digest: now })).body.status).toMatchObject({
      agreedBy: ['a'],
      changedSince: ['b'],
      agreed: false,
    });
    expect((await agree(memberB.token, { card, agree: true, digest: now })).body.status).toMatchObject({
      agreed: true,
    });
    await waitFor(() => status().agreed, 'every company agreed to the new content');
    const agreements = readLedger(ledger.doc).events.filter((e) => e.type === 'agreed');
    expect(agreements.at(-1)).toMatchObject({ content: { text: '共同配送（週2便）' }, digest: now });
  });

  it('refuses agreeing for another company, and everyone but members, changing nothing', async () => {
    const facilitator = await joinAs(server.url, board, board.tokens.facilitator, '司会');
    const observer = await joinAs(server.url, board, board.tokens.observer, '見学');
    const before = await storedLedger();
    const cases: [string, string | null, unknown, number, RegExp][] = [
      ['for another company', memberA.token, { card, agree: true, company: 'b' }, 403, /your own company/],
      ['for an unknown company', memberB.token, { card, agree: true, company: 'z' }, 403, /your own company/],
      ['the facilitator', facilitator.token, { card, agree: true }, 403, /only members/],
      ['the facilitator’s link', board.tokens.facilitator, { card, agree: true }, 403, /only members/],
      ['an observer', observer.token, { card, agree: true }, 403, /only members/],
      [
        'a member link without a participant',
        board.tokens.members.a!,
        { card, agree: true },
        401,
        /participant/,
      ],
      ['no token', null, { card, agree: true }, 401, /token/],
      ['an unknown card', memberA.token, { card: 'nosuchcard', agree: true }, 404, /no card/],
      ['a frame', memberA.token, { card: frame, agree: true }, 400, /not a card/],
      ['agree not a boolean', memberA.token, { card, agree: 'yes' }, 400, /agree/],
      ['no card', memberA.token, { agree: true }, 400, /card/],
      ['company not a string', memberA.token, { card, agree: true, company: 1 }, 400, /company/],
      ['a digest that is not one', memberA.token, { card, agree: true, digest: 'abc' }, 400, /digest/],
      [
        'a digest of other content',
        memberA.token,
        { card, agree: true, digest: '0'.repeat(64) },
        409,
        /changed/,
      ],
    ];
    for (const [what, token, body, status, message] of cases) {
      const answer = await agree(token, body);
      expect(answer.status, what).toBe(status);
      expect(answer.body.error, what).toMatch(message);
    }
    expect(await storedLedger()).toEqual(before);
  });
});

describe('a board stored before synergy types could be not set (schema 5)', () => {
  it('loads with its synergy point still "complement", and its agreement still counts', async () => {
    const { writeV5Board, V5_AGREED_CONTENT, V1_FIXTURE_COMPANIES } = await import('@kyoso/shared/testing');
    const id = 'schemafiveboard01' as BoardId;
    const point = 'v5-agreed' as ShapeId;
    const stored = new Y.Doc();
    writeV5Board(stored);
    // Both companies agreed under schema 5, to the point as it read then: type 'complement'. (A
    // ledger from before signing, as the oldest boards have: sealed when it loads, and counted.)
    const ledgerDoc = new Y.Doc();
    const content = V5_AGREED_CONTENT;
    const agreedBy = (company: string, name: string, minute: number) => ({
      type: 'agreed',
      at: new Date(Date.UTC(2026, 0, 20, 10, minute)).toISOString(),
      by: { participant: `p${company}00000`, name, role: 'member', company },
      company,
      card: point,
      content,
      digest: agreementDigest(content),
    });
    ledgerEvents(ledgerDoc).push([agreedBy('acme', '山田', 1), agreedBy('kumo', 'Lee', 2)]);
    await server.storage.createBoard(
      {
        id,
        title: 'v5 board',
        locale: 'ja',
        template: 'blank',
        companies: [...V1_FIXTURE_COMPANIES],
        createdAt: '2026-01-20T09:00:00.000Z',
        tokenGeneration: 0,
        schemaVersion: 5,
      },
      new Map([
        [`${id}/content`, Y.encodeStateAsUpdate(stored)],
        [`${id}/ledger`, Y.encodeStateAsUpdate(ledgerDoc)],
      ]),
    );
    const observer = await server.auth.sign({ board: id, role: 'observer' }, 0);
    const reader = connectClient(server.url, id, 'content', observer);
    const ledgerReader = connectClient(server.url, id, 'ledger', observer);
    try {
      await Promise.all([reader.synced, ledgerReader.synced]);
      const shapes = readShapes(reader.doc).shapes;
      const card = shapes.find((shape) => shape.id === point);
      expect(card?.type === 'sticky' && card.synergy?.synergyType).toBe('complement');
      // A type someone chose is kept; nothing else was touched.
      const typed = shapes.find((shape) => shape.id === 'v5-typed');
      expect(typed?.type === 'sticky' && typed.synergy?.synergyType).toBe('scale');
      const now = currentAgreementContent(shapes)(point);
      expect(now?.digest).toBe(agreementDigest(content));
      expect(
        agreementStatus(
          foldAgreements(readLedger(ledgerReader.doc).events),
          point,
          [...V1_FIXTURE_COMPANIES],
          now!.digest,
        ),
      ).toEqual({ agreedBy: ['acme', 'kumo'], changedSince: [], waitingFor: [], agreed: true });
      // The report says what everyone saw and agreed.
      const csv = await exportText(server.url, id, observer, 'csv');
      const row = csv.split('\r\n').find((line) => line.startsWith(V5_AGREED_CONTENT.text));
      expect(row).toContain(',強みの補完,');
      expect(row).toContain(',合意済み,山田,');
    } finally {
      reader.destroy();
      ledgerReader.destroy();
    }
  });
});
