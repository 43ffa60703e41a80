// Serves the built client. Hashed assets are cached for good; pages are not, and every path
// that is a client route (/, /b/<id>) gets index.html. A file the build also wrote compressed
// (`app.js.br`, `app.js.gz`: client/vite.config.ts) is sent in that form to a client that takes
// it, so nothing is compressed per request.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { accepts, PRECOMPRESSED, type Encoding } from './content-encoding.js';
import { sendJson } from './http-error.js';

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

/**
 * The pages run only the bundle's own scripts and talk only to this server (websockets included:
 * CSP 3's 'self' covers ws/wss of the same host); no other site may frame them, and no link out
 * tells the next site which board (and token) it came from. React and Konva set styles through
 * the DOM, which 'unsafe-inline' for styles only is needed for; scripts never run inline.
 */
export const PAGE_SECURITY_HEADERS = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

/** The file a request path names, or null for a path that does not decode (`/%E0%A4%A`). */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return null;
  }
}

export function createStaticHandler(clientDir: string) {
  const root = resolve(clientDir);
  return async function serveStatic(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const relative = CLIENT_ROUTE.test(pathname) ? 'index.html' : decodedPath(pathname);
    if (relative === null) {
      sendJson(res, 400, { error: 'malformed path: it does not decode as UTF-8' });
      return true;
    }
    const file = resolve(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) return false;
    if (!(await isFile(file))) return false;
    const compressed = await precompressed(file, req.headers['accept-encoding']);
    const body = await readFile(compressed?.file ?? file);
    res.writeHead(200, {
      ...PAGE_SECURITY_HEADERS,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.byteLength,
      'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(compressed ? { 'content-encoding': compressed.encoding } : {}),
      // Caches keep one copy per encoding; a file with none has only one form.
      ...(compressed || (await hasPrecompressed(file)) ? { vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The best precompressed copy of `file` the client takes, if the build wrote one. */
async function precompressed(
  file: string,
  acceptEncoding: string | undefined,
): Promise<{ file: string; encoding: Encoding } | null> {
  for (const { encoding, suffix } of PRECOMPRESSED)
    if (accepts(acceptEncoding, encoding) && (await isFile(file + suffix)))
      return { file: file + suffix, encoding };
  return null;
}

async function hasPrecompressed(file: string): Promise<boolean> {
  for (const { suffix } of PRECOMPRESSED) if (await isFile(file + suffix)) return true;
  return false;
}
