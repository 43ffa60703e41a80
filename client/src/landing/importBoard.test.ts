import { describe, expect, it } from 'vitest';
import { importResult } from './importBoard';

const created = {
  id: 'b2',
  title: '取り込んだボード',
  locale: 'ja',
  template: 'blank',
  companies: [{ key: 'a', name: 'A社', color: '#112233' }],
  tokens: { facilitator: 'f', observer: 'o', members: { a: 'm' } },
  links: { facilitator: '/b/b2#f', observer: '/b/b2#o', members: { a: '/b/b2#m' } },
};

describe('importResult', () => {
  it('reads the new board like a created one', () => {
    expect(importResult(201, JSON.stringify(created))).toEqual({ ok: true, board: created });
  });

  it('gives the server’s reason for a refused file', () => {
    expect(importResult(400, JSON.stringify({ error: 'shapes[3].x must be a number' }))).toEqual({
      ok: false,
      kind: 'invalid',
      message: 'shapes[3].x must be a number',
    });
    expect(importResult(413, '')).toEqual({ ok: false, kind: 'invalid', message: '413' });
  });

  it('asks for the admin token, and tells a lost connection apart', () => {
    expect(importResult(401, '{"error":"admin token required"}')).toMatchObject({ kind: 'unauthorized' });
    expect(importResult(0, '')).toEqual({ ok: false, kind: 'network' });
    expect(importResult(201, '{"id":1}')).toMatchObject({ ok: false, kind: 'unexpected' });
  });
});
