// The soak benchmark's load process: stock y-websocket clients on several boards, connected and
// left idle until the parent has measured the server, then a steady workshop load (a few people
// per board dragging shapes, everyone moving a cursor) for many windows, each reported as it ends.
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addSticky, shapesMap } from '@kyoso/shared';
import { sendToParent, waitUntil } from '../lib/child.js';
import { connectStockClient } from '../lib/stock-client.js';
import { sleep } from '../lib/processes.js';
import { quantile, sortedCopy } from '../lib/stats.js';
import type { SoakCommand, SoakLoadConfig, SoakMessage, SoakResult, SoakWindow } from './messages.js';

const ORIGIN = 'soak';

const send = (message: SoakMessage): Promise<void> => sendToParent(message);

let go: () => void = () => {};
const started = new Promise<void>((resolve) => (go = resolve));
let connectRest: () => void = () => {};
const connecting = new Promise<void>((resolve) => (connectRest = resolve));

interface Mover {
  map: Y.Map<unknown>;
  doc: Y.Doc;
  seq: number;
  sentAt: Map<number, number>;
  watchers: number;
}

async function run(config: SoakLoadConfig): Promise<SoakResult> {
  const disconnects: Record<string, number> = {};
  let counting = false;
  const connect = (board: SoakLoadConfig['boards'][number], i: number) =>
    connectStockClient({
      url: config.urls[i % config.urls.length]!,
      room: board.room,
      token: board.tokens[i % board.tokens.length]!,
      name: `soak-${i}`,
      WebSocketClass: WebSocket,
      disconnects,
      counting: () => counting,
    });
  // One client per board first, so that the boards' rooms are loaded when the parent reads the
  // server's memory; what the other connections add is then theirs alone.
  const boards = config.boards.map((board) => [connect(board, 0)]);
  await waitUntil(() => boards.every(([c]) => c!.provider.synced), config.syncTimeoutMs, 'the first clients');
  await send({ type: 'rooms-loaded' });
  await connecting;
  const connectStart = performance.now();
  config.boards.forEach((board, b) => {
    for (let i = 1; i < config.clientsPerBoard; i++) boards[b]!.push(connect(board, i));
  });
  const clients = boards.flat();
  await waitUntil(
    () => clients.every((c) => c.provider.synced),
    config.syncTimeoutMs,
    'every client to sync',
  );
  const connectMs = performance.now() - connectStart;
  counting = true;
  await send({ type: 'synced' });
  await started;

  // Per board: movers (each its own sticky) and the receivers that time their moves.
  const movers: Mover[] = [];
  const latencies: number[] = [];
  let observedTotal = 0;
  for (const board of boards) {
    const stride = Math.max(1, Math.floor(board.length / config.moversPerBoard));
    const boardMovers = Array.from({ length: config.moversPerBoard }, (_, m) => {
      const { doc } = board[m * stride]!;
      const id = addSticky(doc, { x: m * 200, y: 0, text: `mover ${m}` }, ORIGIN);
      return {
        doc,
        map: shapesMap(doc).get(id) as Y.Map<unknown>,
        id,
        seq: 0,
        sentAt: new Map(),
        watchers: 0,
      };
    });
    const rstride = Math.max(1, Math.floor(board.length / config.receiversPerBoard));
    const receivers = Array.from(
      { length: config.receiversPerBoard },
      (_, r) => board[(r * rstride + 1) % board.length]!,
    );
    await waitUntil(
      () => receivers.every((r) => boardMovers.every((m) => shapesMap(r.doc).get(m.id) instanceof Y.Map)),
      config.syncTimeoutMs,
      "every mover's shape to reach the receivers",
    );
    for (const mover of boardMovers) {
      for (const receiver of receivers) {
        if (receiver.doc === mover.doc) continue;
        mover.watchers += 1;
        const map = shapesMap(receiver.doc).get(mover.id) as Y.Map<unknown>;
        let lastSeen = 0;
        map.observe((event) => {
          if (event.transaction.local || !event.keysChanged.has('y')) return;
          const y = map.get('y');
          if (typeof y !== 'number' || y <= lastSeen) return;
          const now = performance.now();
          for (let seq = lastSeen + 1; seq <= y; seq++) {
            const t0 = mover.sentAt.get(seq);
            if (t0 === undefined) continue;
            latencies.push(now - t0);
            observedTotal += 1;
          }
          lastSeen = y;
        });
      }
      movers.push(mover);
    }
  }

  const timers: NodeJS.Timeout[] = [];
  const every = (hz: number, fn: () => void) => {
    const period = 1000 / hz;
    timers.push(setTimeout(() => timers.push(setInterval(fn, period)), Math.random() * period));
  };
  let moves = 0;
  for (const mover of movers) {
    every(config.moveHz, () => {
      mover.seq += 1;
      mover.sentAt.set(mover.seq, performance.now());
      const seq = mover.seq;
      mover.doc.transact(() => {
        mover.map.set('x', (seq * 7) % 600);
        mover.map.set('y', seq);
      }, ORIGIN);
      moves += 1;
    });
  }
  for (const { provider } of clients) {
    let step = Math.floor(Math.random() * 1000);
    every(config.cursorHz, () => {
      step += 1;
      provider.awareness.setLocalStateField('cursor', { x: step % 800, y: (step * 7) % 600 });
    });
  }

  const workStart = performance.now();
  const windows: SoakWindow[] = [];
  for (let w = 0; w < config.windows; w++) {
    const movesBefore = moves;
    latencies.length = 0;
    await sleep(config.windowMs);
    const sorted = sortedCopy(latencies);
    const window: SoakWindow = {
      atS: (performance.now() - workStart) / 1000,
      moves: moves - movesBefore,
      observed: sorted.length,
      p50: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
      max: sorted.at(-1) ?? Number.NaN,
      disconnected: clients.filter((c) => !c.provider.wsconnected).length,
    };
    windows.push(window);
    await send({ type: 'window', window });
  }
  for (const timer of timers) {
    clearTimeout(timer);
    clearInterval(timer);
  }
  const expected = movers.reduce((sum, m) => sum + m.sentAt.size * m.watchers, 0);
  const drainEnd = performance.now() + config.drainMs;
  while (observedTotal < expected && performance.now() < drainEnd) await sleep(50);
  counting = false;
  for (const { provider } of clients) provider.destroy();
  return { connectMs, windows, expected, observed: observedTotal, disconnects };
}

process.on('message', (command: SoakCommand) => {
  if (command.type === 'go') return go();
  if (command.type === 'connect') return connectRest();
  const { config } = command;
  // Every stock provider adds a process 'exit' listener.
  process.setMaxListeners(config.boards.length * config.clientsPerBoard + 20);
  run(config).then(
    async (result) => {
      await send({ type: 'result', result });
      process.exit(0);
    },
    async (error: unknown) => {
      await send({ type: 'error', error: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    },
  );
});
