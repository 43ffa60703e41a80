// The HTTP API of the Contract, against the real server.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenAuthForTest } from './support/tokens.js';
import { createBoard, SAMPLE_BOARD, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});

function boardCount(): number {
  const db = new Database(join(server.dataDir, 'kyoso.db'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM boards').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const post = (body: string, contentType = 'application/json', headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });

describe('POST /api/boards', () => {
  it('creates a board with companies, role tokens and links', async () => {
    const board = await createBoard(server.url, {
      title: '  アライアンス検討会  ',
      template: 'blank',
      locale: 'en',
      companies: [
        { name: '株式会社あさひ', color: '#123ABC' },
        { name: 'Blue Ocean' },
        { name: 'Third Co.' },
      ],
    });
    expect(board.id).toMatch(/^[a-z0-9]{16}$/);
    expect(board.companies).toEqual([
      { key: 'a', name: '株式会社あさひ', color: '#123abc' },
      { key: 'b', name: 'Blue Ocean', color: expect.stringMatching(/^#[0-9a-f]{6}$/) },
      { key: 'c', name: 'Third Co.', color: expect.stringMatching(/^#[0-9a-f]{6}$/) },
    ]);
    expect(Object.keys(board.tokens.members)).toEqual(['a', 'b', 'c']);
    expect(board.links.facilitator).toBe(`${server.url}/b/${board.id}#token=${board.tokens.facilitator}`);
    expect(board.links.members.b).toContain(board.tokens.members.b);

    const auth = createTokenAuthForTest();
    expect((await auth.verify(board.tokens.facilitator))?.principal).toEqual({
      board: board.id,
      role: 'facilitator',
    });
    expect((await auth.verify(board.tokens.observer))?.principal).toEqual({
      board: board.id,
      role: 'observer',
    });
    expect((await auth.verify(board.tokens.members.c!))?.principal).toEqual({
      board: board.id,
      role: 'member',
      company: 'c',
    });

    const info = await fetch(`${server.url}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${board.tokens.members.a}` },
    });
    expect(await info.json()).toMatchObject({
      id: board.id,
      title: 'アライアンス検討会',
      role: 'member',
      company: 'a',
      locale: 'en',
    });
  });

  const invalid: [string, unknown, RegExp][] = [
    ['a body that is not an object', [1, 2], /object/],
    ['a missing title', { ...SAMPLE_BOARD, title: undefined }, /title is required/],
    ['an empty title', { ...SAMPLE_BOARD, title: '   ' }, /title must not be empty/],
    ['a title with control characters', { ...SAMPLE_BOARD, title: 'a\u0007b' }, /control characters/],
    ['a very long title', { ...SAMPLE_BOARD, title: 'あ'.repeat(201) }, /at most 200/],
    ['an unknown template', { ...SAMPLE_BOARD, template: 'nope' }, /template/],
    ['an unknown locale', { ...SAMPLE_BOARD, locale: 'fr' }, /locale/],
    ['companies that are not an array', { ...SAMPLE_BOARD, companies: 'a,b' }, /companies must be an array/],
    ['one company', { ...SAMPLE_BOARD, companies: [{ name: 'Solo' }] }, /2 to 8/],
    [
      'nine companies',
      { ...SAMPLE_BOARD, companies: Array.from({ length: 9 }, (_, i) => ({ name: `C${i}` })) },
      /2 to 8/,
    ],
    ['a company without a name', { ...SAMPLE_BOARD, companies: [{ name: 'A' }, {}] }, /companies\[1\]\.name/],
    [
      'a company that is not an object',
      { ...SAMPLE_BOARD, companies: [{ name: 'A' }, 'B'] },
      /companies\[1\] must be an object/,
    ],
    ['a repeated company', { ...SAMPLE_BOARD, companies: [{ name: 'Acme' }, { name: ' acme ' }] }, /repeats/],
    ['a bad colour', { ...SAMPLE_BOARD, companies: [{ name: 'A', color: 'red' }, { name: 'B' }] }, /#rrggbb/],
  ];
  for (const [label, body, message] of invalid) {
    it(`refuses ${label} with 400 and a reason, creating nothing`, async () => {
      const before = boardCount();
      const res = await post(JSON.stringify(body));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(message);
      expect(boardCount()).toBe(before);
    });
  }

  it('refuses malformed JSON, the wrong content type and an oversized body', async () => {
    const before = boardCount();
    const bad = await post('{"title": ');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'body is not valid JSON' });
    expect((await post(JSON.stringify(SAMPLE_BOARD), 'text/plain')).status).toBe(415);
    const huge = await post(JSON.stringify({ ...SAMPLE_BOARD, pad: 'x'.repeat(2 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(boardCount()).toBe(before);
  });

  it('answers 405 for the wrong method and 404 JSON for unknown endpoints', async () => {
    const res = await fetch(`${server.url}/api/boards`, { method: 'GET' });
    expect(res.status).toBe(405);
    const missing = await fetch(`${server.url}/api/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toHaveProperty('error');
  });

  it('refuses board info without a token, with another board’s token, or for an unknown board', async () => {
    const a = await createBoard(server.url);
    const b = await createBoard(server.url);
    expect((await fetch(`${server.url}/api/boards/${a.id}`)).status).toBe(401);
    const foreign = await fetch(`${server.url}/api/boards/${a.id}`, {
      headers: { authorization: `Bearer ${b.tokens.facilitator}` },
    });
    expect(foreign.status).toBe(403);
    const unknown = await fetch(`${server.url}/api/boards/zzzzzzzzzzzz`, {
      headers: { authorization: `Bearer ${b.tokens.facilitator}` },
    });
    expect(unknown.status).toBe(403);
  });
});

describe('admin token', () => {
  it('when set, creating a board needs it', async () => {
    const locked = await startTestServer({ adminToken: 'admin-secret-token' });
    try {
      const res = await fetch(`${locked.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(SAMPLE_BOARD),
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: string }).error).toMatch(/admin token/);
      const wrong = await createBoard(locked.url, SAMPLE_BOARD, { authorization: 'Bearer nope' }).catch(
        (e: Error) => e,
      );
      expect(wrong).toBeInstanceOf(Error);
      const ok = await createBoard(locked.url, SAMPLE_BOARD, { authorization: 'Bearer admin-secret-token' });
      expect(ok.id).toBeTruthy();
    } finally {
      await locked.dispose();
    }
  });
});

describe('other endpoints', () => {
  it('lists templates with Japanese and English names', async () => {
    const templates = (await (await fetch(`${server.url}/api/templates`)).json()) as {
      id: string;
      name: { ja: string; en: string };
    }[];
    expect(templates.find((t) => t.id === 'blank')).toMatchObject({ name: { ja: '白紙', en: 'Blank' } });
  });

  it('answers /healthz (ready), /healthz/live and /healthz/ready, and serves Prometheus metrics', async () => {
    for (const path of ['/healthz', '/healthz/ready', '/healthz/live']) {
      const health = await fetch(`${server.url}${path}`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true, live: true, ready: true });
    }
    const metrics = await fetch(`${server.url}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await metrics.text();
    for (const name of [
      'kyoso_connections',
      'kyoso_rooms',
      'kyoso_messages_total',
      'kyoso_storage_latency_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
  });
});
