// Serving what the render benchmark drives: Kyoso (the real client, built by Vite with the bench
// hook, served by the real server, the board imported as a board file) and the peers' pages
// (built by Vite, served by a tiny static server). Everything listens on 127.0.0.1.
import { spawn } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { indicesBetween } from '@kyoso/shared';
import { configFromEnv, startServer, type RunningServer } from '@kyoso/server';
import { fetchWithin } from '../lib/processes.js';
import { noteAt } from './layout.js';

const HOST = '127.0.0.1';
const BUILD_TIMEOUT_MS = 120_000;

/** Runs `vite build` (the installed Vite's bin) as a child process; throws with its output if it fails. */
export async function viteBuild(
  rootDir: string,
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<void> {
  const vite = join(
    createRequire(join(rootDir, 'package.json')).resolve('vite/package.json'),
    '..',
    'bin',
    'vite.js',
  );
  const child = spawn(process.execPath, [vite, 'build', ...args], {
    cwd,
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000)));
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000)));
  const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', (c) => resolve(c));
    child.once('error', () => resolve(-1));
  });
  clearTimeout(timer);
  if (code !== 0) throw new Error(`vite build in ${cwd} failed (${String(code)}):\n${output}`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** Serves a built directory on 127.0.0.1 (an ephemeral port). */
export async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${HOST}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface KyosoApp {
  url: string;
  /** Creates a board with `count` stickies; resolves to the member link (company a). */
  board(count: number): Promise<string>;
  close(): Promise<void>;
}

/** The real server (in this process, from source) serving the built client. */
export async function startKyoso(clientDir: string): Promise<KyosoApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kyoso-render-'));
  let server: RunningServer;
  try {
    server = await startServer(configFromEnv({}, { port: 0, host: HOST, dataDir, clientDir }));
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const base = server.url;
  return {
    url: base,
    async board(count) {
      const board = await importBoard(base, count);
      const token = board.tokens.members.a;
      if (!token) throw new Error('the new board has no member token for company a');
      return `${base}/b/${board.id}#token=${encodeURIComponent(token)}`;
    },
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

type Created = { id: string; tokens: { facilitator: string; members: Record<string, string> } };

/**
 * A board of `count` stickies, made as a person would bring one: the board file of a fresh board
 * (its export), its shapes replaced by the notes, imported in one request. Filling a board over a
 * websocket instead takes long enough at tens of thousands of notes for the stock client to give
 * up on a server that sends it nothing meanwhile (its 30 s message timeout).
 */
async function importBoard(base: string, count: number): Promise<Created> {
  const post = async (path: string, body: string): Promise<Created> => {
    const response = await fetchWithin(
      `${base}${path}`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body },
      120_000,
    );
    if (response.status !== 201)
      throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as Created;
  };
  const blank = await post(
    '/api/boards',
    JSON.stringify({
      title: `render ${count}`,
      locale: 'en',
      companies: [{ name: 'Alpha' }, { name: 'Beta' }],
    }),
  );
  const exported = await fetchWithin(
    `${base}/api/boards/${blank.id}/export.json`,
    { headers: { authorization: `Bearer ${blank.tokens.facilitator}` } },
    20_000,
  );
  if (exported.status !== 200) throw new Error(`the blank board's export answered ${exported.status}`);
  const file = (await exported.json()) as { shapes: unknown[] };
  const indices = indicesBetween(null, null, count);
  file.shapes = Array.from({ length: count }, (_, i) => {
    const note = noteAt(i, count);
    return {
      id: `note-${i}`,
      type: 'sticky',
      ...{ x: note.x, y: note.y, w: note.w, h: note.h },
      index: indices[i],
      color: null,
      text: note.text,
      company: note.company,
      kind: null,
    };
  });
  return post('/api/boards/import', JSON.stringify(file));
}
