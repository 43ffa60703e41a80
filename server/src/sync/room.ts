// One channel of one board (or a server-only document such as the ballots), loaded on this node:
// its Yjs document, the connections in it, and the commit pipeline. Every accepted update, a
// client's or the server's own, is appended to storage before anyone is sent it, so whatever a
// client has received survives a crash of this process.
import * as Y from 'yjs';
import type { Storage, RoomKey } from '../storage/storage.js';
import type { Metrics } from '../metrics.js';
import type { Logger } from '../log.js';
import {
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  CLOSE,
  type CloseCode,
} from './protocol.js';
import { checkUpdate } from './update-guard.js';
import { encodeEntries, type AwarenessEntry } from './awareness-guard.js';

/** A connection as the room sees it. */
export interface Peer {
  send(message: Uint8Array): void;
  close(code: CloseCode, reason: string): void;
}

export type Refusal = { code: CloseCode; reason: string };

/** The transaction origin of changes the server makes itself (commands, never a client). */
export const SERVER_ORIGIN = Symbol('kyoso-server');

/** The room was closed (storage failed, or shutdown): a server change may not be stored; retry. */
export class RoomUnavailableError extends Error {
  constructor(key: RoomKey) {
    super(`room ${key} is unavailable`);
  }
}

export interface RoomOptions {
  key: RoomKey;
  storage: Storage;
  metrics: Metrics;
  log: Logger;
  compactAfterUpdates: number;
  maxDocumentBytes: number;
  awarenessFlushMs: number;
  /** Runs on a freshly loaded document (content migrations); returns true if it changed it. */
  prepare?: (doc: Y.Doc) => boolean;
}

interface Pending {
  update: Uint8Array;
  origin: Peer | null;
}

interface AwarenessRecord {
  owner: Peer;
  clock: number;
  state: Record<string, unknown> | null;
}

export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly peers = new Set<Peer>();
  private closed = false;
  private failed = false;
  private bytes = 0;
  private lastSeq = 0;
  private updatesSinceSnapshot = 0;
  private pending: Pending[] = [];
  private pendingWaiters: (() => void)[] = [];
  private inflightWaiters: (() => void)[] | null = null;
  private flushScheduled = false;
  private chain: Promise<void> = Promise.resolve();
  private readonly awareness = new Map<number, AwarenessRecord>();
  private readonly awarenessOf = new Map<Peer, number>();
  private readonly changedAwareness = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;
  /** Called when the room must be dropped from memory (storage failed). */
  onFailure: () => void = () => {};

  private constructor(private readonly options: RoomOptions) {}

  static async load(options: RoomOptions): Promise<Room> {
    const room = new Room(options);
    const stored = await options.metrics.timeStorage('load', () => options.storage.loadRoom(options.key));
    if (stored.updates.length > 0) Y.applyUpdate(room.doc, Y.mergeUpdates(stored.updates), 'load');
    room.bytes = stored.bytes;
    room.lastSeq = stored.lastSeq;
    room.updatesSinceSnapshot = stored.updatesSinceSnapshot;
    if (options.prepare) {
      const before = Y.encodeStateVector(room.doc);
      if (options.prepare(room.doc)) {
        const change = Y.encodeStateAsUpdate(room.doc, before);
        room.lastSeq = await options.storage.appendUpdates(options.key, [change]);
        room.bytes += change.byteLength;
        room.updatesSinceSnapshot += 1;
      }
    }
    return room;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get storedBytes(): number {
    return this.bytes;
  }

  /** Adds a connection and starts the sync handshake with it. */
  attach(peer: Peer): void {
    this.peers.add(peer);
    peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const states = this.awarenessEntries([...this.awareness.keys()]);
    if (states.length > 0) peer.send(encodeAwareness(encodeEntries(states)));
  }

  detach(peer: Peer): void {
    this.peers.delete(peer);
    const clientId = this.awarenessOf.get(peer);
    if (clientId !== undefined) {
      this.awarenessOf.delete(peer);
      const record = this.awareness.get(clientId);
      if (record) {
        this.awareness.delete(clientId);
        this.changedAwareness.delete(clientId);
        // Tell everyone the state is gone: a removal with a newer clock.
        this.broadcast(encodeAwareness(encodeEntries([{ clientId, clock: record.clock + 1, state: null }])));
      }
    }
  }

  /** Answers a client's sync step 1 once everything the answer holds is stored. */
  answerSyncStep1(peer: Peer, stateVector: Uint8Array): Refusal | null {
    let diff: Uint8Array;
    try {
      diff = Y.encodeStateAsUpdate(this.doc, stateVector);
    } catch {
      return { code: CLOSE.malformed, reason: 'malformed state vector' };
    }
    this.afterCommit(() => {
      if (this.peers.has(peer)) peer.send(encodeSyncStep2(diff));
    });
    return null;
  }

  /** Checks and applies a client's update; it is stored, then sent to everyone else. */
  applyClientUpdate(peer: Peer, update: Uint8Array): Refusal | null {
    if (this.bytes + update.byteLength > this.options.maxDocumentBytes) {
      return { code: CLOSE.tooLarge, reason: 'board channel is full' };
    }
    const check = checkUpdate(this.doc, update);
    if (!check.ok) return { code: CLOSE.malformed, reason: check.reason };
    // Nothing new (a fresh client's empty sync step 2, a duplicate): nothing to store or send.
    if (!check.changesSomething) return null;
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch {
      return { code: CLOSE.malformed, reason: 'update could not be applied' };
    }
    this.bytes += update.byteLength;
    this.enqueue(update, peer);
    return null;
  }

  /**
   * Runs `change` on the document in one transaction with SERVER_ORIGIN, then stores the diff and
   * sends it to every peer, like a client's update. `change` runs at once, before this returns, so
   * a command that reads and writes several rooms without awaiting in between sees no other
   * change interleaved. Resolves with its result once the diff is stored.
   */
  async applyServerChange<T>(change: (doc: Y.Doc, origin: typeof SERVER_ORIGIN) => T): Promise<T> {
    if (this.closed) throw new RoomUnavailableError(this.options.key);
    const updates: Uint8Array[] = [];
    const capture = (update: Uint8Array, origin: unknown) => {
      if (origin === SERVER_ORIGIN) updates.push(update);
    };
    this.doc.on('update', capture);
    let result: T;
    try {
      result = this.doc.transact(() => change(this.doc, SERVER_ORIGIN), SERVER_ORIGIN);
    } finally {
      this.doc.off('update', capture);
      // Yjs cannot roll back: what a failing change wrote before it threw is in the document, so
      // it is stored too, keeping the log equal to what peers are sent.
      for (const update of updates) {
        this.bytes += update.byteLength;
        this.enqueue(update, null);
      }
    }
    await new Promise<void>((resolve, reject) =>
      this.afterCommit(() => (this.failed ? reject(new RoomUnavailableError(this.options.key)) : resolve())),
    );
    return result;
  }

  /**
   * Records a client's own awareness state and fans it out in the next batch. Entries for other
   * client ids are the stock client re-sending states it received: they are ignored.
   */
  applyAwareness(peer: Peer, entries: readonly AwarenessEntry[]): void {
    for (const entry of entries) {
      const own = this.awarenessOf.get(peer);
      if (own === undefined) {
        const claimable = entries.length === 1 && entry.state !== null && !this.awareness.has(entry.clientId);
        if (!claimable) continue;
        this.awarenessOf.set(peer, entry.clientId);
      } else if (own !== entry.clientId) {
        continue;
      }
      const record = this.awareness.get(entry.clientId);
      if (record && record.clock >= entry.clock) continue;
      this.awareness.set(entry.clientId, { owner: peer, clock: entry.clock, state: entry.state });
      this.changedAwareness.add(entry.clientId);
    }
    if (this.changedAwareness.size > 0 && !this.awarenessTimer) {
      this.awarenessTimer = setTimeout(() => this.flushAwareness(), this.options.awarenessFlushMs);
    }
  }

  /** The awareness client id a connection speaks for, once it has claimed one. */
  awarenessClientOf(peer: Peer): number | null {
    return this.awarenessOf.get(peer) ?? null;
  }

  sendAllAwareness(peer: Peer): void {
    const states = this.awarenessEntries([...this.awareness.keys()]);
    if (states.length > 0) peer.send(encodeAwareness(encodeEntries(states)));
  }

  /** Waits until every accepted update is stored and sent. */
  async settle(): Promise<void> {
    if (this.pending.length > 0) this.scheduleFlush();
    await new Promise<void>((resolve) => this.afterCommit(resolve));
    await this.chain;
  }

  /** Flushes, folds the log when worthwhile, and releases the document. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.settle();
    this.closed = true;
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    if (this.updatesSinceSnapshot > 1) await this.compact();
    this.doc.destroy();
  }

  private awarenessEntries(ids: readonly number[]): AwarenessEntry[] {
    const entries: AwarenessEntry[] = [];
    for (const clientId of ids) {
      const record = this.awareness.get(clientId);
      if (record) entries.push({ clientId, clock: record.clock, state: record.state });
    }
    return entries;
  }

  private flushAwareness(): void {
    this.awarenessTimer = null;
    const entries = this.awarenessEntries([...this.changedAwareness]);
    this.changedAwareness.clear();
    if (entries.length > 0) this.broadcast(encodeAwareness(encodeEntries(entries)));
  }

  private broadcast(message: Uint8Array, except: Peer | null = null): void {
    for (const peer of this.peers) if (peer !== except) peer.send(message);
  }

  /**
   * Sends a committed batch. A lone update goes to everyone but its sender. Several (everything
   * accepted in one busy turn of the event loop) are merged into one message, encoded once, so a
   * peer costs one send (one syscall) per batch instead of one per update; fan-out sends are most
   * of the server's time under load (bench/results/sync.md). When the batch has several senders,
   * each also gets its own changes back, which Yjs ignores (the reference server does the same).
   */
  private broadcastBatch(batch: readonly Pending[]): void {
    const first = batch[0];
    if (!first) return;
    if (batch.length === 1) return this.broadcast(encodeSyncUpdate(first.update), first.origin);
    let merged: Uint8Array;
    try {
      merged = Y.mergeUpdates(batch.map((p) => p.update));
    } catch {
      // Every update here was checked and applied, so this is not expected; send them one by one.
      for (const { update, origin } of batch) this.broadcast(encodeSyncUpdate(update), origin);
      return;
    }
    const message = encodeSyncUpdate(merged);
    const soleOrigin = batch.every((p) => p.origin === first.origin) ? first.origin : null;
    this.broadcast(message, soleOrigin);
  }

  private enqueue(update: Uint8Array, origin: Peer | null): void {
    this.pending.push({ update, origin });
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // setImmediate batches every message read in this turn of the event loop into one commit.
    setImmediate(() => {
      this.flushScheduled = false;
      this.chain = this.chain.then(() => this.flush());
    });
  }

  /** Runs `fn` once everything accepted so far is stored (at once when nothing is pending). */
  private afterCommit(fn: () => void): void {
    if (this.pending.length > 0) this.pendingWaiters.push(fn);
    else if (this.inflightWaiters) this.inflightWaiters.push(fn);
    else fn();
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const waiters = (this.inflightWaiters = this.pendingWaiters);
    this.pendingWaiters = [];
    try {
      this.lastSeq = await this.options.metrics.timeStorage('append', () =>
        this.options.storage.appendUpdates(
          this.options.key,
          batch.map((p) => p.update),
        ),
      );
    } catch (error) {
      this.fail(error);
      for (const waiter of waiters) waiter();
      return;
    } finally {
      this.inflightWaiters = null;
    }
    this.updatesSinceSnapshot += batch.length;
    this.broadcastBatch(batch);
    for (const waiter of waiters) waiter();
    if (this.updatesSinceSnapshot >= this.options.compactAfterUpdates) await this.compact();
  }

  private async compact(): Promise<void> {
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    try {
      await this.options.metrics.timeStorage('compact', () =>
        this.options.storage.compact(this.options.key, snapshot, this.lastSeq),
      );
      this.updatesSinceSnapshot = 0;
      this.bytes = snapshot.byteLength;
    } catch (error) {
      // The log is intact; compaction is retried after the next batch.
      this.options.log.warn('compaction failed', { room: this.options.key, error: String(error) });
    }
  }

  /**
   * Storage refused a batch: the in-memory document is ahead of what is stored. Drop the room and
   * send everyone away with a retryable code; on reconnect their clients re-send what was lost.
   */
  private fail(error: unknown): void {
    this.options.log.error('storage append failed; unloading room', {
      room: this.options.key,
      error: String(error),
    });
    this.closed = true;
    this.failed = true;
    this.pending = [];
    // Waiters on updates that will now never be flushed: tell them (a server change rejects).
    const stranded = this.pendingWaiters;
    this.pendingWaiters = [];
    for (const peer of [...this.peers]) peer.close(CLOSE.overloaded, 'storage unavailable, retry');
    this.peers.clear();
    this.onFailure();
    for (const waiter of stranded) waiter();
  }
}
