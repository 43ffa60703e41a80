import { describe, expect, it } from 'vitest';
import { parseRoute } from './route';

describe('parseRoute', () => {
  it('shows the landing page at the root', () => {
    expect(parseRoute('/')).toEqual({ page: 'landing' });
    expect(parseRoute('/index.html')).toEqual({ page: 'landing' });
  });

  it('opens a board at /b/<id>, with or without a trailing slash', () => {
    expect(parseRoute('/b/abcd1234efgh5678')).toEqual({ page: 'board', boardId: 'abcd1234efgh5678' });
    expect(parseRoute('/b/abcd1234efgh5678/')).toEqual({ page: 'board', boardId: 'abcd1234efgh5678' });
  });

  it('does not accept malformed board ids or other paths', () => {
    expect(parseRoute('/b/')).toEqual({ page: 'notFound' });
    expect(parseRoute('/b/ABC')).toEqual({ page: 'notFound' });
    expect(parseRoute('/b/%E0%A4%A')).toEqual({ page: 'notFound' });
    expect(parseRoute('/b/abcd1234/extra')).toEqual({ page: 'notFound' });
    expect(parseRoute('/admin')).toEqual({ page: 'notFound' });
  });
});
