import { describe, expect, it } from 'vitest';
import { createBoard, fetchTemplates, type CreateBoardRequest, type FetchLike } from './api';

const request: CreateBoardRequest = {
  title: 'Workshop',
  template: 'blank',
  locale: 'ja',
  companies: [{ name: 'A', color: '#2f6fde' }, { name: 'B' }],
};

const created = {
  id: 'abcd1234efgh5678',
  title: 'Workshop',
  locale: 'ja',
  template: 'blank',
  companies: [
    { key: 'c1', name: 'A', color: '#2f6fde' },
    { key: 'c2', name: 'B', color: '#e0572b' },
  ],
  tokens: { facilitator: 'f', observer: 'o', members: { c1: 'm1', c2: 'm2' } },
  links: {
    facilitator: 'http://h/b/abcd1234efgh5678#token=f',
    observer: 'http://h/b/abcd1234efgh5678#token=o',
    members: { c1: 'http://h/b/abcd1234efgh5678#token=m1', c2: 'http://h/b/abcd1234efgh5678#token=m2' },
  },
};

function answering(
  status: number,
  body: unknown,
  seen: { url?: string; init?: RequestInit }[] = [],
): FetchLike {
  return async (url, init) => {
    seen.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  };
}

describe('createBoard', () => {
  it('posts the request as JSON and returns the created board', async () => {
    const seen: { url?: string; init?: RequestInit }[] = [];
    const result = await createBoard(request, { fetch: answering(201, created, seen) });
    expect(result).toEqual({ ok: true, board: created });
    expect(seen[0]?.url).toBe('/api/boards');
    expect(seen[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(seen[0]?.init?.body))).toEqual(request);
    expect((seen[0]?.init?.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('sends an admin token as a bearer token', async () => {
    const seen: { url?: string; init?: RequestInit }[] = [];
    await createBoard(request, { adminToken: ' secret ', fetch: answering(201, created, seen) });
    expect((seen[0]?.init?.headers as Record<string, string>).Authorization).toBe('Bearer secret');
  });

  it('passes on what the server says is wrong', async () => {
    expect(await createBoard(request, { fetch: answering(400, { error: 'companies: 2 to 8' }) })).toEqual({
      ok: false,
      kind: 'invalid',
      message: 'companies: 2 to 8',
    });
  });

  it('tells a missing admin token from a refused one', async () => {
    expect(
      await createBoard(request, { fetch: answering(401, { error: 'admin token required' }) }),
    ).toMatchObject({
      kind: 'unauthorized',
      sentToken: false,
    });
    expect(
      await createBoard(request, { adminToken: 'x', fetch: answering(401, { error: 'bad' }) }),
    ).toMatchObject({
      kind: 'unauthorized',
      sentToken: true,
    });
  });

  it('reports an unreachable server and odd answers', async () => {
    const failing: FetchLike = () => Promise.reject(new TypeError('fetch failed'));
    expect(await createBoard(request, { fetch: failing })).toEqual({ ok: false, kind: 'network' });
    expect(await createBoard(request, { fetch: answering(502, '<html>bad gateway</html>') })).toEqual({
      ok: false,
      kind: 'unexpected',
      status: 502,
      message: '',
    });
    expect(await createBoard(request, { fetch: answering(201, { id: 'x' }) })).toMatchObject({
      kind: 'unexpected',
    });
  });
});

describe('fetchTemplates', () => {
  it('returns the list', async () => {
    const list = [
      { id: 'blank', name: { ja: '白紙', en: 'Blank' }, description: { ja: '説明', en: 'About' } },
    ];
    expect(await fetchTemplates({ fetch: answering(200, list) })).toEqual(list);
  });

  it('throws on an error status or a malformed body', async () => {
    await expect(fetchTemplates({ fetch: answering(500, { error: 'x' }) })).rejects.toThrow();
    await expect(fetchTemplates({ fetch: answering(200, [{ id: 1 }]) })).rejects.toThrow();
    await expect(fetchTemplates({ fetch: answering(200, []) })).rejects.toThrow();
  });
});
