// Serves the built client. Hashed assets are cached for good; pages are not, and every path
// that is a client route (/, /b/<id>) gets index.html.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const CLIENT_ROUTE = /^\/(?:b\/[a-z0-9]+\/?)?$/;

export function createStaticHandler(clientDir: string) {
  const root = resolve(clientDir);
  return async function serveStatic(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const relative = CLIENT_ROUTE.test(pathname)
      ? 'index.html'
      : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = resolve(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) return false;
    try {
      if (!(await stat(file)).isFile()) return false;
    } catch {
      return false;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.byteLength,
      'x-content-type-options': 'nosniff',
      'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
