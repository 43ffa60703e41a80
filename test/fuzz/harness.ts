// The fuzzer: random and mutated websocket frames, Yjs updates, awareness messages, upgrades and
// API requests against a live server, while two honest people (the stock y-websocket client)
// keep working on a board of their own. It fails on a crash, a 5xx, an error in the server's log,
// an event loop held up for more than 100 ms (or /healthz slower than 250 ms), and sentinels that
// stop syncing. Every input is made from (seed, index), so a failure names what to replay.
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addSticky, asCompanyKey, asShapeId, createRng, tokenProtocols, type Rng } from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, type CreatedBoard } from '../support/server.js';
import { watchStalls } from '../support/stall.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs } from '../workshop/support.js';
import { randomRequest, type HttpTargets } from './http-inputs.js';
import { pathEscape, randomString } from './values.js';
import { randomFrame } from './ws-inputs.js';

export interface FuzzOptions {
  baseUrl: string;
  inputs: number;
  seed: number;
  /** Callers at once (default 8). */
  lanes?: number;
  /** Whether the server process still runs. */
  alive: () => boolean;
  /** The server's log so far. */
  serverLog: () => string;
  onProgress?: (done: number) => void;
}

export interface FuzzReport {
  seed: number;
  inputs: number;
  seconds: number;
  /** Inputs by kind: frame, upgrade, request. */
  kinds: Record<string, number>;
  /** HTTP answers by status. */
  statuses: Record<string, number>;
  /** Websocket closes by code. */
  closes: Record<string, number>;
  /** Client updates the server checked object by object, by result (from /metrics). */
  updates: { accepted: number; refused: number };
  worstHealthzMs: number;
  worstEventLoopMs: number;
  sentinelRounds: number;
  failures: string[];
}

export const STALL_LIMIT_MS = 100;
export const HEALTHZ_LIMIT_MS = 250;
const PLAYGROUND_INPUTS = 1000;

/**
 * The fuzzed server's settings: the defaults, except board creation and import, whose per-address
 * rate (30 a minute) would otherwise answer most of the fuzzer's imports with 429 unread.
 */
export const FUZZ_SERVER_ENV = { KYOSO_BOARDS_PER_MINUTE: '1000000', KYOSO_JOINS_PER_MINUTE: '1000000' };
const ANSWER_TIMEOUT_MS = 15_000;

interface Context {
  board: string;
  channel: string;
  token: string;
}

/** A board the fuzzer may do anything to with every token; replaced now and then, since the
 *  fuzzer may rotate its links or close it to newcomers. */
interface Playground {
  board: CreatedBoard;
  contexts: Context[];
  tokens: string[];
  ids: string[];
  /** Yjs client ids the fuzzer's copies wrote under: "another writer's" ids to claim. */
  clients: number[];
}

const count = (table: Record<string, number>, key: string | number) => (table[key] = (table[key] ?? 0) + 1);

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { baseUrl, seed } = options;
  const wsBase = baseUrl.replace(/^http/, 'ws') + '/sync';
  const started = performance.now();
  const report: FuzzReport = {
    seed,
    inputs: 0,
    seconds: 0,
    kinds: {},
    statuses: {},
    closes: {},
    updates: { accepted: 0, refused: 0 },
    worstHealthzMs: 0,
    worstEventLoopMs: 0,
    sentinelRounds: 0,
    failures: [],
  };
  const fail = (what: string) => {
    if (report.failures.length < 30) report.failures.push(what);
  };

  // The sentinels' board: the fuzzer holds only a member link of the other company and the
  // observer link there; the two honest people must keep seeing each other's cards.
  const sentinelBoard = await createBoard(baseUrl, {
    title: '見張り Sentinel',
    locale: 'ja',
    companies: [{ name: '株式会社あさひ' }, { name: 'Blue Ocean Inc.' }],
  });
  const honestFacilitator = await joinAs(baseUrl, sentinelBoard, sentinelBoard.tokens.facilitator, '進行役');
  const honestMember = await joinAs(baseUrl, sentinelBoard, sentinelBoard.tokens.members.a!, '田中');
  const sentinels = [honestFacilitator, honestMember].map((p) =>
    connectClient(baseUrl, sentinelBoard.id, 'content', p.token),
  );
  await Promise.all(sentinels.map((s) => withTimeout(s.synced, 10_000, 'a sentinel to sync')));
  const sentinelContexts: Context[] = [
    { board: sentinelBoard.id, channel: 'content', token: sentinelBoard.tokens.members.b! },
    { board: sentinelBoard.id, channel: 'private/b', token: sentinelBoard.tokens.members.b! },
    { board: sentinelBoard.id, channel: 'content', token: sentinelBoard.tokens.observer },
    { board: sentinelBoard.id, channel: 'control', token: sentinelBoard.tokens.members.b! },
  ];
  const sentinelTokens = [sentinelBoard.tokens.members.b!, sentinelBoard.tokens.observer];

  let playground = await newPlayground(baseUrl);
  const boardFile = await exportJson(baseUrl, playground);
  const targets = (): HttpTargets => ({
    boards: [sentinelBoard.id, playground.board.id],
    tokens: [...sentinelTokens, ...playground.tokens],
    ids: playground.ids,
    boardFile,
  });

  await scrapeEventLoop(baseUrl); // resets the server's gauge: what follows is the fuzz
  const healthz = watchStalls(baseUrl);
  let running = true;
  const eventLoopWatch = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ms = await scrapeEventLoop(baseUrl).catch(() => 0);
      report.worstEventLoopMs = Math.max(report.worstEventLoopMs, ms);
      if (ms > STALL_LIMIT_MS) fail(`event loop held up ${ms.toFixed(0)} ms (near input ${report.inputs})`);
    }
  })();

  // The sentinels write company a's cards: the fuzzer's member of company b may not touch them
  // (a card of no company is anyone's to delete).
  let sentinelRound = 0;
  const checkSentinels = async () => {
    const round = ++sentinelRound;
    const [facilitator, member] = sentinels as [SyncClient, SyncClient];
    try {
      writeCard(member.doc, `member-${round}`);
      writeCard(facilitator.doc, `facilitator-${round}`);
      await waitFor(
        () =>
          cardsIn(facilitator.doc).includes(`member-${round}`) &&
          cardsIn(member.doc).includes(`facilitator-${round}`),
        `sentinels to see each other's card ${round}`,
        10_000,
      );
      if (member.denials.length || facilitator.denials.length) {
        fail(`a sentinel was refused: ${[...member.denials, ...facilitator.denials].join('; ')}`);
      }
      report.sentinelRounds = round;
    } catch (error) {
      fail(String(error));
    }
  };

  let next = 0;
  const lane = async () => {
    const slots = new Map<Context, Slot>();
    let laneGround = playground;
    while (next < options.inputs && report.failures.length < 30) {
      const index = next++;
      if (index > 0 && index % PLAYGROUND_INPUTS === 0) {
        playground = await newPlayground(baseUrl);
        await checkSentinels();
      }
      if (laneGround !== playground) {
        for (const slot of slots.values()) slot.retire();
        slots.clear();
        laneGround = playground;
      }
      const rng = createRng((Math.imul(seed, 0x9e3779b1) + index) >>> 0);
      const label = `seed ${seed} input ${index}`;
      const roll = rng.next();
      try {
        if (roll < 0.45) {
          count(report.kinds, 'frame');
          const context = rng.pick([...sentinelContexts, ...playground.contexts]);
          let slot = slots.get(context);
          if (!slot || slot.closed) {
            slot = await openSlot(wsBase, context, report, fail, label);
            slots.set(context, slot);
          }
          if (!slot.closed) await slot.send(randomFrame(rng, slot.doc, playground.clients));
          harvestIds(slot.doc, playground);
        } else if (roll < 0.5) {
          count(report.kinds, 'upgrade');
          await randomUpgrade(rng, wsBase, targets(), report, fail, label);
        } else {
          count(report.kinds, 'request');
          await sendRequest(baseUrl, randomRequest(rng, targets()), playground, report, fail, label);
        }
      } catch (error) {
        fail(`${label}: the fuzzer itself failed: ${String(error)}`);
      }
      report.inputs += 1;
      if (report.inputs % 1000 === 0) options.onProgress?.(report.inputs);
      if (!options.alive()) {
        fail(`the server exited (${label})`);
        break;
      }
    }
    for (const slot of slots.values()) slot.retire();
  };

  await Promise.all(Array.from({ length: options.lanes ?? 8 }, () => lane()));
  running = false;
  await eventLoopWatch;
  report.worstHealthzMs = await healthz.stop().catch((error: unknown) => {
    fail(`/healthz stopped answering: ${String(error)}`);
    return Infinity;
  });
  if (report.worstHealthzMs > HEALTHZ_LIMIT_MS) {
    fail(`/healthz took ${report.worstHealthzMs.toFixed(0)} ms`);
  }
  if (options.alive()) {
    await checkSentinels();
    // Someone joining the sentinels' board now gets everything the sentinels wrote.
    const newcomer = connectClient(baseUrl, sentinelBoard.id, 'content', sentinelBoard.tokens.members.a!);
    try {
      await withTimeout(newcomer.synced, 10_000, 'a newcomer to sync');
      const seen = cardsIn(newcomer.doc).length;
      if (seen < sentinelRound * 2) fail(`a newcomer saw ${seen} of ${sentinelRound * 2} sentinel cards`);
    } catch (error) {
      fail(String(error));
    } finally {
      newcomer.destroy();
    }
  } else {
    fail(`the server is not running at the end; its last words: ${options.serverLog().slice(-800)}`);
  }
  if (options.alive()) report.updates = await scrapeUpdateChecks(baseUrl);
  for (const line of options.serverLog().split('\n')) {
    if (line.includes('"level":"error"')) fail(`server logged: ${line.slice(0, 500)}`);
  }
  for (const sentinel of sentinels) sentinel.destroy();
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

const SENTINEL_PREFIX = 'sentinel-';

function writeCard(doc: Y.Doc, tag: string): void {
  const id = asShapeId(`${SENTINEL_PREFIX}${tag}`)!;
  addSticky(
    doc,
    { id, x: 0, y: 0, text: `見張り ${tag}`, company: asCompanyKey('a'), kind: 'asset' },
    'sentinel',
  );
}

/** The tags of the sentinels' cards in `doc`. */
const cardsIn = (doc: Y.Doc): string[] =>
  [...doc.getMap('shapes').keys()]
    .filter((id) => id.startsWith(SENTINEL_PREFIX))
    .map((id) => id.slice(SENTINEL_PREFIX.length));

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function scrapeEventLoop(baseUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const seconds = /^kyoso_event_loop_delay_max_seconds (\S+)$/m.exec(text)?.[1];
  return Number(seconds ?? 0) * 1000;
}

async function scrapeUpdateChecks(baseUrl: string): Promise<FuzzReport['updates']> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const read = (result: string) =>
    Number(
      new RegExp(`^kyoso_update_checks_total\\{result="${result}"\\} (\\S+)$`, 'm').exec(text)?.[1] ?? 0,
    );
  return { accepted: read('accepted'), refused: read('refused') };
}

async function newPlayground(baseUrl: string): Promise<Playground> {
  const board = await createBoard(baseUrl, {
    title: '遊び場 Playground',
    locale: 'en',
    companies: [{ name: 'Asahi' }, { name: 'Blue Ocean' }, { name: '第三社' }],
  });
  const facilitator = await joinAs(baseUrl, board, board.tokens.facilitator, 'Fac');
  const memberA = await joinAs(baseUrl, board, board.tokens.members.a!, 'メンバーA');
  const memberB = await joinAs(baseUrl, board, board.tokens.members.b!, 'Member B');
  // A few real cards and an open vote round, so that the requests reach past "not found".
  const seedClient = connectClient(baseUrl, board.id, 'content', memberA.token);
  await withTimeout(seedClient.synced, 10_000, 'the playground to sync');
  for (const kind of ['asset', 'gap', 'synergy'] as const) {
    addSticky(seedClient.doc, { x: 0, y: 0, text: `${kind} 種`, company: asCompanyKey('a'), kind }, 'seed');
  }
  const ids = [...seedClient.doc.getMap('shapes').keys(), facilitator.id, memberA.id, memberB.id];
  // Stored once someone joining afterwards gets them.
  const check = connectClient(baseUrl, board.id, 'content', board.tokens.observer);
  await waitFor(() => check.doc.getMap('shapes').size >= 3, 'the seed cards to be stored');
  check.destroy();
  seedClient.destroy();
  await call(baseUrl, 'POST', `/api/boards/${board.id}/votes/rounds`, facilitator.token, {
    rules: { scope: { kind: 'all' }, votesPerPerson: 5, allowMultiple: true },
  });
  const id = board.id;
  const contexts: Context[] = [
    { board: id, channel: 'content', token: facilitator.token },
    { board: id, channel: 'content', token: memberA.token },
    { board: id, channel: 'content', token: board.tokens.members.b! },
    { board: id, channel: 'content', token: board.tokens.observer },
    { board: id, channel: 'control', token: board.tokens.facilitator },
    { board: id, channel: 'private/a', token: memberA.token },
    { board: id, channel: 'private/c', token: board.tokens.members.c! },
    { board: id, channel: 'ledger', token: board.tokens.members.a! },
    { board: id, channel: 'activity', token: board.tokens.observer },
    { board: id, channel: 'participants', token: board.tokens.facilitator },
  ];
  return {
    board,
    contexts,
    tokens: [
      board.tokens.facilitator,
      board.tokens.observer,
      ...Object.values(board.tokens.members),
      facilitator.token,
      memberA.token,
      memberB.token,
    ],
    ids,
    clients: [],
  };
}

async function exportJson(baseUrl: string, ground: Playground): Promise<unknown> {
  const res = await fetch(`${baseUrl}/api/boards/${ground.board.id}/export.json`, {
    headers: { authorization: `Bearer ${ground.board.tokens.facilitator}` },
  });
  if (res.status !== 200) throw new Error(`export.json answered ${res.status}`);
  return res.json();
}

/** Keeps a few of the shape ids a lane's copy of a channel holds, for requests to name. */
function harvestIds(doc: Y.Doc, ground: Playground): void {
  if (!ground.clients.includes(doc.clientID) && ground.clients.length < 64) ground.clients.push(doc.clientID);
  if (ground.ids.length >= 200) return;
  for (const key of doc.getMap('shapes').keys()) {
    if (!ground.ids.includes(key)) ground.ids.push(key);
    if (ground.ids.length >= 200) return;
  }
}

interface Slot {
  socket: WebSocket;
  doc: Y.Doc;
  closed: boolean;
  send(frame: ReturnType<typeof randomFrame>): Promise<void>;
  /** Drops the socket (the fuzzer's own doing: its close is not the server's answer). */
  retire(): void;
}

/** Opens a channel as a raw socket that keeps its copy of the channel from what the server sends. */
async function openSlot(
  wsBase: string,
  context: Context,
  report: FuzzReport,
  fail: (what: string) => void,
  label: string,
): Promise<Slot> {
  const doc = new Y.Doc();
  const socket = new WebSocket(
    `${wsBase}/${context.board}/${context.channel}`,
    tokenProtocols(context.token),
  );
  const slot: Slot = {
    socket,
    doc,
    closed: false,
    send: (frame) =>
      new Promise<void>((resolve) => {
        if (slot.closed || socket.readyState !== WebSocket.OPEN) return resolve();
        socket.send('binary' in frame ? frame.binary : frame.text, () => resolve());
      }),
    retire: () => {
      retired = true;
      socket.terminate();
    },
  };
  let retired = false;
  socket.on('error', () => {});
  socket.on('message', (data: Buffer) => {
    // Sync step 1 or 2 and updates from the server: keep the copy current (best effort).
    if (data[0] !== 0 || (data[1] !== 1 && data[1] !== 2)) return;
    try {
      const payload = new Uint8Array(data.subarray(2));
      let length = 0;
      let shift = 0;
      let at = 0;
      for (; at < payload.length; at++) {
        length += (payload[at]! & 0x7f) * 2 ** shift;
        shift += 7;
        if (payload[at]! < 0x80) break;
      }
      Y.applyUpdate(doc, payload.subarray(at + 1, at + 1 + length));
    } catch {
      // The copy may have diverged through the fuzzer's own refused edits.
    }
  });
  const outcome = await new Promise<'open' | 'closed'>((resolve) => {
    const timer = setTimeout(() => resolve('closed'), ANSWER_TIMEOUT_MS);
    socket.once('open', () => {
      clearTimeout(timer);
      resolve('open');
    });
    socket.once('close', () => {
      clearTimeout(timer);
      resolve('closed');
    });
  });
  socket.on('close', (code) => {
    slot.closed = true;
    if (retired) return;
    count(report.closes, code);
    if (code === 1011 || code === 1006) fail(`${label}: ${context.channel} closed with ${code}`);
  });
  if (outcome === 'closed') slot.closed = true;
  else socket.send(new Uint8Array([0, 0, 1, 0])); // sync step 1: "I have nothing"
  return slot;
}

/** A handshake with a random path, token and subprotocols: refused or accepted, never a 5xx. */
async function randomUpgrade(
  rng: Rng,
  wsBase: string,
  targets: HttpTargets,
  report: FuzzReport,
  fail: (what: string) => void,
  label: string,
): Promise<void> {
  const board = rng.chance(0.8) ? rng.pick(targets.boards) : pathEscape(randomString(rng, 20));
  const channel = rng.pick([
    'content',
    'control',
    'ledger',
    'activity',
    'participants',
    'private/a',
    'private/b',
    'private/..',
    'server/ballots',
    '%E0%A4%A',
    '',
  ]);
  const token = rng.chance(0.8) ? rng.pick(targets.tokens) : randomString(rng, 40);
  let url = `${wsBase}/${board}/${channel}`;
  let protocols: string[] | undefined;
  if (rng.chance(0.5)) url += `?token=${rng.chance(0.9) ? pathEscape(token) : token}`;
  else protocols = rng.chance(0.9) ? tokenProtocols(token) : [`kyoso-token.${randomString(rng, 10)}`];
  let socket: WebSocket;
  try {
    socket = new WebSocket(url, protocols);
  } catch {
    count(report.closes, 'not sent');
    return; // the client library refused to send it
  }
  let opened = false;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      fail(`${label}: no ${opened ? 'close' : 'answer'} after an upgrade of ${url.slice(0, 200)}`);
      socket.terminate();
      resolve();
    }, ANSWER_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    socket.on('error', () => {});
    socket.on('unexpected-response', (req, res) => {
      count(report.statuses, res.statusCode ?? 0);
      if ((res.statusCode ?? 0) >= 500)
        fail(`${label}: upgrade of ${url.slice(0, 200)} answered ${res.statusCode}`);
      req.destroy();
      done();
    });
    socket.on('open', () => {
      opened = true;
      socket.close();
    });
    socket.on('close', (code) => {
      count(report.closes, code);
      if (code === 1011) fail(`${label}: upgrade closed with ${code}`);
      done();
    });
  });
}

async function sendRequest(
  baseUrl: string,
  request: ReturnType<typeof randomRequest>,
  ground: Playground,
  report: FuzzReport,
  fail: (what: string) => void,
  label: string,
): Promise<void> {
  let res: Response;
  try {
    res = await fetch(baseUrl + request.path, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError')
      fail(`${label}: no answer to ${request.method} ${request.path.slice(0, 200)}`);
    count(report.statuses, name === 'TypeError' ? 'not sent or cut' : name);
    return;
  }
  const body = Buffer.from(await res.arrayBuffer());
  count(report.statuses, res.status);
  // 503 "busy" is the documented answer to too many exports at once (retry), not a failure.
  const busy = res.status === 503 && /busy/.test(body.toString());
  if (res.status >= 500 && !busy) {
    fail(
      `${label}: ${request.method} ${request.path.slice(0, 200)} answered ${res.status} ${body.toString().slice(0, 200)}`,
    );
  }
  // Ids in answers (participants, versions, revealed cards) are what later requests should name.
  if (res.headers.get('content-type')?.startsWith('application/json') && body.length < 100_000) {
    const text = body.toString();
    for (const match of text.matchAll(/"id":"([A-Za-z0-9_-]{1,64})"/g)) {
      if (ground.ids.length < 200 && !ground.ids.includes(match[1]!)) ground.ids.push(match[1]!);
    }
  }
}
