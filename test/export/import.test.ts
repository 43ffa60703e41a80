// JSON export → POST /api/boards/import → the same board again, against the real server: shapes
// (template frames, Japanese cards of both companies, a synergy point with its links), ledger
// (an agreement), agenda and locks, and private drafts come back equal, under a new id and new
// tokens that open the board over websocket. Malformed and hostile files are refused with the
// reason, and create nothing: the storage holds no more boards or rooms than before.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '@kyoso/server';
import {
  addSticky,
  createSynergy,
  readShapes,
  setFramesLocked,
  setPhases,
  setShapesLocked,
  updateSynergy,
  DEFAULT_PHASES,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, storedDoc, type Participant } from '../workshop/support.js';

/** Small enough to test the limit with a few MB, above the 1 MiB limit of other bodies. */
const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

let server: TestServer;
let board: CreatedBoard;
let people: Record<'a' | 'b', Participant>;
const clients: SyncClient[] = [];
const ids = {} as Record<'cardA' | 'cardB' | 'synergy', ShapeId>;

interface ExportedFile {
  format: string;
  version: number;
  schemaVersion: number;
  exportedAt: string;
  board: Record<string, unknown>;
  shapes: { id: string; type: string; text: string; company?: string | null }[];
  ledger: Record<string, unknown>[];
  control: { phases: unknown[]; lockFrames: boolean; locked: string[] };
  drafts: Record<string, { text: string }[]>;
}

async function exportJson(boardId: string, token: string): Promise<{ text: string; file: ExportedFile }> {
  const res = await fetch(`${server.url}/api/boards/${boardId}/export.json`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, file: JSON.parse(text) as ExportedFile };
}

async function importFile(body: string | Uint8Array, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/api/boards/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the parsed JSON at will
type EditableFile = any;

/** What the storage holds: every board, and every room that has a stored entry. */
function storedCounts(): { boards: number; rooms: number; boardsWithRooms: string[] } {
  const db = new Database(join(server.dataDir, 'kyoso.db'), { readonly: true, fileMustExist: true });
  try {
    const boards = db.prepare('SELECT count(*) AS n FROM boards').get() as { n: number };
    const rooms = db.prepare('SELECT DISTINCT room FROM room_log').all() as { room: string }[];
    const boardsWithRooms = [...new Set(rooms.map(({ room }) => room.split('/')[0]!))].sort();
    return { boards: boards.n, rooms: rooms.length, boardsWithRooms };
  } finally {
    db.close();
  }
}

const connect = (boardId: string, channel: string, token: string) => {
  const client = connectClient(server.url, boardId, channel, token);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  server = await startTestServer({ limits: { ...DEFAULT_LIMITS, maxImportBytes: MAX_IMPORT_BYTES } });
  board = await createBoard(server.url, {
    title: '提携ワークショップ 2026 春',
    locale: 'ja',
    template: 'synergy-map',
    companies: [{ name: '株式会社あさひ' }, { name: 'ブルーオーシャン株式会社', color: '#e0572b' }],
  });
  people = {
    a: await joinAs(server.url, board, board.tokens.members.a!, '田中 (あさひ)'),
    b: await joinAs(server.url, board, board.tokens.members.b!, 'スミス (ブルー)'),
  };
  const contentA = connect(board.id, 'content', people.a.token);
  const contentB = connect(board.id, 'content', people.b.token);
  const control = connect(board.id, 'control', board.tokens.facilitator);
  const draftsA = connect(board.id, 'private/a', people.a.token);
  await Promise.all([contentA.synced, contentB.synced, control.synced, draftsA.synced]);
  const a = 'a' as CompanyKey;
  const b = 'b' as CompanyKey;
  ids.cardA = addSticky(
    contentA.doc,
    { x: 0, y: 0, text: '全国の物流網', company: a, kind: 'asset' },
    'local',
  );
  ids.cardB = addSticky(
    contentB.doc,
    { x: 400, y: 0, text: '地方の販路が足りない', company: b, kind: 'gap' },
    'local',
  );
  await waitFor(() => readShapes(contentA.doc).shapes.some((s) => s.id === ids.cardB), 'B’s card at A');
  ids.synergy = createSynergy(
    contentA.doc,
    { title: '共同配送で地方へ', from: [ids.cardA], to: [ids.cardB] },
    'local',
  );
  updateSynergy(
    contentA.doc,
    { id: ids.synergy, owners: { a: '田中', b: 'スミス' }, nextStep: '来月に試験運用', due: '2026-12-01' },
    'local',
  );
  addSticky(draftsA.doc, { x: 0, y: 0, text: '下書き: 値引きの余地', kind: 'idea' }, 'local');
  setShapesLocked(control.doc, { ids: [ids.cardA], locked: true }, 'local');
  setFramesLocked(control.doc, true, 'local');
  setPhases(
    control.doc,
    [...DEFAULT_PHASES.slice(0, 3), { id: 'extra', key: null, name: '懇親会', instructions: null }],
    'local',
  );

  const agreed = await call(server.url, 'POST', `/api/boards/${board.id}/agreements`, people.a.token, {
    card: ids.synergy,
    agree: true,
  });
  expect(agreed.status).toBe(200);
  await waitFor(async () => {
    const content = readShapes(await storedDoc(server.storage, `${board.id}/content`)).shapes;
    const synergy = content.find((s) => s.id === ids.synergy);
    return synergy?.type === 'sticky' && synergy.synergy?.nextStep === '来月に試験運用' && content.length > 5;
  }, 'the cards and the synergy point stored');
  await waitFor(
    async () => readShapes(await storedDoc(server.storage, `${board.id}/private/a`)).shapes.length === 1,
    'the draft stored',
  );
  await waitFor(async () => {
    const stored = await storedDoc(server.storage, `${board.id}/control`);
    return (
      stored.getMap('locks').get(ids.cardA) === true && Array.isArray(stored.getMap('control').get('phases'))
    );
  }, 'the locks and the agenda stored');
});
afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.dispose();
});

describe('POST /api/boards/import', () => {
  it('makes a new board equal to the exported one, which opens with the new tokens', async () => {
    const original = await exportJson(board.id, people.a.token);
    expect(original.file.shapes.map((s) => s.text)).toEqual(
      expect.arrayContaining(['全国の物流網', '地方の販路が足りない', '共同配送で地方へ']),
    );
    expect(original.file.shapes.filter((s) => s.type === 'frame').length).toBeGreaterThan(0);
    expect(original.file.shapes.filter((s) => s.type === 'connector').length).toBe(2);
    expect(original.file.ledger).toMatchObject([{ type: 'agreed', card: ids.synergy, company: 'a' }]);
    expect(original.file.drafts.a?.map((d) => d.text)).toEqual(['下書き: 値引きの余地']);

    const before = storedCounts();
    const imported = await importFile(original.text);
    expect(imported.status).toBe(201);
    const created = imported.body as unknown as CreatedBoard & Record<string, unknown>;
    expect(Object.keys(created).sort()).toEqual(
      ['companies', 'id', 'links', 'locale', 'template', 'title', 'tokens'].sort(),
    );
    expect(created.id).not.toBe(board.id);
    expect(created).toMatchObject({
      title: '提携ワークショップ 2026 春',
      locale: 'ja',
      template: 'synergy-map',
    });
    expect(created.companies).toEqual(board.companies);
    expect(Object.keys(created.tokens.members).sort()).toEqual(['a', 'b']);
    expect(created.links.facilitator).toContain(`/b/${created.id}#token=`);
    expect(storedCounts().boards).toBe(before.boards + 1);

    const copy = await exportJson(created.id, created.tokens.members.a!);
    expect(copy.file.shapes).toEqual(original.file.shapes);
    expect(copy.file.ledger).toEqual(original.file.ledger);
    expect(copy.file.control).toEqual(original.file.control);
    expect(copy.file.board).toEqual(original.file.board);
    expect(copy.file.drafts).toEqual(original.file.drafts);
    expect(copy.file.schemaVersion).toBe(original.file.schemaVersion);
    // The facilitator of the copy sees the same board and, as on the original, no drafts.
    const facilitatorCopy = await exportJson(created.id, created.tokens.facilitator);
    expect(facilitatorCopy.file.shapes).toEqual(original.file.shapes);
    expect(facilitatorCopy.file.drafts).toEqual({});

    // The new board opens over websocket with the new tokens, and only with them.
    const live = connect(created.id, 'content', created.tokens.members.b!);
    await live.synced;
    expect(readShapes(live.doc).shapes).toEqual(original.file.shapes);
    const drafts = connect(created.id, 'private/a', created.tokens.members.a!);
    await drafts.synced;
    expect(readShapes(drafts.doc).shapes.map((s) => s.text)).toEqual(['下書き: 値引きの余地']);
    const oldToken = await fetch(`${server.url}/api/boards/${created.id}`, {
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    });
    expect(oldToken.status).toBe(403);
  });

  it('accepts a board file larger than other API bodies, up to its own limit', async () => {
    const { file } = await exportJson(board.id, board.tokens.facilitator);
    const sticky = file.shapes.find((s) => s.id === ids.cardA)!;
    const many = Array.from({ length: 100 }, (_, i) => ({
      ...sticky,
      id: `bulk${i}`,
      text: `大量のカード ${i} `.repeat(1000).slice(0, 9_000),
    }));
    const body = JSON.stringify({ ...file, shapes: [...file.shapes, ...many] });
    expect(Buffer.byteLength(body)).toBeGreaterThan(server.config.limits.maxBodyBytes);
    const imported = await importFile(body);
    expect(imported.status).toBe(201);
  });

  describe('refuses malformed and hostile files with the reason, creating nothing', () => {
    let valid: ExportedFile;
    beforeAll(async () => {
      valid = (await exportJson(board.id, people.a.token)).file;
    });
    const changed = (change: (file: EditableFile) => void): string => {
      const file = structuredClone(valid);
      change(file);
      return JSON.stringify(file);
    };
    const stickyAt = (file: ExportedFile) => file.shapes.findIndex((s) => s.id === ids.cardA);

    const cases: [string, () => string | Uint8Array, number, RegExp][] = [
      ['not JSON', () => '{"format": "kyoso-board", ', 400, /not valid JSON/],
      ['a JSON value that is no object', () => '[1, 2, 3]', 400, /expected an object/],
      [
        'another format',
        () => changed((f) => (f.format = 'miro-board')),
        400,
        /^format: expected "kyoso-board"/,
      ],
      ['version 99', () => changed((f) => (f.version = 99)), 400, /^version: .*not 99/],
      [
        'a NaN-like size',
        () => changed((f) => (f.shapes[stickyAt(f)].w = 'NaN')),
        400,
        /^shapes\[\d+\]\.w: expected a positive number up to 1000000/,
      ],
      [
        'a huge size',
        () => changed((f) => (f.shapes[stickyAt(f)].w = 1e12)),
        400,
        /^shapes\[\d+\]\.w: expected a positive number/,
      ],
      [
        'a negative size',
        () => changed((f) => (f.shapes[stickyAt(f)].h = -1)),
        400,
        /^shapes\[\d+\]\.h: expected a positive number/,
      ],
      [
        'an unknown shape type',
        () => changed((f) => (f.shapes[0].type = 'script')),
        400,
        /^shapes\[0\]\.type: expected one of/,
      ],
      [
        'a dangling connector',
        () => changed((f) => (f.shapes = f.shapes.filter((s: { id: string }) => s.id !== ids.cardB))),
        400,
        /^shapes\[\d+\]\.(from|to): no box shape/,
      ],
      [
        'duplicate ids',
        () => changed((f) => (f.shapes[1].id = f.shapes[0].id)),
        400,
        /^shapes\[1\]\.id: repeats shape/,
      ],
      [
        'a __proto__ payload',
        () => changed((f) => f.shapes.push(JSON.parse('{"__proto__": {"isAdmin": true}, "id": "p1"}'))),
        400,
        /__proto__: the key "__proto__" is not allowed/,
      ],
      [
        '9 companies',
        () =>
          changed((f) => {
            f.board.companies = Array.from({ length: 9 }, (_, i) => ({
              key: `c${i}`,
              name: `会社${i}`,
              color: '#123456',
            }));
          }),
        400,
        /^board\.companies: more than 8/,
      ],
      [
        'a company key unknown to the board',
        () => changed((f) => (f.shapes[stickyAt(f)].company = 'zz')),
        400,
        /company zz is not on this board/,
      ],
      ['a newer schema', () => changed((f) => (f.schemaVersion = 9999)), 400, /^schemaVersion: .*newer/],
      ['a too-large body', () => new Uint8Array(MAX_IMPORT_BYTES + 1).fill(32), 413, /larger than/],
    ];

    it.each(cases)('%s', async (_name, body, status, reason) => {
      const before = storedCounts();
      const answer = await importFile(body());
      expect(answer.status).toBe(status);
      expect(String(answer.body.error)).toMatch(reason);
      // Nothing of a new board; earlier tests' boards may still be writing (their activity).
      const after = storedCounts();
      expect(after.boards).toBe(before.boards);
      expect(after.boardsWithRooms).toEqual(before.boardsWithRooms);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });

    it('needs the admin token when one is configured, like creation', async () => {
      const guarded = await startTestServer({ adminToken: 'admin-secret-token' });
      try {
        const body = JSON.stringify(valid);
        const post = (headers: Record<string, string>) =>
          fetch(`${guarded.url}/api/boards/import`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body,
          });
        expect((await post({})).status).toBe(401);
        expect((await post({ authorization: 'Bearer wrong' })).status).toBe(401);
        expect((await post({ authorization: 'Bearer admin-secret-token' })).status).toBe(201);
      } finally {
        await guarded.dispose();
      }
    });
  });
});
