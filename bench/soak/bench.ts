// The soak benchmark: many stock clients on several boards for a long time, against one Kyoso node
// and then two nodes sharing PostgreSQL and Redis (each board's clients split between them). It
// reports the server's memory per idle connection, and per window the edit propagation p99, the
// server's heap and resident memory, and connections lost: nothing dropped, no growth over time.
//
//   npm run bench -- --only soak                       500 clients, 10 boards, 3 minutes per setup
//   npm run bench -- --only soak --minutes 60          an hour (by hand)
//   npm run bench -- --only soak --nodes 1             one node only
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import type { Benchmark, BenchContext } from '../lib/benchmark.js';
import { describeMachine } from '../lib/machine.js';
import { describeExit, fetchWithin, sleep } from '../lib/processes.js';
import { fmt, markdownTable } from '../lib/stats.js';
import { kyosoServer, type RunningServer } from '../sync/servers.js';
import type {
  SoakBoard,
  SoakCommand,
  SoakLoadConfig,
  SoakMessage,
  SoakResult,
  SoakWindow,
} from './messages.js';

/** Two load processes share the clients (one process would be the bottleneck on a small machine). */
const LOAD_PROCESSES = 2;

interface Plan {
  clients: number;
  boards: number;
  minutes: number;
  windowMs: number;
  nodes: number[];
}

function plan(context: BenchContext): Plan {
  const { options, quick } = context;
  const p: Plan = quick
    ? { clients: 100, boards: 4, minutes: 0.5, windowMs: 10_000, nodes: [1, 2] }
    : { clients: 500, boards: 10, minutes: 3, windowMs: 20_000, nodes: [1, 2] };
  const number = (name: string, min: number, max: number): number | null => {
    const raw = options.get(name);
    if (typeof raw !== 'string') return null;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max)
      throw new Error(`--${name} takes ${min} to ${max}`);
    return value;
  };
  p.minutes = number('minutes', 0.25, 600) ?? p.minutes;
  p.clients = number('clients', 10, 2000) ?? p.clients;
  const nodes = options.get('nodes');
  if (typeof nodes === 'string') {
    if (nodes !== '1' && nodes !== '2') throw new Error('--nodes takes 1 or 2');
    p.nodes = [Number(nodes)];
  }
  if (p.minutes * 60_000 < p.windowMs * 3) p.windowMs = Math.max(5000, (p.minutes * 60_000) / 3);
  return p;
}

interface Memory {
  heapBytes: number;
  rssBytes: number;
  connections: number;
}

async function memoryOf(server: RunningServer): Promise<Memory> {
  const text = await (await fetchWithin(`${server.baseUrl}/metrics`, {}, 10_000)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    heapBytes: value('nodejs_heap_size_used_bytes'),
    rssBytes: value('process_resident_memory_bytes'),
    connections: value('kyoso_connections'),
  };
}

/** The servers run with the inspector on a port of their own: the way to collect their garbage. */
const INSPECT = ['--inspect=127.0.0.1:0'];
const inspectors = new WeakMap<RunningServer, string>();

function noteInspector(server: RunningServer): RunningServer {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(server.process.tail())?.[1];
  if (!url) throw new Error(`no inspector address in the server's output:\n${server.process.tail()}`);
  inspectors.set(server, url);
  return server;
}

/** A full garbage collection in the server (the DevTools protocol's HeapProfiler.collectGarbage). */
function collectGarbage(server: RunningServer): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(inspectors.get(server)!);
    socket.once('open', () => socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' })));
    socket.on('message', (data: Buffer) => {
      if ((JSON.parse(data.toString()) as { id?: number }).id !== 1) return;
      socket.close();
      resolve();
    });
    socket.once('error', reject);
  });
}

/** What stays live: read after two full collections in every node. */
async function settledMemory(servers: RunningServer[]): Promise<Memory> {
  for (let i = 0; i < 2; i++) {
    await Promise.all(servers.map(collectGarbage));
    await sleep(500);
  }
  return sumMemory(await Promise.all(servers.map(memoryOf)));
}

interface Setup {
  nodes: number;
  connectMs: number;
  idleBytesPerConnection: number;
  /** Live heap after the workload (clients still connected) minus live heap idle, MB. */
  liveGrowthMB: number;
  idleRssPerConnection: number;
  windows: (SoakWindow & { heapMB: number; rssMB: number })[];
  expected: number;
  observed: number;
  disconnects: Record<string, number>;
}

async function startNodes(
  context: BenchContext,
  count: number,
): Promise<{ nodes: RunningServer[]; cleanup: () => Promise<void> }> {
  if (count === 1) {
    const node = noteInspector(await kyosoServer.start({ rootDir: context.rootDir, nodeArgs: INSPECT }));
    return { nodes: [node], cleanup: () => node.stop() };
  }
  const databaseUrl = process.env.KYOSO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const redisUrl = process.env.KYOSO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const schema = `kyoso_soak_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const env = {
    DATABASE_URL: `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    REDIS_URL: redisUrl,
    KYOSO_REDIS_PREFIX: `${schema}:`,
    // One secret for both, as in any deployment: a link signed by one node works on the other.
    KYOSO_SECRET: randomBytes(32).toString('hex'),
  };
  const nodes: RunningServer[] = [];
  const cleanup = async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  };
  try {
    for (let i = 0; i < count; i++)
      nodes.push(
        noteInspector(await kyosoServer.start({ rootDir: context.rootDir, nodeArgs: INSPECT, env })),
      );
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { nodes, cleanup };
}

function forkLoad(context: BenchContext): ChildProcess {
  return fork(join(context.rootDir, 'bench/soak/load.ts'), [], {
    cwd: context.rootDir,
    execArgv: ['--max-semi-space-size=32', '--conditions=kyoso-src', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

async function runSetup(context: BenchContext, p: Plan, nodeCount: number): Promise<Setup> {
  const label = `${nodeCount} node${nodeCount > 1 ? 's' : ''}`;
  context.progress(`soak, ${label}: starting`);
  const { nodes, cleanup } = await startNodes(context, nodeCount);
  const children: ChildProcess[] = [];
  try {
    const boards: SoakBoard[] = [];
    for (let b = 0; b < p.boards; b++) {
      const target = await nodes[0]!.target(p.clients / p.boards);
      boards.push({ room: target.room, tokens: target.tokens ?? [] });
    }
    const windowCount = Math.max(1, Math.round((p.minutes * 60_000) / p.windowMs));
    let settledAfter = null as Promise<Memory> | null;
    const perProcess = Math.ceil(p.boards / LOAD_PROCESSES);
    const configs: SoakLoadConfig[] = [];
    for (let i = 0; i < p.boards; i += perProcess) {
      configs.push({
        urls: nodes.map((node) => `${node.baseUrl.replace(/^http/, 'ws')}/sync`),
        boards: boards.slice(i, i + perProcess),
        clientsPerBoard: Math.floor(p.clients / p.boards),
        moversPerBoard: 3,
        moveHz: 5,
        cursorHz: 1,
        receiversPerBoard: 5,
        windowMs: p.windowMs,
        windows: windowCount,
        drainMs: 10_000,
        syncTimeoutMs: 120_000,
      });
    }
    const results: SoakResult[] = [];
    const windowParts = new Map<number, SoakWindow[]>();
    const windowMemory = new Map<number, Promise<Memory>>();
    let synced = 0;
    let allSynced: () => void = () => {};
    const everyoneSynced = new Promise<void>((resolve) => (allSynced = resolve));
    let loaded = 0;
    let allLoaded: () => void = () => {};
    const roomsLoaded = new Promise<void>((resolve) => (allLoaded = resolve));
    const done = Promise.all(
      configs.map(
        (config) =>
          new Promise<void>((resolve, reject) => {
            const child = forkLoad(context);
            children.push(child);
            child.on('message', (message: SoakMessage) => {
              if (message.type === 'rooms-loaded' && ++loaded === configs.length) allLoaded();
              else if (message.type === 'synced' && ++synced === configs.length) allSynced();
              else if (message.type === 'window') {
                const index = Math.round(message.window.atS / (p.windowMs / 1000)) - 1;
                const parts = windowParts.get(index) ?? [];
                parts.push(message.window);
                windowParts.set(index, parts);
                if (parts.length === 1)
                  windowMemory.set(index, Promise.all(nodes.map(memoryOf)).then(sumMemory));
                if (parts.length === configs.length) {
                  // The workload has stopped (the clients stay for the drain): what is live now.
                  if (index === windowCount - 1) settledAfter = settledMemory(nodes);
                  const w = mergeWindows(parts);
                  context.progress(
                    `soak, ${label}: ${fmt(w.atS, 0)} s, p99 ${fmt(w.p99)} ms, ${w.disconnected} disconnected`,
                  );
                }
              } else if (message.type === 'result') {
                results.push(message.result);
                resolve();
              } else if (message.type === 'error') reject(new Error(`soak, ${label}: ${message.error}`));
            });
            child.once('exit', (code, signal) => {
              if (results.length < configs.length && code !== 0)
                reject(new Error(`soak, ${label}: load process exited (${describeExit({ code, signal })})`));
            });
            for (const node of nodes)
              void node.process.exit.then((info) =>
                reject(
                  new Error(`soak, ${label}: a node died (${describeExit(info)}):\n${node.process.tail()}`),
                ),
              );
            child.send({ type: 'config', config } satisfies SoakCommand);
          }),
      ),
    );
    await Promise.race([roomsLoaded, done]);
    await sleep(3000);
    const before = await settledMemory(nodes);
    for (const child of children) child.send({ type: 'connect' } satisfies SoakCommand);
    await Promise.race([everyoneSynced, done]);
    const connected = p.boards * Math.floor(p.clients / p.boards);
    context.progress(`soak, ${label}: ${connected} clients synced; measuring idle memory`);
    await sleep(3000);
    const idle = await settledMemory(nodes);
    for (const child of children) child.send({ type: 'go' } satisfies SoakCommand);
    await done;
    if (!settledAfter) throw new Error(`soak, ${label}: the last window never completed`);
    const after = await settledAfter;

    const merged: Setup['windows'] = [];
    for (const [index, parts] of [...windowParts].sort((a, b) => a[0] - b[0])) {
      const memory = await windowMemory.get(index)!;
      merged.push({
        ...mergeWindows(parts),
        heapMB: memory.heapBytes / 2 ** 20,
        rssMB: memory.rssBytes / 2 ** 20,
      });
    }
    const disconnects: Record<string, number> = {};
    for (const result of results)
      for (const [code, count] of Object.entries(result.disconnects))
        disconnects[code] = (disconnects[code] ?? 0) + count;
    return {
      nodes: nodeCount,
      connectMs: Math.max(...results.map((r) => r.connectMs)),
      idleBytesPerConnection: (idle.heapBytes - before.heapBytes) / (connected - p.boards),
      idleRssPerConnection: (idle.rssBytes - before.rssBytes) / (connected - p.boards),
      liveGrowthMB: (after.heapBytes - idle.heapBytes) / 2 ** 20,
      windows: merged,
      expected: results.reduce((sum, r) => sum + r.expected, 0),
      observed: results.reduce((sum, r) => sum + r.observed, 0),
      disconnects,
    };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await cleanup();
  }
}

function sumMemory(each: Memory[]): Memory {
  return each.reduce((a, b) => ({
    heapBytes: a.heapBytes + b.heapBytes,
    rssBytes: a.rssBytes + b.rssBytes,
    connections: a.connections + b.connections,
  }));
}

/** One window from the load processes' parts: counts add up, the p99 is the worst part's. */
function mergeWindows(parts: SoakWindow[]): SoakWindow {
  return {
    atS: Math.max(...parts.map((w) => w.atS)),
    moves: parts.reduce((sum, w) => sum + w.moves, 0),
    observed: parts.reduce((sum, w) => sum + w.observed, 0),
    p50: Math.max(...parts.map((w) => w.p50)),
    p99: Math.max(...parts.map((w) => w.p99)),
    max: Math.max(...parts.map((w) => w.max)),
    disconnected: parts.reduce((sum, w) => sum + w.disconnected, 0),
  };
}

function report(p: Plan, setups: Setup[]): string {
  const machine = describeMachine();
  const lines = [
    '# Soak benchmark',
    '',
    `${machine.date} · ${machine.nproc} cores (${machine.cpuModel}), ${fmt(machine.memoryGiB, 0)} GiB, Node ${machine.node}`,
    '',
    `${p.clients} stock y-websocket clients (\`y-websocket\` WebsocketProvider on \`ws\`) over ${p.boards} boards ` +
      `(${Math.floor(p.clients / p.boards)} each), for ${p.minutes} min per setup in ${fmt(p.windowMs / 1000, 0)} s windows. ` +
      'Per board 3 people drag a shape at 5 Hz and everyone moves a cursor once a second; 5 clients per board ' +
      'time every move. Kyoso from source, SQLite for one node; two nodes share PostgreSQL and Redis, each ' +
      "board's clients alternating between them, so half the moves cross nodes.",
    '',
    markdownTable(
      [
        'setup',
        'connect all',
        'idle heap / connection',
        'idle RSS / connection',
        'moves seen',
        'lost connections',
        'live heap growth',
      ],
      setups.map((s) => [
        `${s.nodes} node${s.nodes > 1 ? 's' : ''}`,
        `${fmt(s.connectMs / 1000)} s`,
        `${fmt(s.idleBytesPerConnection / 1024)} kB`,
        `${fmt(s.idleRssPerConnection / 1024)} kB`,
        `${s.observed} of ${s.expected}`,
        Object.keys(s.disconnects).length === 0
          ? '0'
          : Object.entries(s.disconnects)
              .map(([code, count]) => `${count} × ${code}`)
              .join(', '),
        `${fmt(s.liveGrowthMB)} MB (${fmt((s.liveGrowthMB / p.minutes) * 60)} MB/h)`,
      ]),
    ),
    '',
    'Idle memory: the heap (and resident set) after two full garbage collections with every client',
    'connected and synced but silent, minus the same with one client per board (the rooms loaded),',
    'per added connection (goal: at most 50 kB).',
    'Live heap growth: the heap after two full collections once the workload stops (clients still',
    'connected) minus the same before it started. It holds what the boards legitimately keep (every',
    "move is in the Yjs documents' history) as well as anything leaked. The heap and RSS per window",
    'below are read as they are, garbage included.',
  ];
  for (const s of setups) {
    lines.push('', `## ${s.nodes} node${s.nodes > 1 ? 's' : ''}, over time`, '');
    lines.push(
      markdownTable(
        ['at', 'moves', 'observed', 'p50 ms', 'p99 ms', 'max ms', 'heap MB', 'RSS MB', 'disconnected'],
        s.windows.map((w) => [
          `${fmt(w.atS, 0)} s`,
          String(w.moves),
          String(w.observed),
          fmt(w.p50),
          fmt(w.p99),
          fmt(w.max),
          fmt(w.heapMB),
          fmt(w.rssMB),
          String(w.disconnected),
        ]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

export const soakBenchmark: Benchmark = {
  name: 'soak',
  description: 'hundreds of stock clients over several boards for minutes to hours, one node and two',
  options: {
    minutes: { help: 'minutes per setup (default 3; an hour by hand: 60)', takesValue: true },
    clients: { help: 'clients in all (default 500)', takesValue: true },
    nodes: { help: 'only this setup: 1 (SQLite) or 2 (PostgreSQL and Redis)', takesValue: true },
  },
  async run(context) {
    const p = plan(context);
    const setups: Setup[] = [];
    for (const nodes of p.nodes) setups.push(await runSetup(context, p, nodes));
    const text = report(p, setups);
    process.stdout.write(text);
    writeFileSync(join(context.resultsDir, context.quick ? 'soak-quick.md' : 'soak.md'), text);
    // Broken: a move never arrived, or the server sent clients away.
    return setups.every((s) => s.observed === s.expected && Object.keys(s.disconnects).length === 0);
  },
};
