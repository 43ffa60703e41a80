// Reactions against the real server: a member reacts to another company's card and the facilitator
// to any, each stamp counted once per person and recorded under the name in the participant token
// (a name in the body changes nothing); observers, link tokens, unknown stamps and shapes that are
// not cards are refused with a clear error and change nothing; everyone receives the reactions on
// the `discussion` channel, which no client can write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addShape, addSticky, readReactions, type CompanyKey, type ShapeId } from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, type Participant } from './support.js';

let server: TestServer;
let board: CreatedBoard;
let alice: Participant;
let bob: Participant;
let facilitator: Participant;
let observer: Participant;
let reader: SyncClient;
let cardOfA: ShapeId;
let frame: ShapeId;

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  alice = await joinAs(server.url, board, board.tokens.members.a!, '青井');
  bob = await joinAs(server.url, board, board.tokens.members.b!, 'Bob');
  facilitator = await joinAs(server.url, board, board.tokens.facilitator, '司会');
  observer = await joinAs(server.url, board, board.tokens.observer, '見学');
  const writer = connectClient(server.url, board.id, 'content', facilitator.token);
  await writer.synced;
  cardOfA = addSticky(writer.doc, { x: 0, y: 0, text: '物流網', company: 'a' as CompanyKey }, 'w');
  frame = addShape(writer.doc, { type: 'frame', x: -50, y: -50, w: 600, h: 400 }, 'w');
  reader = connectClient(server.url, board.id, 'discussion', observer.token);
  await reader.synced;
  await waitFor(
    async () => (await react(alice, cardOfA, 'idea', false)).status === 200,
    'the card on the server',
  );
  writer.destroy();
});
afterAll(async () => {
  reader.destroy();
  await server.dispose();
});

const react = (who: { token: string }, card: string, stamp: string, on: boolean, extra = {}) =>
  call<{
    card?: string;
    reactions?: { stamp: string; people: { name: string; company: string | null }[] }[];
    error?: string;
  }>(server.url, 'POST', `/api/boards/${board.id}/reactions`, who.token, { card, stamp, on, ...extra });
const namesOn = (card: ShapeId) =>
  (readReactions(reader.doc).get(card) ?? []).map(({ stamp, people }) => [stamp, people.map((p) => p.name)]);

describe('reactions', () => {
  it('are given by members to any company’s card and by the facilitator, once per person per stamp', async () => {
    expect((await react(bob, cardOfA, 'plusOne', true)).status).toBe(200);
    expect((await react(bob, cardOfA, 'plusOne', true)).status).toBe(200);
    const answer = await react(alice, cardOfA, 'plusOne', true, { name: 'Mallory' });
    expect(answer.status).toBe(200);
    expect(answer.body.reactions).toEqual([
      {
        stamp: 'plusOne',
        people: [
          { participant: bob.id, name: 'Bob', company: 'b' },
          { participant: alice.id, name: '青井', company: 'a' },
        ],
      },
    ]);
    expect((await react(facilitator, cardOfA, 'concern', true)).status).toBe(200);
    await waitFor(() => namesOn(cardOfA).length === 2, 'everyone receives the reactions');
    expect(namesOn(cardOfA)).toEqual([
      ['plusOne', ['Bob', '青井']],
      ['concern', ['司会']],
    ]);
  });

  it('are taken back by their giver only', async () => {
    expect(
      (await react(bob, cardOfA, 'plusOne', false)).body.reactions?.[0]?.people.map((p) => p.name),
    ).toEqual(['青井']);
    await waitFor(() => JSON.stringify(namesOn(cardOfA)).includes('"Bob"') === false, 'Bob’s stamp gone');
    expect(namesOn(cardOfA)[0]).toEqual(['plusOne', ['青井']]);
  });

  it('refuse observers, link tokens, unknown stamps, unknown cards and shapes that are not cards', async () => {
    const before = JSON.stringify(namesOn(cardOfA));
    const observerAnswer = await react(observer, cardOfA, 'heart', true);
    expect(observerAnswer.status).toBe(403);
    expect(observerAnswer.body.error).toMatch(/only members or the facilitator can react/);
    expect((await react({ token: board.tokens.members.a! }, cardOfA, 'heart', true)).status).toBe(401);
    const unknownStamp = await react(alice, cardOfA, 'thumbsdown', true);
    expect(unknownStamp.status).toBe(400);
    expect(unknownStamp.body.error).toMatch(/stamp must be one of plusOne/);
    expect((await react(alice, 'nosuchcard', 'heart', true)).status).toBe(404);
    expect((await react(alice, frame, 'heart', true)).body.error).toMatch(/not a card/);
    expect(JSON.stringify(namesOn(cardOfA))).toBe(before);
    expect(readReactions(reader.doc).has(frame)).toBe(false);
  });

  it('cannot be written over the discussion channel by any client', async () => {
    const rogue = connectClient(server.url, board.id, 'discussion', alice.token);
    await rogue.synced;
    rogue.doc.getMap('reactions').set('forged', 1);
    // A later reaction through the server arrives; the forged write never does.
    expect((await react(alice, cardOfA, 'heart', true)).status).toBe(200);
    await waitFor(() => namesOn(cardOfA).some(([stamp]) => stamp === 'heart'), 'the real reaction');
    expect(reader.doc.getMap('reactions').has('forged')).toBe(false);
    rogue.destroy();
  });
});
