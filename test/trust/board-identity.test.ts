// The board's identity (title, companies, schema version) comes from the server's board record:
// no client can change it through `meta`, a board a client once vandalised loads repaired, and the
// facilitator renames through the API.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  CURRENT_SCHEMA_VERSION,
  addSticky,
  initContentDoc,
  metaMap,
  readMeta,
  readShapes,
  type BoardId,
  type CompanyKey,
} from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call } from '../workshop/support.js';

let server: TestServer;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ roomIdleMs: 50 });
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await server.dispose();
});

function connect(boardId: string, token: string): SyncClient {
  const client = connectClient(server.url, boardId, 'content', token);
  clients.push(client);
  return client;
}

async function allRoomsUnloaded(): Promise<void> {
  for (const client of clients.splice(0)) client.destroy();
  await waitFor(() => server.metrics.rooms.get() === 0, 'every room unloaded');
}

describe('the board’s identity', () => {
  it('refuses a schemaVersion written by a member, and the board loads normally after its room was unloaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const board = await createBoard(server.url);
    const rogue = connect(board.id, board.tokens.members.a!);
    await rogue.synced;
    metaMap(rogue.doc).set('schemaVersion', 99);
    await waitFor(() => rogue.denials.length > 0, 'the refusal');
    expect(rogue.denials[0]).toMatch(/^meta: /);
    warn.mockRestore();
    await allRoomsUnloaded();

    const next = connect(board.id, board.tokens.members.b!);
    await next.synced;
    expect(readMeta(next.doc).meta.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const id = addSticky(next.doc, { x: 0, y: 0, text: '続けられる', company: 'b' as CompanyKey }, 'l');
    const watcher = connect(board.id, board.tokens.facilitator);
    await waitFor(
      () => readShapes(watcher.doc).shapes.some((shape) => shape.id === id),
      'an edit after reload',
    );
  });

  it('repairs a board whose meta a client vandalised before the server guarded it', async () => {
    const id = 'vandalised000001' as BoardId;
    const companies = [
      { key: 'a' as CompanyKey, name: '株式会社あさひ', color: '#2f6fde' },
      { key: 'b' as CompanyKey, name: 'Blue Ocean Inc.', color: '#e0572b' },
    ];
    const doc = new Y.Doc();
    initContentDoc(doc, { title: '本当の題名', companies });
    doc.transact(() => {
      metaMap(doc).set('schemaVersion', 99);
      metaMap(doc).set('title', 'hijacked');
      (metaMap(doc).get('companies') as Y.Array<unknown>).delete(0, 1);
    });
    // A record from before records kept the schema version.
    await server.storage.createBoard(
      {
        id,
        title: '本当の題名',
        locale: 'ja',
        template: 'blank',
        companies,
        createdAt: new Date().toISOString(),
        tokenGeneration: 0,
      },
      new Map([[`${id}/content`, Y.encodeStateAsUpdate(doc)]]),
    );
    const token = await server.auth.sign({ board: id, role: 'member', company: 'a' as CompanyKey }, 0);
    const client = connect(id, token);
    await client.synced;
    expect(readMeta(client.doc).meta).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      title: '本当の題名',
      companies,
    });
    expect((await server.storage.getBoard(id))?.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('lets the facilitator rename the board and its companies through the API, which everyone sees', async () => {
    const board = await createBoard(server.url);
    const member = connect(board.id, board.tokens.members.b!);
    await member.synced;
    const renamed = await call(server.url, 'PATCH', `/api/boards/${board.id}`, board.tokens.facilitator, {
      title: '第二回 提携ワークショップ',
      companies: [{ key: 'b', name: 'Blue Ocean Retail', color: '#00AA88' }],
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      title: '第二回 提携ワークショップ',
      companies: [
        { key: 'a', name: '株式会社あさひ' },
        { key: 'b', name: 'Blue Ocean Retail', color: '#00aa88' },
      ],
    });
    await waitFor(
      () => readMeta(member.doc).meta.title === '第二回 提携ワークショップ',
      'the new title live',
    );
    expect(readMeta(member.doc).meta.companies[1]).toEqual({
      key: 'b',
      name: 'Blue Ocean Retail',
      color: '#00aa88',
    });
    const read = await call(server.url, 'GET', `/api/boards/${board.id}`, board.tokens.observer);
    expect(read.body.title).toBe('第二回 提携ワークショップ');
  });

  it.each<[string, string, unknown, number]>([
    ['a member', 'member', { title: 'mine now' }, 403],
    ['an observer', 'observer', { title: 'mine now' }, 403],
    ['an empty title', 'facilitator', { title: '   ' }, 400],
    ['an unknown company', 'facilitator', { companies: [{ key: 'z', name: 'Z' }] }, 400],
    [
      'two companies with one name',
      'facilitator',
      { companies: [{ key: 'b', name: '株式会社あさひ' }] },
      400,
    ],
    ['a bad colour', 'facilitator', { companies: [{ key: 'a', color: 'red' }] }, 400],
    ['nothing to change', 'facilitator', {}, 400],
  ])('refuses %s and changes nothing', async (_name, role, body, status) => {
    const board = await createBoard(server.url);
    const token =
      role === 'member'
        ? board.tokens.members.a!
        : role === 'observer'
          ? board.tokens.observer
          : board.tokens.facilitator;
    const answer = await call(server.url, 'PATCH', `/api/boards/${board.id}`, token, body);
    expect(answer.status).toBe(status);
    expect(answer.body.error).toEqual(expect.any(String));
    const record = await server.storage.getBoard(board.id as BoardId);
    expect(record?.title).toBe('提携ワークショップ 2026');
    expect(record?.companies.map((company) => company.name)).toEqual(['株式会社あさひ', 'Blue Ocean Inc.']);
  });
});
