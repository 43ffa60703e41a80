import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../api';
import { createVersionsApi, type Version } from './versionsApi';

const version: Version = {
  id: 'v1',
  name: 'ワークショップ1の後',
  kind: 'named',
  createdAt: '2026-01-01T10:00:00.000Z',
  createdBy: '進行役',
  shapes: 3,
};

function fakeFetch(answer: (url: string, init?: RequestInit) => Response) {
  const calls: { url: string; method: string; auth: string | null; body: unknown }[] = [];
  const fetch: FetchLike = async (url, init) => {
    const headers = new Headers(init?.headers);
    calls.push({
      url,
      method: init?.method ?? 'GET',
      auth: headers.get('authorization'),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : null,
    });
    return answer(url, init);
  };
  return { fetch, calls };
}

describe('versions API', () => {
  it('lists versions with the facilitator token', async () => {
    const { fetch, calls } = fakeFetch(() => Response.json({ versions: [version] }));
    const result = await createVersionsApi('b1', () => 'tok', { fetch }).list();
    expect(result).toEqual({ ok: true, value: [version] });
    expect(calls).toEqual([
      { url: '/api/boards/b1/versions', method: 'GET', auth: 'Bearer tok', body: null },
    ]);
  });

  it('saves a named version', async () => {
    const { fetch, calls } = fakeFetch(() => Response.json({ version }, { status: 201 }));
    const result = await createVersionsApi('b1', () => 'tok', { fetch }).save('ワークショップ1の後');
    expect(result).toEqual({ ok: true, value: version });
    expect(calls[0]).toMatchObject({ method: 'POST', body: { name: 'ワークショップ1の後' } });
  });

  it('restores and answers the shapes to apply', async () => {
    const saved: Version = { ...version, id: 'v2', kind: 'restore', name: 'before restoring' };
    const shapes = [{ id: 's1', type: 'sticky' }];
    const { fetch, calls } = fakeFetch(() => Response.json({ version, saved, shapes }));
    const result = await createVersionsApi('b1', () => 'tok', { fetch }).restore('v1');
    expect(result).toEqual({ ok: true, value: { version, saved, shapes } });
    expect(calls[0]).toMatchObject({ url: '/api/boards/b1/versions/v1/restore', method: 'POST' });
  });

  it('passes on the server’s reason and refuses answers it does not understand', async () => {
    const refused = fakeFetch(() =>
      Response.json({ error: 'name must be 1 to 100 characters' }, { status: 400 }),
    );
    expect(await createVersionsApi('b1', () => 't', { fetch: refused.fetch }).save('')).toEqual({
      ok: false,
      status: 400,
      message: 'name must be 1 to 100 characters',
    });
    const odd = fakeFetch(() => Response.json({ versions: [{ id: 1 }] }));
    expect(await createVersionsApi('b1', () => 't', { fetch: odd.fetch }).list()).toMatchObject({
      ok: false,
    });
    const down: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await createVersionsApi('b1', () => 't', { fetch: down }).get('v1')).toEqual({
      ok: false,
      status: 0,
      message: '',
    });
  });
});
