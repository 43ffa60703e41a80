// The ledger is evidence (docs/ARCHITECTURE.md, "The ledger is evidence"), against the real server
// and storage: every entry the server appends is hash-chained and signed; an export carries the
// chain and a seal; an import keeps the ledger as facts only when this server can verify all of
// it, and otherwise keeps each entry as "unverified", which counts as no agreement and no vote
// anywhere (what a client folds, the CSV report). `GET .../ledger/verify` finds a ledger edited in
// storage, and a board from before signing is sealed when it loads.
import { createPublicKey, verify as verifySignature } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  BOARD_FILE_VERSION,
  addSticky,
  agreementStatus,
  appendLedgerEvents,
  createSynergy,
  currentAgreementContent,
  entryHash,
  foldAgreements,
  latestVoteRound,
  readShapes,
  sealHash,
  type CompanyKey,
  type LedgerEvent,
  type LedgerRead,
  type ShapeId,
} from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import {
  exportText,
  importText,
  ledgerAsClient,
  rewriteStoredLedger,
  verifyLedger,
} from '../support/ledger.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, storedDoc, type Participant } from '../workshop/support.js';

const NAMES = { facilitator: '司会 山田', a: 'Agreer Tanaka 田中', b: 'Agreer Smith' } as const;

let server: TestServer;
let board: CreatedBoard;
let people: Record<'facilitator' | 'a' | 'b', Participant>;
let synergy: ShapeId;
/** The honest export of `board`, by member a. */
let honest: string;
const clients: SyncClient[] = [];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit the parsed file at will
type EditableFile = any;

const companies = () => board.companies.map((c) => ({ ...c, key: c.key as CompanyKey }));

/** Agreements as a client folds them from the ledger it receives, and where the synergy stands. */
async function agreementsSeen(boardId: string, token: string, ledger?: LedgerRead) {
  const read = ledger ?? (await ledgerAsClient(server.url, boardId, token));
  const contentClient = connectClient(server.url, boardId, 'content', token);
  clients.push(contentClient);
  await contentClient.synced;
  const current = currentAgreementContent(readShapes(contentClient.doc).shapes)(synergy);
  const agreements = foldAgreements(read.events);
  const status = agreementStatus(agreements, synergy, companies(), current?.digest ?? null);
  contentClient.destroy();
  return { read, agreements, status, vote: latestVoteRound(read.events) };
}

/** Imports `text` and checks that nothing in it counts: not as agreements, votes, nor in the CSV. */
async function expectImportedUnverified(text: string, entries: number, reason?: RegExp) {
  const imported = await importText(server.url, text);
  expect(imported.status).toBe(201);
  const { id, tokens } = imported.body;
  const seen = await agreementsSeen(id, tokens.facilitator);
  expect(seen.read.events).toEqual([]);
  expect(seen.read.unverified).toBe(entries);
  expect(seen.agreements.size).toBe(0);
  expect(seen.status).toMatchObject({ agreed: false, agreedBy: [] });
  expect(seen.vote).toBeNull();
  if (reason)
    expect(seen.read.entries[0]).toMatchObject({ type: 'unverified', reason: expect.stringMatching(reason) });
  const csv = await exportText(server.url, id, tokens.facilitator, 'csv');
  expect(csv).toContain('共同配送');
  for (const name of [NAMES.a, NAMES.b, 'Invented Person']) expect(csv).not.toContain(name);
  expect(await verifyLedger(server.url, id, tokens.observer)).toMatchObject({
    intact: true,
    entries,
    signed: entries,
    unverified: entries,
  });
  // Exported again, the entries stay what they are: kept, signed, and never counted.
  const again = await importText(server.url, await exportText(server.url, id, tokens.observer));
  expect(again.status).toBe(201);
  const copy = await ledgerAsClient(server.url, again.body.id, again.body.tokens.observer);
  expect(copy).toMatchObject({ events: [], unverified: entries });
  expect(copy.entries.map((entry) => entry.type === 'unverified' && entry.event)).toEqual(
    seen.read.entries.map((entry) => entry.type === 'unverified' && entry.event),
  );
}

beforeAll(async () => {
  server = await startTestServer({ roomIdleMs: 50 });
  board = await createBoard(server.url);
  people = {
    facilitator: await joinAs(server.url, board, board.tokens.facilitator, NAMES.facilitator),
    a: await joinAs(server.url, board, board.tokens.members.a!, NAMES.a),
    b: await joinAs(server.url, board, board.tokens.members.b!, NAMES.b),
  };
  const content = connectClient(server.url, board.id, 'content', board.tokens.facilitator);
  clients.push(content);
  await content.synced;
  const asset = addSticky(
    content.doc,
    { x: 0, y: 0, text: '全国の配送網', company: 'a' as CompanyKey, kind: 'asset' },
    'l',
  );
  const gap = addSticky(
    content.doc,
    { x: 600, y: 0, text: '地方の販路', company: 'b' as CompanyKey, kind: 'gap' },
    'l',
  );
  synergy = createSynergy(content.doc, { title: '共同配送', from: [asset], to: [gap] }, 'l');
  await waitFor(
    async () =>
      readShapes(await storedDoc(server.storage, `${board.id}/content`)).shapes.some((s) => s.id === synergy),
    'the synergy point stored',
  );
  content.destroy();
  const post = (path: string, who: Participant, body: unknown = {}) =>
    call(server.url, 'POST', `/api/boards/${board.id}${path}`, who.token, body);
  expect(
    (
      await post('/votes/rounds', people.facilitator, {
        rules: { scope: { kind: 'all' }, votesPerPerson: 2, allowMultiple: false },
      })
    ).status,
  ).toBe(201);
  expect((await post('/votes', people.a, { card: synergy, delta: 1 })).status).toBe(200);
  expect((await post('/votes/rounds/1/reveal', people.facilitator)).status).toBe(200);
  expect((await post('/agreements', people.a, { card: synergy, agree: true })).status).toBe(200);
  expect((await post('/agreements', people.b, { card: synergy, agree: true })).status).toBe(200);
  honest = await exportText(server.url, board.id, people.a.token);
});
afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.dispose();
});

describe('the signed ledger', () => {
  it('signs every entry the server appends, which anyone can check with GET /api/ledger/key', async () => {
    const key = await call<{ alg: string; publicKey: string }>(server.url, 'GET', '/api/ledger/key', null);
    expect(key).toEqual({
      status: 200,
      body: { alg: 'Ed25519', publicKey: expect.stringMatching(/^[\w-]{43}$/) },
    });
    const report = await verifyLedger(server.url, board.id, board.tokens.observer);
    // vote-started, vote-ended, votes-revealed, agreed × 2
    expect(report).toEqual({
      intact: true,
      entries: 5,
      signed: 5,
      unverified: 0,
      brokenAt: null,
      head: expect.stringMatching(/^[0-9a-f]{64}$/),
      publicKey: key.body.publicKey,
    });

    // A third party holding only the export and the public key.
    const file = JSON.parse(honest) as EditableFile;
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: key.body.publicKey },
      format: 'jwk',
    });
    const signedBy = (hash: string, sig: string) =>
      verifySignature(null, Buffer.from(hash, 'hex'), publicKey, Buffer.from(sig, 'base64url'));
    let prev = '0'.repeat(64);
    for (const [i, entry] of (file.ledger as Record<string, string>[]).entries()) {
      expect(entry).toMatchObject({ seq: i, prev });
      expect(entryHash(entry)).toBe(entry.hash);
      expect(signedBy(entry.hash!, entry.sig!)).toBe(true);
      prev = entry.hash!;
    }
    expect(file.ledgerSeal).toMatchObject({ type: 'ledger-seal', entries: 5, head: prev, board: board.id });
    expect(signedBy(sealHash(file.ledgerSeal), file.ledgerSeal.sig)).toBe(true);
    // The chain fields and the seal came with version 2; later versions keep them.
    expect(file.version).toBe(BOARD_FILE_VERSION);
    expect(file.version).toBeGreaterThanOrEqual(2);
  });

  it('answers the verification to any token of the board, and to nobody else', async () => {
    const other = await createBoard(server.url);
    const path = `/api/boards/${board.id}/ledger/verify`;
    expect((await call(server.url, 'GET', path, null)).status).toBe(401);
    expect((await call(server.url, 'GET', path, other.tokens.facilitator)).status).toBe(403);
    expect((await call(server.url, 'GET', path, people.b.token)).status).toBe(200);
  });
});

describe('import verifies the ledger', () => {
  it('keeps an honest export from this server as recorded facts, and the new board’s chain continues', async () => {
    const imported = await importText(server.url, honest);
    expect(imported.status).toBe(201);
    const { id, tokens } = imported.body;
    expect(await verifyLedger(server.url, id, tokens.observer)).toMatchObject({
      intact: true,
      entries: 5,
      signed: 5,
      unverified: 0,
    });
    const seen = await agreementsSeen(id, tokens.facilitator);
    expect(seen.read.unverified).toBe(0);
    expect(seen.status).toMatchObject({ agreed: true, agreedBy: ['a', 'b'] });
    expect(seen.vote).toMatchObject({ status: 'revealed', totals: { [synergy]: 1 } });
    const csv = await exportText(server.url, id, tokens.facilitator, 'csv');
    expect(csv).toContain(NAMES.a);
    expect(csv).toContain(NAMES.b);

    const member = await joinAs(server.url, { ...board, id } as CreatedBoard, tokens.members.a!, '次の人');
    const withdrawn = await call(server.url, 'POST', `/api/boards/${id}/agreements`, member.token, {
      card: synergy,
      agree: false,
    });
    expect(withdrawn.status).toBe(200);
    expect(await verifyLedger(server.url, id, tokens.observer)).toMatchObject({
      intact: true,
      entries: 6,
      signed: 6,
    });
    const exported = JSON.parse(await exportText(server.url, id, tokens.observer)) as EditableFile;
    expect(exported.ledger.slice(0, 5)).toEqual(JSON.parse(honest).ledger);
    expect(exported.ledger[5]).toMatchObject({ seq: 5, prev: exported.ledger[4].hash, type: 'withdrawn' });
  });

  const edited = (change: (file: EditableFile) => void): string => {
    const file = JSON.parse(honest) as EditableFile;
    change(file);
    return JSON.stringify(file);
  };
  const agreedIndex = (file: EditableFile, company: string) =>
    (file.ledger as { type: string; company?: string }[]).findIndex(
      (e) => e.type === 'agreed' && e.company === company,
    );

  it.each<[string, (file: EditableFile) => void, number]>([
    [
      'an invented agreement',
      (f) => {
        const genuine = f.ledger[agreedIndex(f, 'b')];
        f.ledger.push({ ...genuine, seq: f.ledger.length, by: { ...genuine.by, name: 'Invented Person' } });
      },
      6,
    ],
    ['a changed name', (f) => (f.ledger[agreedIndex(f, 'a')].by.name = 'Invented Person'), 5],
    ['a changed date', (f) => (f.ledger[agreedIndex(f, 'b')].at = '2020-01-01T00:00:00.000Z'), 5],
    [
      'a changed name with the hash recomputed',
      (f) => {
        const entry = f.ledger[agreedIndex(f, 'a')];
        entry.by.name = 'Invented Person';
        entry.hash = entryHash(entry);
      },
      5,
    ],
    ['the seal removed', (f) => delete f.ledgerSeal, 5],
  ])('never counts the agreements of a ledger with %s', async (_label, change, entries) => {
    await expectImportedUnverified(edited(change), entries);
  });

  it('finds a ledger cut short through its seal', async () => {
    await expectImportedUnverified(
      edited((f) => f.ledger.pop()),
      4,
      /^the seal covers 5 entries, the file holds 4$/,
    );
  });

  /** Flips one character of the exported text at `position` into another of its kind. */
  const flipAt = (text: string, position: number): string => {
    const char = text[position]!;
    const swap = /[0-9a-f]/.test(char)
      ? char === '0'
        ? '1'
        : '0'
      : char === 'A'
        ? 'B'
        : char === 'a'
          ? 'b'
          : 'a';
    return text.slice(0, position) + swap + text.slice(position + 1);
  };
  const positionIn = (text: string, after: string, offset = 0) => {
    const at = text.indexOf(after);
    expect(at).toBeGreaterThan(0);
    return at + after.length + offset;
  };

  it.each<[string, (text: string) => number]>([
    ['a name in an event', (t) => positionIn(t, `"name": "${NAMES.b.slice(0, 3)}`)],
    ['a card id in an event', (t) => positionIn(t, '"card": "', 2)],
    ['a hash', (t) => positionIn(t, '"hash": "', 10)],
    ['a link to the previous entry', (t) => positionIn(t, '"prev": "', 63)],
    ['a signature', (t) => positionIn(t, '"sig": "', 20)],
    ['the seal’s head', (t) => positionIn(t, '"head": "', 5)],
    ['the seal’s time', (t) => positionIn(t, '"sealedAt": "', 3)],
    [
      'the seal’s signature',
      (t) => positionIn(t, '"ledgerSeal"') + t.slice(positionIn(t, '"ledgerSeal"')).indexOf('"sig": "') + 9,
    ],
  ])('detects one character flipped in %s', async (_label, where) => {
    const flipped = flipAt(honest, where(honest));
    expect(flipped).not.toBe(honest);
    expect(flipped.length).toBe(honest.length);
    await expectImportedUnverified(flipped, 5);
  });

  it('keeps a file from another server (another secret) unverified', async () => {
    const elsewhere = await startTestServer({ secret: 'another-secret-0123456789-abcdefghijklmnopqrstuvw' });
    try {
      const theirs = await createBoard(elsewhere.url);
      const member = await joinAs(elsewhere.url, theirs, theirs.tokens.members.a!, NAMES.a);
      const content = connectClient(elsewhere.url, theirs.id, 'content', theirs.tokens.facilitator);
      clients.push(content);
      await content.synced;
      const card = createSynergy(content.doc, { title: '共同配送', from: [], to: [] }, 'l');
      await waitFor(
        async () => readShapes(await storedDoc(elsewhere.storage, `${theirs.id}/content`)).shapes.length > 0,
        'their card stored',
      );
      content.destroy();
      const agreed = await call(elsewhere.url, 'POST', `/api/boards/${theirs.id}/agreements`, member.token, {
        card,
        agree: true,
      });
      expect(agreed.status).toBe(200);
      const text = await exportText(elsewhere.url, theirs.id, theirs.tokens.facilitator);
      expect(await verifyLedger(elsewhere.url, theirs.id, theirs.tokens.observer)).toMatchObject({
        intact: true,
        entries: 1,
      });
      await expectImportedUnverified(text, 1, /^the ledger was sealed by another server$/);
    } finally {
      await elsewhere.dispose();
    }
  });
});

describe('GET /api/boards/<id>/ledger/verify on a ledger edited in storage', () => {
  /** A fresh copy of the board (an honest import), its rooms unloaded, its ledger rewritten. */
  async function tamperedCopy(change: (entries: Record<string, unknown>[]) => unknown[]) {
    const imported = await importText(server.url, honest);
    expect(imported.status).toBe(201);
    // Nothing has loaded the new board's rooms yet: the store is all there is.
    const { id, tokens } = imported.body;
    await rewriteStoredLedger(server.storage, id, change);
    return { id, tokens, report: await verifyLedger(server.url, id, tokens.observer) };
  }
  const flip = (text: string, at: number) =>
    text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

  it.each<[string, (entries: Record<string, unknown>[]) => unknown[], number, RegExp]>([
    [
      'a changed name',
      (e) => {
        (e[3]!.by as Record<string, unknown>).name = 'Invented Person';
        return e;
      },
      3,
      /content does not match its hash/,
    ],
    [
      'one character of a signature',
      (e) => ((e[1]!.sig = flip(e[1]!.sig as string, 10)), e),
      1,
      /signature does not verify/,
    ],
    [
      'one digit of a hash',
      (e) => {
        const hash = e[2]!.hash as string;
        e[2]!.hash = (hash.startsWith('0') ? '1' : '0') + hash.slice(1);
        return e;
      },
      2,
      /content does not match its hash/,
    ],
    ['an entry removed', (e) => e.filter((_, i) => i !== 1), 1, /entries before it are missing/],
    ['an entry inserted', (e) => [e[0], { ...e[0] }, ...e.slice(1)], 1, /claim position 0/],
  ])('finds %s, and where', async (_label, change, index, reason) => {
    const { id, tokens, report } = await tamperedCopy(change);
    expect(report.intact).toBe(false);
    expect(report.brokenAt).toEqual({ index, reason: expect.stringMatching(reason) });
    // An export of the tampered board does not turn it into facts elsewhere either.
    const text = await exportText(server.url, id, tokens.facilitator);
    const imported = await importText(server.url, text);
    expect(imported.status).toBe(201);
    expect(
      (await verifyLedger(server.url, imported.body.id, imported.body.tokens.observer)).unverified,
    ).toBeGreaterThan(0);
  });
});

describe('a board from before the ledger was signed', () => {
  it('is sealed when its ledger loads, verifies, and its events still count', async () => {
    const legacy = await createBoard(server.url);
    const by = {
      participant: 'plegacy00001',
      name: NAMES.facilitator,
      role: 'facilitator',
      company: null,
    } as LedgerEvent['by'];
    const at = '2025-06-01T09:00:00.000Z';
    const rules = { scope: { kind: 'all' as const }, votesPerPerson: 3, allowMultiple: false };
    const doc = new Y.Doc();
    appendLedgerEvents(
      doc,
      [
        { type: 'vote-started', at, by, round: 1, rules },
        { type: 'vote-ended', at, by, round: 1 },
        { type: 'votes-revealed', at, by, round: 1, totals: {}, voters: 0 },
      ],
      null,
    );
    await server.storage.appendUpdates(`${legacy.id}/ledger`, [Y.encodeStateAsUpdate(doc)]);

    const report = await verifyLedger(server.url, legacy.id, legacy.tokens.observer);
    expect(report).toMatchObject({ intact: true, entries: 4, signed: 1, unverified: 0, brokenAt: null });
    const stored = await storedDoc(server.storage, `${legacy.id}/ledger`);
    const seal = stored.getArray('events').get(3) as Record<string, unknown>;
    expect(seal).toMatchObject({ type: 'sealed', covers: 3, seq: 3 });
    const read = await ledgerAsClient(server.url, legacy.id, legacy.tokens.observer);
    expect(latestVoteRound(read.events)).toMatchObject({ round: 1, status: 'revealed' });

    const facilitator = await joinAs(server.url, legacy, legacy.tokens.facilitator, NAMES.facilitator);
    const next = await call(server.url, 'POST', `/api/boards/${legacy.id}/votes/rounds`, facilitator.token, {
      rules,
    });
    expect(next).toMatchObject({ status: 201, body: { round: 2 } });
    expect(await verifyLedger(server.url, legacy.id, legacy.tokens.observer)).toMatchObject({
      intact: true,
      entries: 5,
      signed: 2,
    });
    // Its export imports as facts: the seal and the unsigned entries it covers verify.
    const imported = await importText(
      server.url,
      await exportText(server.url, legacy.id, legacy.tokens.observer),
    );
    const copy = await ledgerAsClient(server.url, imported.body.id, imported.body.tokens.observer);
    expect(copy.unverified).toBe(0);
    expect(latestVoteRound(copy.events)).toMatchObject({ round: 2, status: 'open' });
  });
});
