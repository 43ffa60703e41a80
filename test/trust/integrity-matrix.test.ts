// Who may change what inside `content`, object by object (the Contract's table), against the real
// server: every role × target × operation, written with the stock y-websocket client doing plain
// Yjs writes, whatever the rules say. An allowed write arrives at another client and in storage; a
// refused one never does, the writer is told why with y-protocols' "permission denied", and
// everyone else keeps syncing. Observers' writes are dropped without a word (they may write nothing).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addSticky,
  createSynergy,
  deleteShapes,
  metaMap,
  newShapeId,
  readShapes,
  setShapesLocked,
  setText,
  shapesMap,
  tagCards,
  updateSynergy,
  type CompanyKey,
  type RefusalCode,
  type ShapeId,
  type SynergyType,
} from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { joinAs, storedDoc, type Participant } from '../workshop/support.js';

const ROLES = ['facilitator', 'member a', 'member b', 'observer'] as const;
type RoleName = (typeof ROLES)[number];

let server: TestServer;
let board: CreatedBoard;
const people = {} as Record<RoleName, Participant>;
/** A second person of company a, whose Yjs client id the forgers use. */
let victim: SyncClient;
/** The facilitator's client that prepares the targets, and an observer that sees what arrives. */
let setup: SyncClient;
let reader: SyncClient;
let controlWriter: SyncClient;
let controlReader: SyncClient;
const clients: SyncClient[] = [];

const own = (role: RoleName): CompanyKey => (role === 'member b' ? 'b' : 'a') as CompanyKey;
const other = (role: RoleName): CompanyKey => (role === 'member b' ? 'a' : 'b') as CompanyKey;
const linkToken = (role: RoleName): string =>
  role === 'facilitator'
    ? board.tokens.facilitator
    : role === 'observer'
      ? board.tokens.observer
      : board.tokens.members[role.slice(-1)]!;

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  for (const role of ROLES) people[role] = await joinAs(server.url, board, linkToken(role), `${role} さん`);
  const second = await joinAs(server.url, board, board.tokens.members.a!, '二人目 (a)');
  setup = connectClient(server.url, board.id, 'content', people.facilitator.token);
  reader = connectClient(server.url, board.id, 'content', people.observer.token);
  victim = connectClient(server.url, board.id, 'content', second.token);
  controlWriter = connectClient(server.url, board.id, 'control', people.facilitator.token);
  controlReader = connectClient(server.url, board.id, 'control', people.observer.token);
  clients.push(setup, reader, victim, controlWriter, controlReader);
  await Promise.all(clients.map((client) => client.synced));
  // The victim has written: its client id is known to everyone, and owned by it.
  const mine = addSticky(
    victim.doc,
    { x: -500, y: 0, text: '二人目のカード', company: 'a' as CompanyKey },
    'v',
  );
  await waitFor(() => has(reader.doc, mine), 'the victim’s card');
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.dispose();
});

const has = (doc: Y.Doc, id: ShapeId) => readShapes(doc).shapes.some((shape) => shape.id === id);
const companyOf = (doc: Y.Doc, id: ShapeId) => {
  const shape = readShapes(doc).shapes.find((s) => s.id === id);
  return shape?.type === 'sticky' ? shape.company : undefined;
};
const textOf = (doc: Y.Doc, id: ShapeId) => {
  const shape = readShapes(doc).shapes.find((s) => s.id === id);
  return shape && 'text' in shape ? shape.text : undefined;
};

/** Makes a card as the facilitator and waits until it is everywhere. */
async function card(company: CompanyKey | null, extra: Partial<Parameters<typeof addSticky>[1]> = {}) {
  const id = addSticky(setup.doc, { x: 0, y: 0, text: 'target', company, kind: 'asset', ...extra }, 'setup');
  await waitFor(() => has(reader.doc, id), 'the target card');
  return id;
}

interface Case {
  target: string;
  op: 'create' | 'change' | 'delete';
  prepare?: (role: RoleName) => Promise<ShapeId>;
  write: (doc: Y.Doc, target: ShapeId, role: RoleName) => void;
  arrived: (doc: Y.Doc, target: ShapeId, role: RoleName) => boolean;
  /** true: allowed; a code: refused with it. Observers are always dropped. */
  expect: Record<Exclude<RoleName, 'observer'>, true | RefusalCode>;
  /** Write under the victim's Yjs client id. */
  forge?: boolean;
}

const fresh = newShapeId;
const all = (outcome: true | RefusalCode) => ({
  facilitator: outcome,
  'member a': outcome,
  'member b': outcome,
});
const changed = (doc: Y.Doc, id: ShapeId) => textOf(doc, id) === 'changed';
const tagged = (doc: Y.Doc, id: ShapeId) => {
  const shape = readShapes(doc).shapes.find((s) => s.id === id);
  return shape?.type === 'sticky' && (shape.tags ?? []).includes('優先');
};
const gone = (doc: Y.Doc, id: ShapeId) => !shapesMap(doc).has(id);
const created = (doc: Y.Doc, id: ShapeId) => has(doc, id);
const change = (doc: Y.Doc, id: ShapeId) => setText(doc, { id, text: 'changed' }, 'w');
const remove = (doc: Y.Doc, id: ShapeId) => deleteShapes(doc, { ids: [id] }, 'w');
const createCard =
  (company: (role: RoleName) => CompanyKey | null) => (doc: Y.Doc, id: ShapeId, role: RoleName) =>
    void addSticky(doc, { id, x: 10, y: 10, text: 'new', company: company(role) }, 'w');

const CASES: Case[] = [
  // A card of the writer's own company (the facilitator's: company a).
  {
    target: 'own card',
    op: 'create',
    prepare: async () => fresh(),
    write: createCard(own),
    arrived: created,
    expect: all(true),
  },
  {
    target: 'own card',
    op: 'change',
    prepare: (r) => card(own(r)),
    write: change,
    arrived: changed,
    expect: all(true),
  },
  {
    target: 'own card',
    op: 'delete',
    prepare: (r) => card(own(r)),
    write: remove,
    arrived: gone,
    expect: all(true),
  },
  // Another company's card.
  {
    target: 'another company’s card',
    op: 'create',
    prepare: async () => fresh(),
    write: createCard(other),
    arrived: created,
    expect: { facilitator: true, 'member a': 'assign-other-company', 'member b': 'assign-other-company' },
  },
  {
    target: 'another company’s card',
    op: 'change',
    prepare: (r) => card(other(r)),
    write: change,
    arrived: changed,
    expect: { facilitator: true, 'member a': 'other-company', 'member b': 'other-company' },
  },
  {
    target: 'another company’s card',
    op: 'delete',
    prepare: (r) => card(other(r)),
    write: remove,
    arrived: gone,
    expect: { facilitator: true, 'member a': 'other-company', 'member b': 'other-company' },
  },
  {
    target: 'own card given to another company',
    op: 'change',
    prepare: (r) => card(own(r)),
    write: (doc, id, role) => (shapesMap(doc).get(id) as Y.Map<unknown>).set('company', other(role)),
    arrived: (doc, id, role) => companyOf(doc, id) === other(role),
    expect: { facilitator: true, 'member a': 'assign-other-company', 'member b': 'assign-other-company' },
  },
  // Tags are part of the card: whoever may change the card may tag it.
  {
    target: 'tags of own card',
    op: 'change',
    prepare: (r) => card(own(r)),
    write: (doc, id) => tagCards(doc, { ids: [id], add: ['優先'] }, 'w'),
    arrived: tagged,
    expect: all(true),
  },
  {
    target: 'tags of another company’s card',
    op: 'change',
    prepare: (r) => card(other(r)),
    write: (doc, id) => tagCards(doc, { ids: [id], add: ['優先'] }, 'w'),
    arrived: tagged,
    expect: { facilitator: true, 'member a': 'other-company', 'member b': 'other-company' },
  },
  {
    target: 'malformed tag (a line break, not marked true)',
    op: 'change',
    prepare: (r) => card(own(r)),
    write: (doc, id) =>
      (shapesMap(doc).get(id) as Y.Map<unknown>).set('tags', new Y.Map<unknown>([['優先\n', 'yes']])),
    arrived: (doc, id) => (shapesMap(doc).get(id) as Y.Map<unknown>).has('tags'),
    expect: all('malformed'),
  },
  // A card of no company (an idea everyone shares).
  {
    target: 'card without company',
    op: 'create',
    prepare: async () => fresh(),
    write: createCard(() => null),
    arrived: created,
    expect: all(true),
  },
  {
    target: 'card without company',
    op: 'change',
    prepare: () => card(null),
    write: change,
    arrived: changed,
    expect: all(true),
  },
  {
    target: 'card without company',
    op: 'delete',
    prepare: () => card(null),
    write: remove,
    arrived: gone,
    expect: all(true),
  },
  // A synergy point linking only company b's card.
  {
    target: 'synergy point',
    op: 'create',
    prepare: async () => fresh(),
    write: (doc, id) =>
      void createSynergy(doc, { id, title: 'new', from: [], to: [], at: { x: 0, y: 0 } }, 'w'),
    arrived: created,
    expect: all(true),
  },
  {
    target: 'synergy point of b',
    op: 'change',
    prepare: () => synergyOfB(),
    write: (doc, id) => updateSynergy(doc, { id, nextStep: 'changed' }, 'w'),
    arrived: (doc, id) =>
      (shapesMap(doc).get(id) as Y.Map<unknown> | undefined)?.get('nextStep') === 'changed',
    expect: { facilitator: true, 'member a': 'synergy-other-companies', 'member b': true },
  },
  {
    target: 'synergy point of b',
    op: 'delete',
    prepare: () => synergyOfB(),
    write: remove,
    arrived: gone,
    expect: { facilitator: true, 'member a': 'synergy-other-companies', 'member b': true },
  },
  // A synergy point's type may be not set (absent or null); a value that is no type is refused.
  {
    target: 'synergy type of b, set to null',
    op: 'change',
    prepare: () => synergyOfB('scale'),
    write: (doc, id) => (shapesMap(doc).get(id) as Y.Map<unknown>).set('synergyType', null),
    arrived: (doc, id) => (shapesMap(doc).get(id) as Y.Map<unknown> | undefined)?.get('synergyType') === null,
    expect: { facilitator: true, 'member a': 'synergy-other-companies', 'member b': true },
  },
  {
    target: 'synergy type of b, cleared',
    op: 'change',
    prepare: () => synergyOfB('scale'),
    write: (doc, id) => updateSynergy(doc, { id, synergyType: null }, 'w'),
    arrived: (doc, id) =>
      (shapesMap(doc).get(id) as Y.Map<unknown> | undefined)?.has('synergyType') === false,
    expect: { facilitator: true, 'member a': 'synergy-other-companies', 'member b': true },
  },
  {
    target: 'synergy type of b, not a type',
    op: 'change',
    prepare: () => synergyOfB('scale'),
    write: (doc, id) => (shapesMap(doc).get(id) as Y.Map<unknown>).set('synergyType', 'merger'),
    arrived: (doc, id) =>
      (shapesMap(doc).get(id) as Y.Map<unknown> | undefined)?.get('synergyType') === 'merger',
    expect: all('malformed'),
  },
  // The writer's own card, locked by the facilitator.
  {
    target: 'locked card',
    op: 'change',
    prepare: lockedCard,
    write: change,
    arrived: changed,
    expect: { facilitator: true, 'member a': 'locked', 'member b': 'locked' },
  },
  {
    target: 'locked card',
    op: 'delete',
    prepare: lockedCard,
    write: remove,
    arrived: gone,
    expect: { facilitator: true, 'member a': 'locked', 'member b': 'locked' },
  },
  // `meta`: the server's, from the board record.
  ...(
    [
      [
        'meta.title',
        'change',
        (meta: Y.Map<unknown>) => meta.set('title', 'hijacked'),
        (meta: Y.Map<unknown>) => meta.get('title') === 'hijacked',
      ],
      [
        'meta.title',
        'delete',
        (meta: Y.Map<unknown>) => meta.delete('title'),
        (meta: Y.Map<unknown>) => !meta.has('title'),
      ],
      [
        'meta.companies',
        'change',
        (meta: Y.Map<unknown>) => (meta.get('companies') as Y.Array<unknown>).delete(0, 1),
        (meta: Y.Map<unknown>) => (meta.get('companies') as Y.Array<unknown>).length === 1,
      ],
      [
        'meta.schemaVersion',
        'change',
        (meta: Y.Map<unknown>) => meta.set('schemaVersion', 99),
        (meta: Y.Map<unknown>) => meta.get('schemaVersion') === 99,
      ],
      [
        'meta (a new field)',
        'create',
        (meta: Y.Map<unknown>) => meta.set('owner', 'me'),
        (meta: Y.Map<unknown>) => meta.has('owner'),
      ],
    ] as const
  ).map(([target, op, write, arrived]): Case => ({
    target,
    op,
    write: (doc) => write(metaMap(doc)),
    arrived: (doc) => arrived(metaMap(doc)),
    expect: all('meta'),
  })),
  {
    target: 'a new root',
    op: 'create',
    write: (doc) => doc.getMap('rogue').set('x', 1),
    arrived: (doc) => doc.getMap('rogue').has('x'),
    expect: all('root'),
  },
  // Shapes the readers would not read cleanly.
  {
    target: 'malformed shape',
    op: 'create',
    prepare: async () => fresh(),
    write: (doc, id) => {
      const map = new Y.Map<unknown>();
      shapesMap(doc).set(id, map);
      for (const [key, value] of Object.entries({ type: 'sticky', x: 0, y: 0, w: -5, h: 10, index: 'a0' }))
        map.set(key, value);
      map.set('text', new Y.Text('broken'));
    },
    arrived: (doc, id) => shapesMap(doc).has(id),
    expect: all('malformed'),
  },
  {
    target: 'malformed shape (a colour the readers repair)',
    op: 'change',
    prepare: (r) => card(own(r)),
    write: (doc, id) => (shapesMap(doc).get(id) as Y.Map<unknown>).set('color', 'red'),
    arrived: (doc, id) => (shapesMap(doc).get(id) as Y.Map<unknown>).get('color') === 'red',
    expect: all('malformed'),
  },
  // Structs under another person's Yjs client id.
  {
    target: 'forged client id',
    op: 'create',
    forge: true,
    prepare: async () => fresh(),
    write: createCard(own),
    arrived: created,
    expect: all('client-id'),
  },
  {
    target: 'forged client id',
    op: 'change',
    forge: true,
    prepare: (r) => card(own(r)),
    write: change,
    arrived: changed,
    expect: all('client-id'),
  },
];

async function synergyOfB(type?: SynergyType): Promise<ShapeId> {
  const cardB = await card('b' as CompanyKey);
  const id = createSynergy(
    setup.doc,
    { title: 'b の案', from: [cardB], to: [], at: { x: 0, y: 300 }, type },
    'setup',
  );
  await waitFor(() => has(reader.doc, id), 'the synergy point');
  return id;
}

async function lockedCard(role: RoleName): Promise<ShapeId> {
  const id = await card(own(role));
  setShapesLocked(controlWriter.doc, { ids: [id], locked: true }, 'setup');
  // Once another client has the lock, the server has applied it.
  await waitFor(() => controlReader.doc.getMap('locks').has(id), 'the lock');
  return id;
}

/** A new card by the setup client, to show that the reader and storage are past the write. */
async function sentinel(): Promise<void> {
  const id = addSticky(setup.doc, { x: 900, y: 900, text: 'sentinel' }, 'setup');
  await waitFor(() => has(reader.doc, id), 'the sentinel after the write');
}

async function writerFor(role: RoleName): Promise<SyncClient> {
  const writer = connectClient(server.url, board.id, 'content', people[role].token);
  clients.push(writer);
  await writer.synced;
  return writer;
}

describe('who may change what inside content', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  afterAll(() => warn.mockRestore());

  for (const role of ROLES) {
    for (const testCase of CASES) {
      const outcome = role === 'observer' ? 'dropped' : testCase.expect[role];
      const verdict =
        outcome === true ? 'allowed' : outcome === 'dropped' ? 'dropped' : `refused (${outcome})`;
      it(`${role} · ${testCase.target} · ${testCase.op}: ${verdict}`, async () => {
        const target = (await testCase.prepare?.(role)) ?? ('' as ShapeId);
        const writer = await writerFor(role);
        const droppedBefore = server.metrics.dropped.get({ reason: 'read-only' });
        // A forger writes its next structs under the victim's client id, at the victim's next clocks
        // (the provider sends the update during the write; its own id comes back for its presence).
        const ownId = writer.doc.clientID;
        if (testCase.forge) writer.doc.clientID = victim.doc.clientID;
        testCase.write(writer.doc, target, role);
        writer.doc.clientID = ownId;
        if (outcome === true) {
          await waitFor(() => testCase.arrived(reader.doc, target, role), 'the write at another client');
          expect(testCase.arrived(await storedDoc(server.storage, `${board.id}/content`), target, role)).toBe(
            true,
          );
          expect(writer.denials).toEqual([]);
        } else {
          if (outcome === 'dropped') {
            await waitFor(
              () => server.metrics.dropped.get({ reason: 'read-only' }) > droppedBefore,
              'the drop',
            );
          } else {
            await waitFor(() => writer.denials.length > 0, 'the permission-denied message');
            expect(writer.denials[0]).toMatch(new RegExp(`^${outcome}: `));
            // The stock client's own handler got it too.
            expect(warn).toHaveBeenCalledWith(expect.stringContaining(writer.denials[0]!));
          }
          await sentinel();
          expect(testCase.arrived(reader.doc, target, role), 'the refused write at another client').toBe(
            false,
          );
          expect(testCase.arrived(await storedDoc(server.storage, `${board.id}/content`), target, role)).toBe(
            false,
          );
        }
        writer.destroy();
      });
    }
  }
});
