// The sync benchmark's load process: N stock y-websocket clients on one board. Some of them move
// their own shape, all of them send cursor awareness. It measures one window and reports back to
// the parent over IPC. Runs as a child process (fork), never inside the server's process.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { addSticky, shapesMap } from '@kyoso/shared';
import { sendToParent, waitUntil } from '../lib/child.js';
import { connectStockClient } from '../lib/stock-client.js';
import { processCpuMs, sleep } from '../lib/processes.js';
import { quantile, sortedCopy } from '../lib/stats.js';
import type { LoadConfig, LoadMessage, LoadStats } from './messages.js';

const counters = { sent: 0, sentBytes: 0, received: 0, receivedBytes: 0 };

const byteLengthOf = (data: unknown): number => {
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data.byteLength;
  if (Array.isArray(data)) return data.reduce((sum: number, part: Buffer) => sum + part.byteLength, 0);
  if (typeof data === 'string') return Buffer.byteLength(data);
  return 0;
};

/** The `ws` client, counting every message the stock provider sends and receives. */
class CountingWebSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols);
    this.on('message', (data: unknown) => {
      counters.received += 1;
      counters.receivedBytes += byteLengthOf(data);
    });
  }

  override send(data: Parameters<WebSocket['send']>[0], ...rest: unknown[]): void {
    counters.sent += 1;
    counters.sentBytes += byteLengthOf(data);
    Reflect.apply(WebSocket.prototype.send, this, [data, ...rest]);
  }
}

interface Client {
  index: number;
  doc: Y.Doc;
  provider: WebsocketProvider;
}

const ORIGIN = 'bench';
const LOOP_DELAY_RESOLUTION_MS = 10;

const send = (message: LoadMessage): Promise<void> => sendToParent(message);

/** CLOCK_MONOTONIC in µs: the clock of V8 CPU profile timestamps, shared by every process. */
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** Indices of `count` items spread evenly over `total`, starting `phase` (0..1) of a stride in. */
function spread(total: number, count: number, phase = 0): number[] {
  const n = Math.min(total, count);
  return Array.from({ length: n }, (_, i) => Math.floor(((i + phase) * total) / n));
}

async function run(config: LoadConfig): Promise<LoadStats> {
  const { target } = config;
  let measuring = false;
  /** Counting disconnects: from the end of the initial sync until the clients are destroyed. */
  let counting = false;
  const disconnects: Record<string, number> = {};

  // Connect every client and wait for each to finish its first sync.
  await send({ type: 'phase', phase: 'connecting' });
  const connectStart = performance.now();
  const clients: Client[] = [];
  for (let index = 0; index < config.clients; index++) {
    const { doc, provider } = connectStockClient({
      url: target.url,
      room: target.room,
      token: target.tokens ? target.tokens[index % target.tokens.length] : undefined,
      name: `bench-${index}`,
      WebSocketClass: CountingWebSocket,
      disconnects,
      counting: () => counting,
    });
    clients.push({ index, doc, provider });
  }
  await waitUntil(
    () => clients.every((c) => c.provider.synced),
    config.syncTimeoutMs,
    'every client to sync',
  );
  counting = true;
  const connectMs = performance.now() - connectStart;
  await send({ type: 'phase', phase: 'synced' });

  // Movers, spread over the clients, each add their own sticky.
  const movers = spread(config.clients, config.movers).map((index) => {
    const client = clients[index]!;
    const id = addSticky(client.doc, { x: 100 + index * 10, y: 0, text: `mover ${index}` }, ORIGIN);
    const map = shapesMap(client.doc).get(id) as Y.Map<unknown>;
    return { client, id, map, seq: 0, sentAt: new Map<number, number>() };
  });

  // Receivers watch every mover's shape; a move counts as observed when its `y` (the move's
  // sequence number) or a later one arrives.
  // Half a stride off the movers, so that receivers are mostly clients that only watch.
  const receivers = spread(config.clients, config.maxReceivers, 0.5).map((index) => clients[index]!);
  await waitUntil(
    () => receivers.every((r) => movers.every((m) => shapesMap(r.doc).get(m.id) instanceof Y.Map)),
    config.syncTimeoutMs,
    "every mover's shape to reach the receivers",
  );
  const latencies: number[] = [];
  // Per mover, how many receivers should see its moves (a mover does not watch itself).
  const watchers = movers.map((mover) => receivers.filter((r) => r !== mover.client).length);
  let observedInWindow = 0;
  for (const receiver of receivers) {
    const shapes = shapesMap(receiver.doc);
    for (const mover of movers) {
      if (mover.client === receiver) continue;
      const map = shapes.get(mover.id) as Y.Map<unknown>;
      const initial = map.get('y');
      let lastSeen = typeof initial === 'number' ? initial : 0;
      const sentAt = mover.sentAt;
      map.observe((event) => {
        if (event.transaction.local || !event.keysChanged.has('y')) return;
        const y = map.get('y');
        if (typeof y !== 'number' || y <= lastSeen) return;
        const now = performance.now();
        for (let seq = lastSeen + 1; seq <= y; seq++) {
          const t0 = sentAt.get(seq);
          if (t0 !== undefined) {
            latencies.push(now - t0);
            observedInWindow += 1;
          }
        }
        lastSeen = y;
      });
    }
  }

  // The workload: timers with random phases so that clients do not all fire in the same tick.
  const timers: NodeJS.Timeout[] = [];
  const starters: NodeJS.Timeout[] = [];
  let moves = 0;
  let cursorUpdates = 0;
  const every = (hz: number, fn: () => void) => {
    const period = 1000 / hz;
    starters.push(setTimeout(() => timers.push(setInterval(fn, period)), Math.random() * period));
  };
  for (const mover of movers) {
    every(config.moveHz, () => {
      mover.seq += 1;
      const seq = mover.seq;
      const t0 = performance.now();
      if (measuring) mover.sentAt.set(seq, t0);
      mover.client.doc.transact(() => {
        mover.map.set('x', 100 + (seq % 400));
        mover.map.set('y', seq);
      }, ORIGIN);
      moves += 1;
    });
  }
  for (const client of clients) {
    let step = Math.floor(Math.random() * 1000);
    every(config.cursorHz, () => {
      step += 1;
      client.provider.awareness.setLocalStateField('cursor', {
        x: 200 + (step % 500),
        y: 300 + ((step * 7) % 300),
      });
      cursorUpdates += 1;
    });
  }

  await send({ type: 'phase', phase: 'warming-up' });
  await sleep(config.warmupMs);
  const lost = () => clients.filter((c) => !c.provider.wsconnected).length;
  if (lost() === config.clients) throw new Error('every client lost its connection during warm-up');

  // The window: counters and CPU times read at both edges.
  await send({ type: 'phase', phase: 'measuring' });
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
  const start = {
    t: performance.now(),
    mono: monotonicUs(),
    counters: { ...counters },
    moves,
    cursorUpdates,
    serverCpu: processCpuMs(config.serverPid),
    loadCpu: processCpuMs(process.pid),
  };
  loopDelay.enable();
  measuring = true;
  await sleep(config.windowMs);
  measuring = false;
  const end = {
    t: performance.now(),
    mono: monotonicUs(),
    counters: { ...counters },
    moves,
    cursorUpdates,
    serverCpu: processCpuMs(config.serverPid),
    loadCpu: processCpuMs(process.pid),
  };
  loopDelay.disable();
  const trackedMoves = movers.reduce((sum, m) => sum + m.sentAt.size, 0);
  const expectedObservations = movers.reduce((sum, m, i) => sum + m.sentAt.size * watchers[i]!, 0);

  // Let the last in-window moves arrive (the workload keeps running meanwhile).
  await send({ type: 'phase', phase: 'draining' });
  const drainEnd = performance.now() + config.drainMs;
  while (observedInWindow < expectedObservations && performance.now() < drainEnd) await sleep(20);

  for (const timer of starters) clearTimeout(timer);
  for (const timer of timers) clearInterval(timer);
  counting = false;
  for (const client of clients) client.provider.destroy();
  if (trackedMoves === 0) throw new Error('no moves were made in the window');
  if (latencies.length === 0) throw new Error('no receiver observed any move in the window');

  const sorted = sortedCopy(latencies);
  const windowMs = end.t - start.t;
  return {
    windowMs,
    windowMonotonicUs: [start.mono, end.mono],
    connectMs,
    sentMessages: end.counters.sent - start.counters.sent,
    sentBytes: end.counters.sentBytes - start.counters.sentBytes,
    receivedMessages: end.counters.received - start.counters.received,
    receivedBytes: end.counters.receivedBytes - start.counters.receivedBytes,
    moves: end.moves - start.moves,
    cursorUpdates: end.cursorUpdates - start.cursorUpdates,
    serverCpuMs: end.serverCpu - start.serverCpu,
    loadCpuMs: end.loadCpu - start.loadCpu,
    latency: {
      count: sorted.length,
      expected: expectedObservations,
      p50: quantile(sorted, 0.5),
      p90: quantile(sorted, 0.9),
      p99: quantile(sorted, 0.99),
      max: sorted.at(-1) ?? Number.NaN,
      mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    },
    receivers: receivers.length,
    // The histogram holds whole timer periods: what is beyond the resolution is the delay.
    loadLoopDelayP99Ms: Math.max(0, loopDelay.percentile(99) / 1e6 - LOOP_DELAY_RESOLUTION_MS),
    disconnects,
  };
}

process.once('message', (config: LoadConfig) => {
  // Every stock provider adds a process 'exit' listener.
  process.setMaxListeners(config.clients + 20);
  const budget = config.syncTimeoutMs * 2 + config.warmupMs + config.windowMs + config.drainMs + 30_000;
  const watchdog = setTimeout(() => {
    void send({ type: 'error', error: `load process gave up after ${budget} ms` }).then(() =>
      process.exit(1),
    );
  }, budget);
  run(config).then(
    async (stats) => {
      clearTimeout(watchdog);
      await send({ type: 'result', stats });
      process.exit(0);
    },
    async (error: unknown) => {
      clearTimeout(watchdog);
      await send({ type: 'error', error: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    },
  );
});
