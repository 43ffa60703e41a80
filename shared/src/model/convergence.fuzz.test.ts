// Seeded convergence fuzzing (DESIGN.md, style 10): several peers run random commands while
// their updates travel through per-peer queues with random delays and order, and peers drop
// off and come back. After everyone has synced, every peer must read the same board, and no
// peer may ever read a malformed shape. A failure prints its seed and the operation log; keep
// failing seeds in REGRESSION_SEEDS.
import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../ids.js';
import { bringToFront, moveShapes, sendToBack, setShapeBounds } from './commands/arrange.js';
import { addConnector, addShape, addSticky, duplicateShapes } from './commands/create.js';
import { CommandError } from './commands/guards.js';
import { deleteShapes } from './commands/remove.js';
import { setColor, setCompanyAndKind, setTitle } from './commands/style.js';
import { deleteText, insertText, setText } from './commands/text.js';
import { createFixtureBoard } from './fixtures.js';
import { readMeta } from './meta.js';
import { createRng, type Rng } from './random.js';
import { isBoxShape, readShapes, type Shape } from './shape.js';
import { CARD_KINDS } from './shapes/fields.js';

const REMOTE = Symbol('remote');
const LOCAL = 'local';

/** Seeds that once failed, named after what they caught; replayed exactly (same peer count). */
const REGRESSION_SEEDS: readonly { name: string; seed: number; peers: number }[] = [
  // setText with half an emoji: the writer kept the lone surrogate, the others read U+FFFD.
  { name: 'lone-surrogate-in-text', seed: 1002, peers: 3 },
];
const RANDOM_SEEDS = Array.from({ length: 30 }, (_, i) => 1000 + i);
const OPS_PER_RUN = 200;
const peersFor = (seed: number): number => 3 + (seed % 2);

interface Message {
  from: number;
  update: Uint8Array;
  deliverAt: number;
}

/** A mesh of peers; each peer has an inbound queue. Offline peers send and receive nothing:
 * messages already in flight are held back, new ones are lost, and reconnecting flushes the
 * held messages and exchanges state vectors with every online peer. */
class Network {
  readonly peers: Y.Doc[] = [];
  readonly online: boolean[] = [];
  private readonly inbox: Message[][] = [];
  tick = 0;

  constructor(
    private readonly rng: Rng,
    count: number,
    initial: Uint8Array,
  ) {
    for (let i = 0; i < count; i++) {
      const doc = new Y.Doc();
      doc.clientID = i + 1; // fixed ids: a seed replays exactly
      Y.applyUpdate(doc, initial, REMOTE);
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE) this.send(i, update);
      });
      this.peers.push(doc);
      this.online.push(true);
      this.inbox.push([]);
    }
  }

  private send(from: number, update: Uint8Array): void {
    if (!this.online[from]) return;
    this.peers.forEach((_, to) => {
      if (to !== from && this.online[to])
        this.inbox[to]!.push({ from, update, deliverAt: this.tick + this.rng.int(0, 12) });
    });
  }

  private syncMessage(from: number, to: number): void {
    const update = Y.encodeStateAsUpdate(this.peers[from]!, Y.encodeStateVector(this.peers[to]!));
    this.inbox[to]!.push({ from, update, deliverAt: this.tick + this.rng.int(0, 6) });
  }

  /** Delivers one due message to a random online peer, in random order. */
  deliverOne(): boolean {
    const candidates = this.inbox
      .map((queue, to) => ({ to, due: queue.filter((m) => m.deliverAt <= this.tick && this.online[m.from]) }))
      .filter(({ to, due }) => this.online[to] && due.length > 0);
    if (candidates.length === 0) return false;
    const { to, due } = this.rng.pick(candidates);
    const message = this.rng.pick(due);
    const queue = this.inbox[to]!;
    queue.splice(queue.indexOf(message), 1);
    Y.applyUpdate(this.peers[to]!, message.update, REMOTE);
    return true;
  }

  setOnline(peer: number, online: boolean): void {
    if (this.online[peer] === online) return;
    this.online[peer] = online;
    if (!online) return;
    this.peers.forEach((_, other) => {
      if (other !== peer && this.online[other]) {
        this.syncMessage(peer, other);
        this.syncMessage(other, peer);
      }
    });
  }

  /** Everyone back online, every queued message delivered, then direct state-vector sync. */
  settle(): void {
    this.peers.forEach((_, i) => this.setOnline(i, true));
    this.tick += 1_000;
    while (this.deliverOne());
    for (const a of this.peers)
      for (const b of this.peers)
        if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), REMOTE);
  }
}

const WORDS = ['synergy', '共創', 'logistics', ' ', '販路', '😀', 'R&D', '\n', 'goal', 'ｶﾅ'];
const COLORS = ['#ffe066', '#2f6fde', '#e0572b', null];
const COMPANIES = ['acme', 'kumo', null] as (CompanyKey | null)[];

type Op = { name: string; args: Record<string, unknown>; run: (doc: Y.Doc) => unknown };

/** A random command aimed at what this peer currently sees (so most are valid). */
function randomOp(rng: Rng, shapes: Shape[], nextId: () => ShapeId): Op {
  const boxes = shapes.filter(isBoxShape);
  const some = (from: Shape[], max: number): ShapeId[] =>
    Array.from({ length: rng.int(1, max) }, () => rng.pick(from).id);
  const word = (): string => rng.pick(WORDS);
  const op = <A extends object>(name: string, args: A, run: (doc: Y.Doc, args: A) => unknown): Op => ({
    name,
    args: args as Record<string, unknown>,
    run: (doc) => run(doc, args),
  });
  const choices: (() => Op)[] = [
    () =>
      op(
        'addSticky',
        {
          id: nextId(),
          x: rng.int(-2000, 2000),
          y: rng.int(-2000, 2000),
          text: word(),
          company: rng.pick(COMPANIES),
          kind: rng.pick([...CARD_KINDS, null]),
        },
        (d, a) => addSticky(d, a, LOCAL),
      ),
    () => {
      const type = rng.pick(['rect', 'ellipse', 'text', 'frame'] as const);
      const big = type === 'frame' ? 4 : 1;
      return op(
        'addShape',
        {
          id: nextId(),
          type,
          x: rng.int(-2000, 2000),
          y: rng.int(-2000, 2000),
          w: rng.int(20, 300) * big,
          h: rng.int(20, 300) * big,
          text: word(),
        },
        (d, a) => addShape(d, a, LOCAL),
      );
    },
  ];
  if (boxes.length >= 2) {
    const [from, to] = [rng.pick(boxes).id, rng.pick(boxes).id];
    choices.push(() =>
      op('addConnector', { id: nextId(), from, to, text: word() }, (d, a) => addConnector(d, a, LOCAL)),
    );
  }
  if (shapes.length > 0) {
    choices.push(
      () =>
        op('moveShapes', { ids: some(shapes, 3), dx: rng.int(-300, 300), dy: rng.int(-300, 300) }, (d, a) =>
          moveShapes(d, a, LOCAL),
        ),
      () => op('deleteShapes', { ids: some(shapes, 2) }, (d, a) => deleteShapes(d, a, LOCAL)),
      () =>
        op('duplicateShapes', { ids: some(shapes, 2), newId: nextId }, (d, a) =>
          duplicateShapes(d, a, LOCAL),
        ),
      () =>
        op('setColor', { ids: some(shapes, 2), color: rng.pick(COLORS) }, (d, a) => setColor(d, a, LOCAL)),
      () => op('bringToFront', { ids: some(shapes, 2) }, (d, a) => bringToFront(d, a, LOCAL)),
      () => op('sendToBack', { ids: some(shapes, 2) }, (d, a) => sendToBack(d, a, LOCAL)),
      () => {
        const shape = rng.pick(shapes);
        const at = rng.int(0, shape.text.length);
        return op(
          'setText',
          { id: shape.id, text: shape.text.slice(0, at) + word() + shape.text.slice(at + rng.int(0, 3)) },
          (d, a) => setText(d, a, LOCAL),
        );
      },
      () => {
        const shape = rng.pick(shapes);
        return op(
          'insertText',
          { id: shape.id, index: rng.int(0, shape.text.length), text: word() },
          (d, a) => insertText(d, a, LOCAL),
        );
      },
      () => {
        const shape = rng.pick(shapes);
        const index = rng.int(0, shape.text.length);
        return op(
          'deleteText',
          { id: shape.id, index, length: rng.int(0, shape.text.length - index) },
          (d, a) => deleteText(d, a, LOCAL),
        );
      },
    );
  }
  if (boxes.length > 0) {
    const box = rng.pick(boxes);
    choices.push(() =>
      op(
        'setShapeBounds',
        { id: box.id, x: box.x + rng.int(-50, 50), y: box.y, w: rng.int(10, 600), h: rng.int(10, 600) },
        (d, a) => setShapeBounds(d, a, LOCAL),
      ),
    );
  }
  const stickies = shapes.filter((shape) => shape.type === 'sticky');
  if (stickies.length > 0)
    choices.push(() =>
      op(
        'setCompanyAndKind',
        {
          ids: some(stickies, 2),
          company: rng.pick([...COMPANIES, undefined]),
          kind: rng.pick([...CARD_KINDS, null, undefined]),
        },
        (d, a) => setCompanyAndKind(d, a, LOCAL),
      ),
    );
  choices.push(() => op('setTitle', { title: `${word()} ${word()}` }, (d, a) => setTitle(d, a, LOCAL)));
  return rng.pick(choices)();
}

/** Runs one seeded session; returns its log, throws (with the log attached) when peers diverge. */
function runSession(seed: number, peerCount: number, ops: number): string[] {
  const rng = createRng(seed);
  const log: string[] = [`seed ${seed}, ${peerCount} peers, ${ops} ops`];
  const net = new Network(rng, peerCount, Y.encodeStateAsUpdate(createFixtureBoard(`fuzz ${seed}`)));
  let counter = 0;
  const nextId = (): ShapeId => `f${counter++}` as ShapeId;
  try {
    for (let step = 0; step < ops; step++) {
      net.tick++;
      const peer = rng.int(0, peerCount - 1);
      if (rng.chance(0.06)) {
        const online = !net.online[peer];
        log.push(`#${step} p${peer} ${online ? 'reconnects' : 'disconnects'}`);
        net.setOnline(peer, online);
      } else {
        const doc = net.peers[peer]!;
        const op = randomOp(rng, readShapes(doc).shapes, nextId);
        const entry = `#${step} p${peer} ${op.name} ${JSON.stringify(op.args)}`;
        try {
          op.run(doc);
          log.push(entry);
        } catch (error) {
          if (!(error instanceof CommandError)) throw error;
          log.push(`${entry} -> refused: ${error.message}`);
        }
      }
      for (let n = rng.int(0, 4); n > 0; n--) net.deliverOne();
      // Out of causal order, Yjs applies a delete before the value replacing it arrives, so a
      // shape can briefly read as incomplete. Once nothing is pending it must read whole.
      for (const [i, doc] of net.peers.entries()) {
        if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) continue;
        const { problems } = readShapes(doc);
        if (problems.length > 0)
          throw new Error(
            `p${i} has nothing pending yet reads malformed shapes: ${JSON.stringify(problems)}`,
          );
      }
    }
    net.settle();
    const [first, ...rest] = net.peers.map((doc) => ({
      shapes: readShapes(doc),
      meta: readMeta(doc),
      stateVector: Y.encodeStateVector(doc),
    }));
    expect(first!.shapes.problems).toEqual([]);
    expect(first!.meta.problems).toEqual([]);
    rest.forEach((other) => expect(other).toEqual(first));
    return log;
  } catch (error) {
    console.error(`Convergence failure. Replay with seed ${seed}. Operations:\n${log.join('\n')}`);
    throw error;
  }
}

describe('convergence under random concurrent commands', () => {
  it.each(REGRESSION_SEEDS)('regression seed $name ($seed) converges', ({ seed, peers }) => {
    runSession(seed, peers, OPS_PER_RUN);
  });

  it.each(RANDOM_SEEDS)('seed %i: all peers read the same board after sync', (seed) => {
    const log = runSession(seed, peersFor(seed), OPS_PER_RUN);
    // The run must really have exercised concurrency, not only refusals.
    expect(
      log.filter(
        (line) =>
          / (add|move|delete|duplicate|set|insert|bring|send)\w* \{/.test(line) && !line.includes('refused'),
      ).length,
    ).toBeGreaterThan(OPS_PER_RUN / 2);
  });
});
