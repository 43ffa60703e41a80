// The servers the sync benchmark compares, each started as a child process on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fetchWithin, freePort, startProcess, type ManagedProcess } from '../lib/processes.js';
import type { LoadTarget } from './messages.js';
import type { CheckCost } from './report.js';

export interface RunningServer {
  process: ManagedProcess;
  /** `http://127.0.0.1:<port>`. */
  baseUrl: string;
  /** Where `clients` clients connect (creates the board when the server needs one). */
  target(clients: number): Promise<LoadTarget>;
  /** The server's count of update checks so far, when it keeps one (Kyoso). */
  checks?(): Promise<CheckCost | null>;
  stop(): Promise<void>;
}

export interface ServerKind {
  /** Short name used in tables. */
  name: string;
  /** One line for the results file. */
  description: string;
  /** `env`: settings on top of the bench's own (DATABASE_URL and REDIS_URL for several nodes). */
  start(options: {
    rootDir: string;
    nodeArgs?: string[];
    env?: Record<string, string>;
  }): Promise<RunningServer>;
}

const START_TIMEOUT_MS = 30_000;
const HOST = '127.0.0.1';

/** The parent's environment without anything that would change either server's behaviour. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (key.startsWith('KYOSO_') || key === 'DATABASE_URL' || key === 'REDIS_URL') continue;
    if (key === 'YPERSISTENCE' || key.startsWith('CALLBACK_') || key === 'GC') continue;
    if (key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return env;
}

const builtFor = new Set<string>();

/**
 * Builds what is out of date, as `npm start` does (`tsc -b`, incremental: about a second when
 * nothing changed), once per run: the benchmark measures the server as it ships, not as tsx
 * compiles it on the fly. Like `npm start` it writes shared/dist and server/dist, and a type error
 * anywhere in them stops it.
 */
function buildServer(rootDir: string): void {
  if (builtFor.has(rootDir)) return;
  const require = createRequire(join(rootDir, 'package.json'));
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], {
      cwd: rootDir,
      stdio: 'inherit',
    });
  } catch {
    throw new Error('the server did not build (`tsc -b`, errors above): the benchmark runs the built server');
  }
  if (!existsSync(join(rootDir, 'server/dist/main.js')))
    throw new Error('`tsc -b` made no server/dist/main.js');
  builtFor.add(rootDir);
}

export const kyosoServer: ServerKind = {
  name: 'Kyoso',
  description:
    'Kyoso (`server/dist/main.js`, built as `npm start` builds it): token check at upgrade, every update checked, stored in SQLite (WAL) before broadcast, awareness rewritten and batched',
  async start({ rootDir, nodeArgs = [], env = {} }) {
    buildServer(rootDir);
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'kyoso-bench-'));
    const base = `http://${HOST}:${port}`;
    let proc: ManagedProcess;
    try {
      proc = await startProcess({
        name: 'Kyoso server',
        command: process.execPath,
        args: [...nodeArgs, 'server/dist/main.js'],
        cwd: rootDir,
        env: {
          ...cleanEnv(),
          PORT: String(port),
          HOST,
          DATA_DIR: dataDir,
          // Every load client comes from one address with one of three links: up to 500 sockets
          // each, as many as the room takes (the defaults keep one holder well below that).
          KYOSO_MAX_CONNECTIONS_PER_TOKEN: '500',
          KYOSO_MAX_CONNECTIONS_PER_ADDRESS: '500',
          ...env,
        },
        timeoutMs: START_TIMEOUT_MS,
        ready: async () => (await fetchWithin(`${base}/healthz`, {}, 1000)).ok,
      });
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
    return {
      process: proc,
      baseUrl: base,
      async target(clients) {
        const response = await fetchWithin(
          `${base}/api/boards`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              title: `bench ${clients} clients`,
              locale: 'en',
              companies: [{ name: 'Alpha' }, { name: 'Beta' }, { name: 'Gamma' }],
            }),
          },
          10_000,
        );
        if (response.status !== 201)
          throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`);
        const board = (await response.json()) as { id: string; tokens: { members: Record<string, string> } };
        const tokens = Object.values(board.tokens.members);
        if (tokens.length === 0) throw new Error('the new board has no member tokens');
        return { url: `ws://${HOST}:${port}/sync`, room: `${board.id}/content`, tokens };
      },
      async checks() {
        const response = await fetchWithin(`${base}/metrics`, {}, 5000);
        const text = await response.text();
        const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
        const accepted = value(/^kyoso_update_checks_total\{result="accepted"\} (\S+)$/m);
        const refused = value(/^kyoso_update_checks_total\{result="refused"\} (\S+)$/m);
        const seconds = value(/^kyoso_update_check_seconds_total (\S+)$/m);
        return Number.isFinite(accepted + refused + seconds)
          ? { checked: accepted + refused, seconds }
          : null;
      },
      async stop() {
        await proc.stop(10_000);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

/** The reference: `@y/websocket-server`'s own bin, in memory, no auth, no persistence. */
export const referenceServer: ServerKind = {
  name: 'reference',
  description:
    '`@y/websocket-server` 0.1.1 (its `bin`, `src/server.js`): no auth, no persistence, awareness relayed per message',
  async start({ rootDir, nodeArgs = [] }) {
    const require = createRequire(join(rootDir, 'package.json'));
    const packageJson = require.resolve('@y/websocket-server/package.json');
    const pkg = JSON.parse(readFileSync(packageJson, 'utf8')) as {
      version: string;
      bin: Record<string, string>;
    };
    const bin = pkg.bin['y-websocket-server'] ?? Object.values(pkg.bin)[0];
    if (!bin) throw new Error('@y/websocket-server has no bin');
    const port = await freePort();
    const base = `http://${HOST}:${port}`;
    const proc = await startProcess({
      name: 'reference server',
      command: process.execPath,
      args: [...nodeArgs, join(dirname(packageJson), bin)],
      cwd: rootDir,
      env: { ...cleanEnv(), PORT: String(port), HOST },
      timeoutMs: START_TIMEOUT_MS,
      ready: async () => (await fetchWithin(base, {}, 1000)).ok,
    });
    return {
      process: proc,
      baseUrl: base,
      async target() {
        return { url: `ws://${HOST}:${port}`, room: 'bench-board', tokens: null };
      },
      stop: () => proc.stop(10_000),
    };
  },
};
