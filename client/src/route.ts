// Which page a path shows. Pure (no DOM).
import { asBoardId, type BoardId } from '@kyoso/shared';

export type Route = { page: 'landing' } | { page: 'board'; boardId: BoardId } | { page: 'notFound' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '' || pathname === '/index.html') return { page: 'landing' };
  const match = /^\/b\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1]) {
    let raw: string;
    try {
      raw = decodeURIComponent(match[1]);
    } catch {
      return { page: 'notFound' };
    }
    const boardId = asBoardId(raw);
    if (boardId) return { page: 'board', boardId };
  }
  return { page: 'notFound' };
}
