// The two pages the render benchmark drives: Kyoso (the real client, built by Vite, served by the
// real server, the board filled over y-websocket) and the baseline (bench/render/baseline, built by
// Vite, served by a tiny static server). Everything listens on 127.0.0.1.
import { spawn } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { addSticky, type CompanyKey } from '@kyoso/shared';
import { configFromEnv, startServer, type RunningServer } from '@kyoso/server';
import { fetchWithin, sleep } from '../lib/processes.js';
import { noteAt } from './layout.js';

const HOST = '127.0.0.1';
const BUILD_TIMEOUT_MS = 120_000;

/** Runs `vite build` (the installed Vite's bin) as a child process; throws with its output if it fails. */
export async function viteBuild(rootDir: string, cwd: string, args: string[]): Promise<void> {
  const vite = join(
    createRequire(join(rootDir, 'package.json')).resolve('vite/package.json'),
    '..',
    'bin',
    'vite.js',
  );
  const child = spawn(process.execPath, [vite, 'build', ...args], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production' },
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

/** Stickies per transaction: ~200 bytes each keeps one update well under the 1 MiB message limit. */
const STICKIES_PER_TRANSACTION = 1000;

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
      const response = await fetchWithin(
        `${base}/api/boards`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            title: `render ${count}`,
            locale: 'en',
            companies: [{ name: 'Alpha' }, { name: 'Beta' }],
          }),
        },
        10_000,
      );
      if (response.status !== 201)
        throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`);
      const board = (await response.json()) as { id: string; tokens: { members: Record<string, string> } };
      const token = board.tokens.members.a;
      if (!token) throw new Error('the new board has no member token for company a');
      await fill(`${base.replace(/^http/, 'ws')}/sync`, `${board.id}/content`, token, count);
      return `${base}/b/${board.id}#token=${encodeURIComponent(token)}`;
    },
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function fill(url: string, room: string, token: string, count: number): Promise<void> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  try {
    await until(() => provider.synced, 20_000, 'the filling client never synced');
    for (let start = 0; start < count; start += STICKIES_PER_TRANSACTION) {
      doc.transact(() => {
        for (let i = start; i < Math.min(count, start + STICKIES_PER_TRANSACTION); i++) {
          const note = noteAt(i, count);
          addSticky(
            doc,
            {
              x: note.x,
              y: note.y,
              w: note.w,
              h: note.h,
              text: note.text,
              company: note.company as CompanyKey,
            },
            'bench',
          );
        }
      }, 'bench');
      await until(
        () => (provider.ws?.bufferedAmount ?? 0) === 0,
        20_000,
        'the filling client could not send',
      );
    }
    // The page waits until it sees every note; this only keeps the socket open long enough to flush.
    await sleep(300);
    if (!provider.wsconnected)
      throw new Error('the filling client was disconnected (rate limit or rejected update?)');
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

async function until(check: () => boolean, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(message);
    await sleep(20);
  }
}
