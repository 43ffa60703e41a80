// Who did what, recorded by the server (the `activity` channel), against the real server and stock
// y-websocket clients: attribution comes from the token of the connection that wrote, never from
// what a client claims (its presence, fields in the card, writes to the channel itself).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  activityEntriesMap,
  addShape,
  addSticky,
  classifyCardsByArea,
  deleteShapes,
  moveShapes,
  readActivity,
  readAttribution,
  readControl,
  readShapes,
  setPhase,
  setText,
  startTimer,
  shapesMap,
  type ActivityEntry,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, type Participant } from '../workshop/support.js';

let server: TestServer;
let board: CreatedBoard;
let facilitator: Participant;
let aiko: Participant;
let ben: Participant;
/** Reads `activity` as everyone may; reads `content` to see what arrived. */
let activity: SyncClient;
let observer: SyncClient;
let desk: SyncClient;
const clients: SyncClient[] = [];
const a = 'a' as CompanyKey;

const open = (channel: string, token: string) => {
  const client = connectClient(server.url, board.id, channel, token);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  facilitator = await joinAs(server.url, board, board.tokens.facilitator, '進行役 佐藤');
  aiko = await joinAs(server.url, board, board.tokens.members.a!, '山田 愛子');
  ben = await joinAs(server.url, board, board.tokens.members.b!, 'Ben Carter');
  activity = open('activity', board.tokens.observer);
  observer = open('content', board.tokens.observer);
  desk = open('content', facilitator.token);
  await Promise.all(clients.map((client) => client.synced));
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.dispose();
});

const entriesFor = (id: ShapeId): ActivityEntry[] =>
  readActivity(activity.doc).entries.filter((entry) => entry.shapes.includes(id));
const arrived = (id: ShapeId) =>
  waitFor(() => readShapes(observer.doc).shapes.some((s) => s.id === id), `${id}`);
const attributed = (id: ShapeId, check: (a: ReturnType<typeof readAttribution>) => boolean, what: string) =>
  waitFor(() => check(readAttribution(activity.doc, id)), what);

describe('attribution and activity, recorded by the server', () => {
  it('is the writer’s even when the client sends another name', async () => {
    const forger = open('content', aiko.token);
    await forger.synced;
    // The stock client's presence claims someone else entirely.
    forger.provider.awareness.setLocalStateField('user', {
      name: 'Ben Carter',
      company: 'b',
      role: 'facilitator',
    });
    const card = addSticky(forger.doc, { x: 0, y: 0, text: '全国の物流網', company: a, kind: 'asset' }, 'f');
    await arrived(card);
    const stamp = await attributed(
      card,
      (found) => found?.created !== null && found !== null,
      'the card’s creator',
    );
    expect(readAttribution(activity.doc, card)).toEqual({
      created: {
        participant: aiko.id,
        name: '山田 愛子',
        role: 'member',
        company: 'a',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
      changed: null,
    });
    expect(stamp).toBeTruthy();
    expect(entriesFor(card)).toMatchObject([
      {
        type: 'created',
        by: { participant: aiko.id, name: '山田 愛子', company: 'a' },
        label: '全国の物流網',
      },
    ]);

    // A card carrying its own claim of who made it is refused whole: the model has no such field.
    const claimed = forger.doc.transact(() => {
      const id = addSticky(forger.doc, { x: 0, y: 300, text: 'forged', company: a }, 'f');
      (shapesMap(forger.doc).get(id) as Y.Map<unknown>).set('createdBy', 'Ben Carter');
      return id;
    }, 'f');
    await waitFor(() => forger.denials.some((reason) => reason.includes('createdBy')), 'createdBy refused');

    // Writing into the activity channel itself is dropped: nobody but the server writes it.
    const sneaky = open('activity', aiko.token);
    await sneaky.synced;
    const dropped = server.metrics.dropped.get({ reason: 'read-only' });
    activityEntriesMap(sneaky.doc).set('forged12345', {
      id: 'forged12345',
      type: 'created',
      at: new Date().toISOString(),
      by: { participant: ben.id, name: 'Ben Carter', role: 'member', company: 'b' },
      shapes: [claimed],
    });
    await waitFor(
      () => server.metrics.dropped.get({ reason: 'read-only' }) > dropped,
      'the forged entry dropped',
    );

    // Something after both, so that anything they could have caused would have arrived by now.
    const later = addSticky(desk.doc, { x: 600, y: 0, text: 'later' }, 'd');
    await waitFor(() => entriesFor(later).length === 1, 'the next entry');
    expect(readShapes(observer.doc).shapes.some((s) => s.id === claimed)).toBe(false);
    expect(entriesFor(claimed)).toEqual([]);
    expect(readAttribution(activity.doc, claimed)).toBeNull();
    expect(JSON.stringify(readActivity(activity.doc))).not.toContain('Ben Carter');
  });

  it('attributes a link token’s writes to its role and company, without a name', async () => {
    const linkWriter = open('content', board.tokens.members.b!);
    await linkWriter.synced;
    linkWriter.provider.awareness.setLocalStateField('user', { name: 'Somebody Important' });
    const card = addSticky(
      linkWriter.doc,
      { x: 0, y: 600, text: 'b の資産', company: 'b' as CompanyKey },
      'l',
    );
    await attributed(card, (found) => found?.created !== null && found !== null, 'the link writer’s card');
    expect(readAttribution(activity.doc, card)?.created).toMatchObject({
      participant: null,
      name: null,
      role: 'member',
      company: 'b',
    });
    expect(entriesFor(card)).toMatchObject([
      { type: 'created', by: { name: null, role: 'member', company: 'b' } },
    ]);
  });

  it('lists created, edited, moved into an area and deleted in order, each by its writer', async () => {
    const member = open('content', aiko.token);
    await member.synced;
    // A template area, as the facilitator's template writes them.
    const area = addShape(desk.doc, { type: 'frame', x: 3000, y: 0, w: 800, h: 600, text: '課題' }, 'd');
    (shapesMap(desk.doc).get(area) as Y.Map<unknown>).set('areaKind', 'gap');
    await arrived(area);
    await waitFor(() => readShapes(member.doc).shapes.some((s) => s.id === area), 'the area at the member');

    const card = addSticky(
      member.doc,
      { x: 0, y: 900, text: 'ラストワンマイル', company: a, kind: 'asset' },
      'm',
    );
    await waitFor(() => entriesFor(card).length === 1, 'created');
    setText(desk.doc, { id: card, text: 'ラストワンマイル配送' }, 'd');
    await waitFor(() => entriesFor(card).length === 2, 'edited');
    await waitFor(
      () =>
        readShapes(member.doc).shapes.some((s) => s.id === card && 'text' in s && s.text.endsWith('配送')),
      'the edit at the member',
    );
    // What the editor does on a drop: the move, then the area's class, as two updates.
    member.doc.transact(() => moveShapes(member.doc, { ids: [card], dx: 3100, dy: -800 }, 'm'), 'm');
    classifyCardsByArea(member.doc, { ids: [card], member: a }, 'm');
    await waitFor(() => entriesFor(card).length === 3, 'moved into the area');
    deleteShapes(member.doc, { ids: [card] }, 'm');
    await waitFor(() => entriesFor(card).length === 4, 'deleted');

    const list = entriesFor(card);
    expect(list.map((entry) => [entry.type, entry.by.name])).toEqual([
      ['created', '山田 愛子'],
      ['edited', '進行役 佐藤'],
      ['moved-into-area', '山田 愛子'],
      ['deleted', '山田 愛子'],
    ]);
    expect(list[2]!.area).toEqual({ frame: area, kind: 'gap', company: 'a' });
    expect(list[3]!.label).toBe('ラストワンマイル配送');
    // A deleted card keeps its stamps: undoing the deletion must not make someone else its creator.
    expect(readAttribution(activity.doc, card)?.created).toMatchObject({ participant: aiko.id });
  });

  it('keeps the creator of a card whose deletion is undone, and stamps the undoer as its last change', async () => {
    const member = open('content', aiko.token);
    await member.synced;
    const card = addSticky(member.doc, { x: 0, y: 1500, text: '冷凍倉庫', company: a, kind: 'asset' }, 'm');
    await attributed(card, (found) => found?.created?.participant === aiko.id, 'the member’s card');
    await waitFor(
      () => readShapes(desk.doc).shapes.some((s) => s.id === card),
      'the card at the facilitator',
    );
    // The editor's undo: a Y.UndoManager brings the deleted shape back under the same id.
    const undo = new Y.UndoManager(shapesMap(desk.doc), { trackedOrigins: new Set(['undoable']) });
    deleteShapes(desk.doc, { ids: [card] }, 'undoable');
    await waitFor(() => entriesFor(card).some((entry) => entry.type === 'deleted'), 'deleted');
    undo.undo();
    await arrived(card);
    await attributed(card, (found) => found?.changed?.participant === facilitator.id, 'the undo stamped');
    expect(readAttribution(activity.doc, card)).toMatchObject({
      created: { participant: aiko.id, name: '山田 愛子', company: 'a' },
      changed: { participant: facilitator.id, name: '進行役 佐藤', role: 'facilitator' },
    });
    // Listed as brought back, not as made by the facilitator.
    await waitFor(() => entriesFor(card).some((entry) => entry.type === 'restored'), 'restored');
    expect(entriesFor(card).map((entry) => [entry.type, entry.by.participant])).toEqual([
      ['created', aiko.id],
      ['deleted', facilitator.id],
      ['restored', facilitator.id],
    ]);
    undo.destroy();
  });

  it('folds one person’s repeated edits of a card into one entry and stamps the last change', async () => {
    const card = addSticky(desk.doc, { x: 0, y: 1200, text: '', company: a }, 'd');
    await waitFor(() => entriesFor(card).length === 1, 'created by the facilitator');
    const member = open('content', aiko.token);
    await member.synced;
    await waitFor(() => readShapes(member.doc).shapes.some((s) => s.id === card), 'the card at the member');
    const words = ['共同', '共同配送', '共同配送の', '共同配送の検討', '共同配送の検討会'];
    for (const text of words) setText(member.doc, { id: card, text }, 'm');
    await waitFor(
      () =>
        readShapes(observer.doc).shapes.some((s) => s.id === card && 'text' in s && s.text === words.at(-1)),
      'every keystroke applied',
    );
    await attributed(card, (found) => found?.changed?.name === '山田 愛子', 'the last change stamped');
    const stamp = readAttribution(activity.doc, card)!;
    expect(stamp.created).toMatchObject({ name: '進行役 佐藤', role: 'facilitator', company: null });
    expect(stamp.changed).toMatchObject({ participant: aiko.id, company: 'a' });
    const edits = () => entriesFor(card).filter((entry) => entry.type === 'edited');
    await waitFor(() => edits().length === 1, 'one edit entry');
    // Another person's edit is another entry.
    setText(desk.doc, { id: card, text: '共同配送の検討会（案）' }, 'd');
    await waitFor(() => edits().length === 2, 'the facilitator’s edit');
    expect(edits().map((entry) => entry.by.name)).toEqual(['山田 愛子', '進行役 佐藤']);
  });

  it('attributes revealed drafts to the member who revealed them, and leaves the reveal to the ledger', async () => {
    const drafts = open('private/a', aiko.token);
    await drafts.synced;
    const draft = addSticky(drafts.doc, { x: 0, y: 0, text: '非公開の案', kind: 'idea' }, 'd');
    await waitFor(async () => {
      const answer = await call(server.url, 'POST', `/api/boards/${board.id}/reveal`, aiko.token, {
        cards: [draft],
      });
      return answer.status === 200;
    }, 'the reveal');
    await attributed(draft, (found) => found?.created?.name === '山田 愛子', 'the revealed card attributed');
    expect(readAttribution(activity.doc, draft)?.created).toMatchObject({
      participant: aiko.id,
      company: 'a',
    });
    expect(entriesFor(draft)).toEqual([]);
  });

  it('lists each step the facilitator moves the workshop to, by them, and nothing for other control changes', async () => {
    const control = open('control', facilitator.token);
    await control.synced;
    const steps = () => readActivity(activity.doc).entries.filter((e) => e.type === 'step');
    const before = steps().length;
    const vote = readControl(control.doc).phases.find((phase) => phase.key === 'vote')!;
    setPhase(control.doc, vote.id, 'test');
    const entry = await waitFor(() => steps()[before], 'the step entry');
    expect(entry).toMatchObject({
      by: { participant: facilitator.id, name: '進行役 佐藤', role: 'facilitator' },
      step: { key: 'vote', name: null },
      shapes: [],
    });
    // A timer is no step; the next step is.
    startTimer(control.doc, { durationMs: 60_000, now: Date.now() }, 'test');
    const converge = readControl(control.doc).phases.find((phase) => phase.key === 'converge')!;
    setPhase(control.doc, converge.id, 'test');
    await waitFor(() => steps()[before + 1], 'the second step entry');
    expect(steps().map((e) => e.step?.key)).toEqual([
      ...steps()
        .slice(0, before)
        .map((e) => e.step?.key),
      'vote',
      'converge',
    ]);
  });

  it('records a restore by the facilitator who asked for it', async () => {
    const saved = await call<{ version: { id: string } }>(
      server.url,
      'POST',
      `/api/boards/${board.id}/versions`,
      facilitator.token,
      { name: '初日の終わり' },
    );
    expect(saved.status).toBe(201);
    const restored = await call(
      server.url,
      'POST',
      `/api/boards/${board.id}/versions/${saved.body.version.id}/restore`,
      facilitator.token,
    );
    expect(restored.status).toBe(200);
    const entry = await waitFor(
      () => readActivity(activity.doc).entries.find((e) => e.type === 'restored' && e.version),
      'the restore entry',
    );
    expect(entry).toMatchObject({
      type: 'restored',
      by: { participant: facilitator.id, name: '進行役 佐藤', role: 'facilitator' },
      version: { id: saved.body.version.id, name: '初日の終わり', kind: 'named' },
      shapes: [],
    });
  });

  it('carries attribution in the JSON export; an import keeps it, marked as coming from the file', async () => {
    const member = open('content', aiko.token);
    await member.synced;
    const card = addSticky(member.doc, { x: 0, y: 1500, text: '輸出する', company: a }, 'm');
    await attributed(card, (found) => found?.created?.name === '山田 愛子', 'the card recorded');
    const exported = await fetch(`${server.url}/api/boards/${board.id}/export.json`, {
      headers: { authorization: `Bearer ${board.tokens.observer}` },
    });
    expect(exported.status).toBe(200);
    const file = (await exported.json()) as {
      attribution: Record<string, unknown>;
      shapes: { id: string }[];
    };
    const created = { participant: aiko.id, name: '山田 愛子', role: 'member', company: 'a' };
    expect(file.attribution[card]).toEqual({
      created: { ...created, at: expect.any(String) },
      changed: null,
    });
    expect(Object.keys(file.attribution).every((id) => file.shapes.some((shape) => shape.id === id))).toBe(
      true,
    );

    const imported = await fetch(`${server.url}/api/boards/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(file),
    });
    expect(imported.status).toBe(201);
    const copy = (await imported.json()) as CreatedBoard;
    const reader = connectClient(server.url, copy.id, 'activity', copy.tokens.observer);
    clients.push(reader);
    await reader.synced;
    expect(readAttribution(reader.doc, card)).toEqual({
      created: { ...created, at: expect.any(String), file: true },
      changed: null,
    });
    // Nothing happened on the new board yet: the file's attribution is not activity.
    expect(readActivity(reader.doc).entries).toEqual([]);
  });

  it('keeps recording, and readers keep reading, when the stored activity holds garbage', async () => {
    const other = await createBoard(server.url);
    // Garbage in the stored room, as a buggy or older server might have left it.
    const junk = new Y.Doc();
    activityEntriesMap(junk).set('junk', { type: 'created', at: 'never', by: 42 });
    activityEntriesMap(junk).set('nested', new Y.Map());
    junk.getMap('shapes').set('s1', 'not an attribution');
    await server.storage.appendUpdates(`${other.id}/activity`, [Y.encodeStateAsUpdate(junk)]);
    const reader = connectClient(server.url, other.id, 'activity', other.tokens.observer);
    const writer = connectClient(server.url, other.id, 'content', other.tokens.members.a!);
    clients.push(reader, writer);
    await Promise.all([reader.synced, writer.synced]);
    expect(readActivity(reader.doc)).toEqual({ entries: [], skipped: 2 });
    expect(readAttribution(reader.doc, 's1' as ShapeId)).toBeNull();
    const card = addSticky(writer.doc, { x: 0, y: 0, text: 'ok', company: a }, 'w');
    await waitFor(() => readActivity(reader.doc).entries.some((e) => e.shapes.includes(card)), 'a new entry');
    expect(readActivity(reader.doc).skipped).toBe(2);
  });
});
