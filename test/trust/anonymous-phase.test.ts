// An anonymous phase against the real server: while the facilitator keeps one on, nothing the
// server sends names who wrote a card (the `activity` stamps and entries keep only role and
// company) nor whose cursor is whose (presence carries no name, whatever a client claims); when
// the facilitator ends it, every name held back comes back into the activity, and presence names
// again. Both happen at once for people who do not move, too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addSticky,
  deleteShapes,
  readActivity,
  readAttribution,
  readShapes,
  setAnonymous,
  shapesMap,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { connectRecording, joinAs, type Participant, type RecordingClient } from '../workshop/support.js';

let server: TestServer;
let board: CreatedBoard;
let aiko: Participant;
let control: SyncClient;
let writer: SyncClient;
let watcher: SyncClient;
let host: SyncClient;
let activity: RecordingClient;
const NAME = '山田 愛子';
/** Well under the stock client's 15 s renewal of an unchanged presence. */
const IDLE_MS = 5_000;

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  const facilitator = await joinAs(server.url, board, board.tokens.facilitator, '進行役');
  aiko = await joinAs(server.url, board, board.tokens.members.a!, NAME);
  const observer = await joinAs(server.url, board, board.tokens.observer, '見学');
  control = connectClient(server.url, board.id, 'control', facilitator.token);
  writer = connectClient(server.url, board.id, 'content', aiko.token);
  watcher = connectClient(server.url, board.id, 'content', observer.token);
  host = connectClient(server.url, board.id, 'content', facilitator.token);
  activity = connectRecording(server.url, board.id, 'activity', observer.token);
  await Promise.all([control.synced, writer.synced, watcher.synced, host.synced, activity.synced]);
});
afterAll(async () => {
  for (const client of [control, writer, watcher, host, activity]) client.destroy();
  await server.dispose();
});

const presenceNameOf = (client: SyncClient) =>
  (
    watcher.provider.awareness.getStates().get(client.doc.clientID) as
      { user?: { name?: string } } | undefined
  )?.user?.name;

describe('an anonymous phase', () => {
  let card: ShapeId;
  /** Made before the phase; deleted and brought back by an undo during it. */
  let earlier: ShapeId;

  it('sends no name for who wrote a card, nor for whose cursor is whose', async () => {
    earlier = addSticky(writer.doc, { x: 0, y: 400, text: '前からの案', company: 'a' as CompanyKey }, 'w');
    await waitFor(
      () => readAttribution(activity.doc, earlier)?.created?.name === NAME,
      'a named card',
      15_000,
    );
    await waitFor(() => readShapes(host.doc).shapes.some((s) => s.id === earlier), 'the card at the host');
    writer.provider.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
    host.provider.awareness.setLocalStateField('cursor', { x: 2, y: 2 });
    await waitFor(() => presenceNameOf(writer) === NAME, 'presence with the name');
    await waitFor(() => presenceNameOf(host) === '進行役', "the facilitator's presence");
    setAnonymous(control.doc, true, 'facilitator');
    // Someone who does not move loses their name at once too (the stock client renews its state
    // only every 15 s), not at their next move.
    await waitFor(() => presenceNameOf(writer) === '', 'an idle presence without a name', IDLE_MS);
    // The facilitator, who runs the phase and writes no company's ideas, stays named.
    host.provider.awareness.setLocalStateField('cursor', { x: 3, y: 3 });
    await waitFor(
      () =>
        watcher.provider.awareness.getStates().get(host.doc.clientID) !== undefined &&
        (watcher.provider.awareness.getStates().get(host.doc.clientID) as { cursor?: { x?: number } }).cursor
          ?.x === 3,
      'the facilitator moved',
    );
    expect(presenceNameOf(host)).toBe('進行役');
    // The server has the phase: presence arrives without a name, whatever the client claims.
    writer.provider.awareness.setLocalStateField('user', { name: 'Claimed Name' });
    await waitFor(() => presenceNameOf(writer) === '', 'presence without a name');
    expect(presenceNameOf(writer)).toBe('');
    card = addSticky(writer.doc, { x: 0, y: 0, text: '匿名の案', company: 'a' as CompanyKey }, 'w');
    await waitFor(() => Boolean(readAttribution(activity.doc, card)?.created), 'the card recorded', 15_000);
    expect(readAttribution(activity.doc, card)?.created).toMatchObject({
      participant: null,
      name: null,
      role: 'member',
      company: 'a',
    });
    const entry = readActivity(activity.doc).entries.find((e) => e.shapes.includes(card));
    expect(entry?.by).toMatchObject({ participant: null, name: null, company: 'a' });
    // The facilitator deletes the earlier card and undoes it: its creator stays, the undo is masked.
    const undo = new Y.UndoManager(shapesMap(host.doc), { trackedOrigins: new Set(['undoable']) });
    deleteShapes(host.doc, { ids: [earlier] }, 'undoable');
    await waitFor(() => !readShapes(watcher.doc).shapes.some((s) => s.id === earlier), 'deleted');
    undo.undo();
    undo.destroy();
    await waitFor(() => readAttribution(activity.doc, earlier)?.changed != null, 'the undo recorded', 15_000);
    expect(readAttribution(activity.doc, earlier)).toMatchObject({
      created: { name: NAME, company: 'a' },
      changed: { participant: null, name: null, role: 'facilitator' },
    });
    expect(activity.saw('進行役')).toBe(false);
  });

  it('gives every name back when the facilitator ends it', async () => {
    setAnonymous(control.doc, false, 'facilitator');
    await waitFor(() => presenceNameOf(writer) === NAME, 'an idle presence named again', IDLE_MS);
    await waitFor(() => readAttribution(activity.doc, card)?.created?.name === NAME, 'the name back', 15_000);
    expect(readAttribution(activity.doc, card)?.created?.participant).toBe(aiko.id);
    const entry = readActivity(activity.doc).entries.find((e) => e.shapes.includes(card));
    expect(entry?.by.name).toBe(NAME);
    await waitFor(
      () => readAttribution(activity.doc, earlier)?.changed?.name === '進行役',
      'the undoer named',
    );
    expect(readAttribution(activity.doc, earlier)?.created).toMatchObject({
      name: NAME,
      participant: aiko.id,
    });
    writer.provider.awareness.setLocalStateField('user', { name: 'Claimed Again' });
    await waitFor(() => presenceNameOf(writer) === NAME, 'presence names again');
  });
});
