// Comment threads and reactions travel in the board file, against the real server: a reply, a
// resolved thread, reactions and a private draft's comment survive export → import onto the new
// board under their names, belonging to nobody of it; a company's draft threads travel only in its
// own members' files, and nobody of another company receives them on the new board; forged
// discussions are refused naming the field, creating nothing, and the server keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSticky,
  readReactions,
  readShapes,
  readThreads,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import {
  call,
  connectRecording,
  joinAs,
  storedDoc,
  type Participant,
  type RecordingClient,
} from '../workshop/support.js';

const SECRET = { a: 'SECRETA7 あさひ社内の相談', b: 'SECRETB9 ブルー社内の相談' } as const;

let server: TestServer;
let board: CreatedBoard;
let people: Record<'a' | 'b' | 'host', Participant>;
const cards = {} as Record<'a' | 'b' | 'draftA' | 'draftB', ShapeId>;
const clients: { destroy(): void }[] = [];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the parsed JSON at will
type EditableFile = any;

async function exportFile(boardId: string, token: string): Promise<{ text: string; file: EditableFile }> {
  const res = await fetch(`${server.url}/api/boards/${boardId}/export.json`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, file: JSON.parse(text) };
}

async function importFile(body: string): Promise<{ status: number; body: EditableFile }> {
  const res = await fetch(`${server.url}/api/boards/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: res.status, body: await res.json() };
}

const post = (who: Participant, path: string, body: unknown) =>
  call(server.url, 'POST', `/api/boards/${board.id}/${path}`, who.token, body);

const connect = (boardId: string, channel: string, token: string): SyncClient => {
  const client = connectClient(server.url, boardId, channel, token);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  people = {
    a: await joinAs(server.url, board, board.tokens.members.a!, '青井'),
    b: await joinAs(server.url, board, board.tokens.members.b!, 'Blake'),
    host: await joinAs(server.url, board, board.tokens.facilitator, '司会'),
  };
  const contentA = connect(board.id, 'content', people.a.token);
  const contentB = connect(board.id, 'content', people.b.token);
  const draftsA = connect(board.id, 'private/a', people.a.token);
  const draftsB = connect(board.id, 'private/b', people.b.token);
  await Promise.all([contentA.synced, contentB.synced, draftsA.synced, draftsB.synced]);
  cards.a = addSticky(contentA.doc, { x: 0, y: 0, text: '物流網', company: 'a' as CompanyKey }, 'l');
  cards.b = addSticky(contentB.doc, { x: 300, y: 0, text: '販路', company: 'b' as CompanyKey }, 'l');
  cards.draftA = addSticky(draftsA.doc, { x: 0, y: 0, text: '値下げ案', kind: 'idea' }, 'l');
  cards.draftB = addSticky(draftsB.doc, { x: 0, y: 0, text: '撤退案', kind: 'idea' }, 'l');
  await waitFor(async () => {
    const shapes = readShapes(await storedDoc(server.storage, `${board.id}/content`)).shapes;
    return shapes.some((s) => s.id === cards.a) && shapes.some((s) => s.id === cards.b);
  }, 'the cards stored');
  for (const key of ['a', 'b'] as const)
    await waitFor(
      async () =>
        readShapes(await storedDoc(server.storage, `${board.id}/private/${key}`)).shapes.length === 1,
      `the draft of ${key} stored`,
    );

  const answers = [
    await post(people.a, 'comments', { card: cards.a, text: '最初の意見です' }),
    await post(people.b, 'comments', { card: cards.a, text: '@青井 賛成です' }),
    await post(people.host, 'comments', { card: cards.b, text: '確認しました' }),
    await post(people.a, 'comments/resolve', { card: cards.b, resolved: true }),
    await post(people.a, 'reactions', { card: cards.a, stamp: 'plusOne', on: true }),
    await post(people.b, 'reactions', { card: cards.a, stamp: 'plusOne', on: true }),
    await post(people.b, 'reactions', { card: cards.b, stamp: 'heart', on: true }),
    await post(people.a, 'comments', { card: cards.draftA, text: SECRET.a }),
    await post(people.b, 'comments', { card: cards.draftB, text: SECRET.b }),
  ];
  expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 200, 200, 200, 200, 201, 201]);
});
afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.dispose();
});

/** Joins an imported board as a member of `company` and reads every channel it may open. */
async function memberOfCopy(
  created: CreatedBoard,
  company: 'a' | 'b',
): Promise<{ who: Participant; recording: RecordingClient[] }> {
  const who = await joinAs(server.url, created, created.tokens.members[company]!, `新${company}`);
  const channels = ['content', 'control', 'ledger', 'activity', 'discussion', `private/${company}`];
  const recording = channels.map((channel) => connectRecording(server.url, created.id, channel, who.token));
  clients.push(...recording);
  await Promise.all(recording.map((client) => client.synced));
  return { who, recording };
}

describe('the board file carries the discussion', () => {
  it('a reply, a resolved thread, reactions and the draft’s comment survive export → import', async () => {
    const original = await exportFile(board.id, people.a.token);
    expect(original.file.version).toBe(3);
    expect(original.text).not.toContain(SECRET.b);
    const imported = await importFile(original.text);
    expect(imported.status).toBe(201);
    const created = imported.body as CreatedBoard;

    const { who, recording } = await memberOfCopy(created, 'a');
    const discussion = recording[4]!.doc;
    await waitFor(() => readThreads(discussion).size === 2, 'the threads on the new board');
    const nobody = { participant: null, file: true };
    const threads = readThreads(discussion);
    expect(threads.get(cards.a)!.comments.map((c) => c.by)).toEqual([
      { ...nobody, name: '青井', company: 'a' },
      { ...nobody, name: 'Blake', company: 'b' },
    ]);
    expect(threads.get(cards.a)!.comments.map((c) => c.text)).toEqual(['最初の意見です', '@青井 賛成です']);
    expect(threads.get(cards.a)!.resolved).toBeNull();
    expect(threads.get(cards.b)!.comments[0]).toMatchObject({ text: '確認しました', by: { name: '司会' } });
    expect(threads.get(cards.b)!.resolved).toMatchObject({ by: { ...nobody, name: '青井', company: 'a' } });
    expect(readReactions(discussion).get(cards.a)).toEqual([
      {
        stamp: 'plusOne',
        people: [
          { ...nobody, name: '青井', company: 'a' },
          { ...nobody, name: 'Blake', company: 'b' },
        ],
      },
    ]);
    expect(readReactions(discussion).get(cards.b)?.[0]?.stamp).toBe('heart');
    // No participant id of the old board reached the new one.
    for (const old of [people.a.id, people.b.id, people.host.id])
      expect(recording.some((client) => client.saw(old))).toBe(false);
    // The draft's thread is in company A's private channel, as on the original board.
    const draftThread = readThreads(recording[5]!.doc).get(cards.draftA);
    expect(draftThread?.comments.map((c) => [c.text, c.by.name, c.by.participant])).toEqual([
      [SECRET.a, '青井', null],
    ]);

    // The copy exports the same discussion again.
    const copy = await exportFile(created.id, who.token);
    expect(copy.file.discussion).toEqual(original.file.discussion);
  });

  it('a member of another company never receives a draft thread through export and import', async () => {
    for (const exporter of ['a', 'b'] as const) {
      const { text, file } = await exportFile(board.id, people[exporter].token);
      const other = exporter === 'a' ? 'b' : 'a';
      expect(Object.keys(file.discussion.drafts)).toEqual([exporter]);
      expect(text).toContain(SECRET[exporter]);
      expect(text).not.toContain(SECRET[other]);
      const created = (await importFile(text)).body as CreatedBoard;
      const { recording } = await memberOfCopy(created, other);
      await waitFor(() => readThreads(recording[4]!.doc).size === 2, 'the board’s threads arrive');
      for (const secret of Object.values(SECRET))
        expect(recording.some((client) => client.saw(secret))).toBe(false);
    }
    // A facilitator's file has no drafts, so no draft thread either.
    const hosts = await exportFile(board.id, board.tokens.facilitator);
    expect(hosts.file.discussion.drafts).toEqual({});
    for (const secret of Object.values(SECRET)) expect(hosts.text).not.toContain(secret);
  });

  it('imported reactions and comments belong to nobody: not taken back, deleted only by the facilitator', async () => {
    const created = (await importFile((await exportFile(board.id, people.a.token)).text))
      .body as CreatedBoard;
    const { who } = await memberOfCopy(created, 'a');
    const host = await joinAs(server.url, created, created.tokens.facilitator, '新司会');
    const react = (on: boolean) =>
      call<EditableFile>(server.url, 'POST', `/api/boards/${created.id}/reactions`, who.token, {
        card: cards.a,
        stamp: 'plusOne',
        on,
      });
    const back = await react(false);
    expect(back.status).toBe(200);
    expect(back.body.reactions[0].people).toHaveLength(2);
    const given = await react(true);
    expect(given.body.reactions[0].people.map((p: { name: string }) => p.name)).toEqual([
      '青井',
      'Blake',
      '新a',
    ]);

    const stored = readThreads(await storedDoc(server.storage, `${created.id}/discussion`));
    const first = stored.get(cards.a)!.comments[0]!;
    const del = (token: string) =>
      call(server.url, 'DELETE', `/api/boards/${created.id}/comments/${first.id}`, token);
    expect((await del(who.token)).status).toBe(403);
    expect((await del(host.token)).status).toBe(200);

    // In the company's own drafts, its members may take an imported comment away (it has no author here).
    const drafts = readThreads(await storedDoc(server.storage, `${created.id}/private/a`));
    const draftComment = drafts.get(cards.draftA)!.comments[0]!;
    const delDraft = (token: string) =>
      call(server.url, 'DELETE', `/api/boards/${created.id}/comments/${draftComment.id}`, token);
    const other = await memberOfCopy(created, 'b');
    expect((await delDraft(other.who.token)).status).toBe(404);
    expect((await delDraft(who.token)).status).toBe(200);
  });
});

describe('forged discussions', () => {
  const forged = async (change: (file: EditableFile) => void) => {
    const { file } = await exportFile(board.id, people.a.token);
    change(file);
    return importFile(JSON.stringify(file));
  };
  const boardCount = async () => (await server.storage.listBoards()).length;

  it.each<[string, (file: EditableFile) => void, RegExp]>([
    [
      'too many comments',
      (f) =>
        (f.discussion.comments = Array.from({ length: 5001 }, (_, i) => ({
          ...f.discussion.comments[0],
          id: `forged${String(i).padStart(6, '0')}`,
        }))),
      /^discussion\.comments: more than 5000/,
    ],
    [
      'a long name',
      (f) => (f.discussion.reactions[0].by.name = '名'.repeat(81)),
      /^discussion\.reactions\[0\]\.by\.name/,
    ],
    [
      'a participant id to claim a comment',
      (f) => (f.discussion.comments[0].by.participant = people.a.id),
      /^discussion\.comments\[0\]\.by\.participant: unknown field/,
    ],
    ['a time past any date', (f) => (f.discussion.comments[0].at = 1e300), /^discussion\.comments\[0\]\.at/],
    [
      'a prototype key',
      (f) =>
        (f.discussion.comments[0].by = JSON.parse('{"__proto__": {"x": 1}, "name": "x", "company": null}')),
      /the key "__proto__" is not allowed/,
    ],
  ])('%s is refused naming the field, creating nothing', async (_name, change, reason) => {
    const before = await boardCount();
    const answer = await forged(change);
    expect(answer.status).toBe(400);
    expect(String(answer.body.error)).toMatch(reason);
    expect(await boardCount()).toBe(before);
  });

  it('a thread claimed for another company’s draft is dropped, and the server keeps serving', async () => {
    const answer = await forged((f) => {
      f.discussion.drafts.b = {
        comments: [
          {
            id: 'forgedb0001',
            card: cards.draftB,
            text: '偽の下書きコメント',
            by: { name: 'x', company: 'b' },
            at: 1,
          },
        ],
        resolved: [],
      };
    });
    expect(answer.status).toBe(201);
    const created = answer.body as CreatedBoard;
    expect((await storedDoc(server.storage, `${created.id}/private/b`)).getMap('comments').size).toBe(0);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
