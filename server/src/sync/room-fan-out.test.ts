// A room with a fan-out: two "nodes" in this process share one store and an in-memory hub that
// can lose messages, which makes the catch-up paths deterministic.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { BoardId } from '@kyoso/shared';
import { silentLogger } from '../log.js';
import { Metrics } from '../metrics.js';
import { MemoryFanOutHub } from '../scale/memory-fan-out.js';
import type { FanOut } from '../scale/fan-out.js';
import { openSqliteStorage } from '../storage/sqlite.js';
import type { Storage } from '../storage/storage.js';
import { decodeEntries, encodeEntries, type AwarenessEntry } from './awareness-guard.js';
import type { Writer } from '../trust/writer.js';
import { Room, type Peer, type RoomOptions } from './room.js';

const KEY = 'board/content';
/** These rooms have no guard: who writes does not matter to them. */
const WRITER: Writer = { principal: { board: 'board' as BoardId, role: 'facilitator' }, participant: null };
let dir: string;
let storage: Storage;
let hub: MemoryFanOutHub;
const rooms: Room[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kyoso-room-fan-out-'));
  storage = openSqliteStorage(dir);
  hub = new MemoryFanOutHub();
});
afterEach(async () => {
  await Promise.all(rooms.splice(0).map((room) => room.close()));
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

async function load(
  fanOut: FanOut,
  options: { compactAfterUpdates?: number; timeoutMs?: number; onUnload?: RoomOptions['onUnload'] } = {},
) {
  const room = await Room.load({
    key: KEY,
    storage,
    metrics: new Metrics(),
    log: silentLogger,
    compactAfterUpdates: options.compactAfterUpdates ?? 1000,
    maxDocumentBytes: 1 << 24,
    awarenessFlushMs: 5,
    fanOut,
    remoteAwarenessTimeoutMs: options.timeoutMs,
    onUnload: options.onUnload,
  });
  rooms.push(room);
  return room;
}

/** A peer that keeps what it is sent: the document it would hold, and the awareness it saw. */
function peer() {
  const doc = new Y.Doc();
  const awareness: AwarenessEntry[] = [];
  const p: Peer & { doc: Y.Doc; awareness: AwarenessEntry[] } = {
    doc,
    awareness,
    send(message) {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === 0) {
        const step = decoding.readVarUint(decoder);
        if (step !== 0) Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
      } else if (type === 1) {
        awareness.push(...decodeEntries(decoding.readVarUint8Array(decoder)));
      }
    },
    close() {},
  };
  return p;
}

/** Attaches a peer and answers its sync step 1, as a connecting client asks for the document. */
function joinRoom(room: Room, p: Peer): void {
  room.attach(p);
  room.answerSyncStep1(p, Y.encodeStateVector(new Y.Doc()));
}

/** An update adding `value` to the array `list` of a copy of `room`'s document. */
function edit(room: Room, value: string): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
  const before = Y.encodeStateVector(doc);
  doc.getArray<string>('list').push([value]);
  return Y.encodeStateAsUpdate(doc, before);
}

const values = (doc: Y.Doc) => doc.getArray<string>('list').toArray().sort();

async function storedValues(): Promise<string[]> {
  const doc = new Y.Doc();
  const stored = await storage.loadRoom(KEY);
  if (stored.updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
  return values(doc);
}

const until = (check: () => boolean, what: string) =>
  vi.waitFor(
    () => {
      if (!check()) throw new Error(`waiting for ${what}`);
    },
    { timeout: 5_000, interval: 5 },
  );

describe('a room shared with other nodes', () => {
  it('passes another node’s update to its peers without storing it again', async () => {
    const [one, two] = [await load(hub.node()), await load(hub.node())];
    const watcher = peer();
    joinRoom(two, watcher);
    const writer = peer();
    joinRoom(one, writer);
    expect(one.applyClientUpdate(writer, WRITER, edit(one, 'hello'))).toBeNull();
    await until(() => values(watcher.doc).includes('hello'), 'the update on node two’s peer');
    expect(values(two.doc)).toEqual(['hello']);
    await Promise.all([one.settle(), two.settle()]);
    expect((await storage.loadRoom(KEY)).updates).toHaveLength(1);
  });

  it('publishes server changes like client updates', async () => {
    const [one, two] = [await load(hub.node()), await load(hub.node())];
    await one.applyServerChange((doc) => doc.getArray<string>('list').push(['from the server']));
    await until(() => values(two.doc).includes('from the server'), 'the server change on node two');
  });

  it('keeps another node’s update whose message was lost when it compacts', async () => {
    const [one, two] = [await load(hub.node(), { compactAfterUpdates: 2 }), await load(hub.node())];
    const [p1, p2, watcher] = [peer(), peer(), peer()];
    joinRoom(one, p1);
    joinRoom(one, watcher);
    joinRoom(two, p2);
    hub.partitioned = true;
    two.applyClientUpdate(p2, WRITER, edit(two, 'lost in transit'));
    await two.settle();
    // Node one appends after it (a higher sequence number) and folds its log.
    one.applyClientUpdate(p1, WRITER, edit(one, 'first'));
    await one.settle();
    one.applyClientUpdate(p1, WRITER, edit(one, 'second'));
    await one.settle();
    expect((await storage.loadRoom(KEY)).updatesSinceSnapshot).toBe(0);
    expect(await storedValues()).toEqual(['first', 'lost in transit', 'second']);
    // Reading the log to fold it brought the missed update to node one and its peers too.
    await until(() => values(watcher.doc).includes('lost in transit'), 'the missed update on node one');
    expect(values(watcher.doc)).toEqual(['first', 'lost in transit', 'second']);
  });

  it('unloads telling only the part of the log its document holds all of', async () => {
    const told: { values: string[]; through: number }[] = [];
    const onUnload = (doc: Y.Doc, through: number) => told.push({ values: values(doc), through });
    const two = await load(hub.node());
    const p2 = peer();
    joinRoom(two, p2);
    const unloadAfter = async (writes: string[]) => {
      const one = await load(hub.node(), { onUnload });
      const p1 = peer();
      joinRoom(one, p1);
      hub.partitioned = true;
      two.applyClientUpdate(p2, WRITER, edit(two, `lost before ${writes[0]}`));
      await two.settle();
      // Node one's own appends come after it in the log, but it never heard of it.
      for (const value of writes) {
        one.applyClientUpdate(p1, WRITER, edit(one, value));
        await one.settle();
      }
      hub.partitioned = false;
      await one.close();
      return told.at(-1)!;
    };

    // One append: nothing folds at unloading, so the document was never checked against the log.
    const single = await unloadAfter(['mine']);
    expect(single.values).not.toContain('lost before mine');
    expect(single.through).toBeLessThan(await storage.lastSeq(KEY));
    // Two: folding at unloading reads the log, and then the document holds all of it.
    const folded = await unloadAfter(['a', 'b']);
    expect(folded.values).toEqual(expect.arrayContaining(['lost before mine', 'lost before a', 'a', 'b']));
    expect(folded.through).toBe(await storage.lastSeq(KEY));
  });

  it('catches up from the store when told it may have missed messages', async () => {
    const nodeOne = hub.node();
    const [one, two] = [await load(nodeOne), await load(hub.node())];
    const p1 = peer();
    joinRoom(one, p1);
    hub.partitioned = true;
    const p2 = peer();
    joinRoom(two, p2);
    two.applyClientUpdate(p2, WRITER, edit(two, 'while away'));
    await two.settle();
    hub.partitioned = false;
    expect(values(p1.doc)).toEqual([]);
    nodeOne.reconnect();
    await until(() => values(p1.doc).includes('while away'), 'the missed update on node one’s peer');
  });

  it('shows other nodes’ presence, drops their removals, and expires what is not renewed', async () => {
    const [one, two] = [await load(hub.node(), { timeoutMs: 60 }), await load(hub.node(), { timeoutMs: 60 })];
    const [p1, p2] = [peer(), peer()];
    joinRoom(one, p1);
    joinRoom(two, p2);
    two.applyAwareness(p2, [{ clientId: 42, clock: 1, state: { user: { name: 'Ben' } } }]);
    await until(() => p1.awareness.some((e) => e.clientId === 42 && e.state !== null), 'Ben on node one');
    // A connection on node one cannot speak for node two's client.
    const intruder = peer();
    joinRoom(one, intruder);
    one.applyAwareness(intruder, [{ clientId: 42, clock: 9, state: { user: { name: 'not Ben' } } }]);
    expect(one.awarenessClientOf(intruder)).toBeNull();
    // Not renewed (node two went quiet): gone after the timeout.
    await until(() => p1.awareness.at(-1)?.clientId === 42 && p1.awareness.at(-1)?.state === null, 'expiry');
    // A removal published by node two when its client leaves arrives as such.
    two.applyAwareness(p2, [{ clientId: 42, clock: 2, state: { user: { name: 'Ben' } } }]);
    await until(() => p1.awareness.at(-1)?.state !== null, 'Ben back on node one');
    two.detach(p2);
    await until(() => p1.awareness.at(-1)?.state === null, 'Ben removed on node one');
    expect(encodeEntries(p1.awareness.slice(-1))).toBeInstanceOf(Uint8Array);
  });
});
