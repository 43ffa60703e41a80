// One channel of one board (or a server-only document such as the ballots), loaded on this node:
// its Yjs document, the connections in it, and the commit pipeline. Every accepted update, a
// client's or the server's own, is appended to storage before anyone is sent it, so whatever a
// client has received survives a crash of this process. Presence lives in room-awareness.ts;
// with a fan-out (several nodes sharing the store), room-replication.ts publishes what this node
// stored and brings in what the others stored, which is passed to this node's peers through the
// same pipeline without being stored again.
import * as Y from 'yjs';
import { BoardDeletedError, type RoomLog, type RoomKey } from '../storage/storage.js';
import type { Metrics } from '../metrics.js';
import type { Logger } from '../log.js';
import { encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate, CLOSE, type CloseCode } from './protocol.js';
import type { FanOut } from '../scale/fan-out.js';
import { CLOSE_REASON, type RightsRefusal } from '@kyoso/shared';
import type { ShapeChange, WriteGuard } from '../trust/write-guard.js';
import type { Writer } from '../trust/writer.js';
import { checkUpdate } from './update-guard.js';
import type { AwarenessEntry } from './awareness-guard.js';
import type { Peer } from './peer.js';
import { RoomAwareness } from './room-awareness.js';
import { RoomReplication } from './room-replication.js';

export type { Peer } from './peer.js';

export type Refusal = { code: CloseCode; reason: string };
/** An update the rules refused: dropped whole, and the writer is told why (the socket stays open). */
export type Denial = { denied: RightsRefusal };

/** The transaction origin of changes the server makes itself (commands, never a client). */
export const SERVER_ORIGIN = Symbol('kyoso-server');

/** The transaction origin of changes another node stored (or this node read back from the store). */
export const REMOTE_ORIGIN = Symbol('kyoso-remote');

/** Awareness of another node's client is dropped when not renewed this long (as y-protocols does). */
export const REMOTE_AWARENESS_TIMEOUT_MS = 30_000;

/** The room was closed (storage failed, or shutdown): a server change may not be stored; retry. */
export class RoomUnavailableError extends Error {
  constructor(key: RoomKey) {
    super(`room ${key} is unavailable`);
  }
}

export interface RoomOptions {
  key: RoomKey;
  storage: RoomLog;
  metrics: Metrics;
  log: Logger;
  compactAfterUpdates: number;
  maxDocumentBytes: number;
  awarenessFlushMs: number;
  /** Runs on a freshly loaded document (content migrations); returns true if it changed it. */
  prepare?: (doc: Y.Doc) => boolean;
  /** The rules every client update must pass (per-object rights, client ids), made once loaded. */
  guard?: (doc: Y.Doc) => WriteGuard;
  /**
   * Told of every client update accepted, with the shapes it changed (none in a room without a
   * shape guard), once it is stored and sent.
   */
  onAccepted?: (writer: Writer, changes: readonly ShapeChange[]) => void;
  /** Runs once the room has closed or failed (releases what its loader held). */
  onClose?: () => void;
  /**
   * Runs as the room unloads, with its last document and the sequence number of the last log
   * entry that document is known to hold all of, up to and including (0 when not known).
   */
  onUnload?: (doc: Y.Doc, completeThrough: number) => void;
  /** The other nodes sharing the store; absent on a single node. */
  fanOut?: FanOut;
  /** How long another node's awareness entry lives without renewal (REMOTE_AWARENESS_TIMEOUT_MS). */
  remoteAwarenessTimeoutMs?: number;
  /** True while presence must carry no names (an anonymous phase on the board). */
  hidesNames?: () => boolean;
}

/** The encoded state vector of an empty document: one zero (no clients). */
const isEmptyStateVector = (stateVector: Uint8Array): boolean =>
  stateVector.byteLength === 1 && stateVector[0] === 0;

interface Pending {
  update: Uint8Array;
  origin: Peer | null;
  /** Already in the store (another node's update): only broadcast. */
  stored: boolean;
  /** When it arrived (`performance.now()`), for the propagation histogram. */
  at: number;
  /** A client's update with the shapes it changed, told to `onAccepted` once stored and sent. */
  accepted?: { writer: Writer; changes: readonly ShapeChange[] };
}

export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly peers = new Set<Peer>();
  /**
   * A peer sees the document first whole (its sync step 2), then change by change. Until it asks
   * (sync step 1), what is broadcast is skipped for it: its answer will hold all of that. Between
   * the answer being made and sent (once the pending batch is stored), broadcasts wait in its
   * queue here and follow the answer. So no peer is sent a change before the state it builds on,
   * which Yjs would hold as pending (a moment in which a card can read as half there).
   */
  private readonly handshaking = new Set<Peer>();
  private readonly answering = new Map<Peer, Uint8Array[]>();
  private closed = false;
  private failed = false;
  private bytes = 0;
  private lastSeq = 0;
  /**
   * With other nodes writing the same log, the last entry read back from the store: the document
   * holds every entry up to it (this node's own appends may overtake others' not yet arrived).
   */
  private readThrough = 0;
  private updatesSinceSnapshot = 0;
  /** Counts the changes to the document (what `wholeState` was made from). */
  private version = 0;
  private wholeState: { version: number; message: Uint8Array } | null = null;
  /** Something was deleted since the last fold (folding may then give room back). */
  private deletedSinceSnapshot = false;
  /** A write was refused for the channel's size since the last fold. */
  private fullSinceSnapshot = false;
  private pending: Pending[] = [];
  private pendingWaiters: (() => void)[] = [];
  private inflightWaiters: (() => void)[] | null = null;
  private flushScheduled = false;
  private chain: Promise<void> = Promise.resolve();
  private readonly awareness: RoomAwareness;
  private readonly replication: RoomReplication | null;
  private guard: WriteGuard | null = null;
  /** Called when the room must be dropped from memory (storage failed). */
  onFailure: () => void = () => {};

  private constructor(private options: RoomOptions) {
    const { fanOut, key, storage, log } = options;
    this.replication = fanOut
      ? new RoomReplication(
          {
            key,
            fanOut,
            storage,
            log,
            awarenessTimeoutMs: options.remoteAwarenessTimeoutMs ?? REMOTE_AWARENESS_TIMEOUT_MS,
          },
          {
            applyStored: (update) => this.applyStoredUpdate(update),
            applyAwareness: (entries) => this.awareness.applyRemote(entries),
            ownAwareness: () => this.awareness.own(),
            expireAwareness: (timeoutMs) => this.awareness.expireRemote(timeoutMs),
            isClosed: () => this.closed,
          },
        )
      : null;
    this.awareness = new RoomAwareness({
      // Presence is not document state: every peer gets it at once, handshake or not.
      broadcast: (message) => {
        for (const peer of this.peers) peer.send(message);
      },
      publish: this.replication ? (entries) => this.replication?.publishAwareness(entries) : undefined,
      flushMs: options.awarenessFlushMs,
    });
  }

  /**
   * Loads the room. With a fan-out it subscribes first, then reads the store, then applies what
   * other nodes published meanwhile: an update stored after the read is not missed.
   */
  static async load(options: RoomOptions): Promise<Room> {
    const room = new Room(options);
    const { key } = options;
    await room.replication?.subscribe();
    try {
      const stored = await options.metrics.timeStorage('load', () => options.storage.loadRoom(key));
      const merged = stored.updates.length > 0 ? Y.mergeUpdates(stored.updates) : null;
      if (merged) Y.applyUpdate(room.doc, merged, 'load');
      room.bytes = stored.bytes;
      room.lastSeq = stored.lastSeq;
      room.readThrough = stored.lastSeq;
      room.updatesSinceSnapshot = stored.updatesSinceSnapshot;
      // What was stored is the whole document: the first joiners get it as it is, not re-encoded
      // (tens of milliseconds on a large board, while they wait), unless preparing changed it.
      if (merged) room.wholeState = { version: room.version, message: encodeSyncStep2(merged) };
      if (options.prepare) {
        const before = Y.encodeStateVector(room.doc);
        if (options.prepare(room.doc)) {
          room.wholeState = null;
          const change = Y.encodeStateAsUpdate(room.doc, before);
          room.lastSeq = await options.storage.appendUpdates(key, [change]);
          room.bytes += change.byteLength;
          room.updatesSinceSnapshot += 1;
          room.replication?.publishUpdates([change]);
        }
      }
      if (options.guard) room.guard = options.guard(room.doc);
    } catch (error) {
      await room.replication?.stop();
      throw error;
    }
    room.replication?.start();
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
    this.handshaking.add(peer);
    peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    this.sendAllAwareness(peer);
    this.awareness.renewAnnounced();
  }

  detach(peer: Peer): void {
    this.peers.delete(peer);
    this.handshaking.delete(peer);
    this.answering.delete(peer);
    this.awareness.forget(peer);
  }

  /** Answers a client's sync step 1 once everything the answer holds is stored. */
  answerSyncStep1(peer: Peer, stateVector: Uint8Array): Refusal | null {
    let message: Uint8Array;
    try {
      message = isEmptyStateVector(stateVector)
        ? this.wholeStateMessage()
        : encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
    } catch {
      return { code: CLOSE.malformed, reason: 'malformed state vector' };
    }
    this.handshaking.delete(peer);
    // A second step 1 (a client may resync) keeps the queue the first one started.
    if (!this.answering.has(peer)) this.answering.set(peer, []);
    this.afterCommit(() => {
      const queued = this.answering.get(peer) ?? [];
      this.answering.delete(peer);
      if (!this.peers.has(peer)) return;
      peer.send(message);
      for (const next of queued) peer.send(next);
    });
    return null;
  }

  /**
   * The whole document as a sync step 2, for a client that has nothing yet (most joiners). Made
   * once per version of the document and shared: joiners cost one encoding, and joiners that stop
   * reading hold a reference to the same bytes, not a copy each.
   */
  private wholeStateMessage(): Uint8Array {
    if (this.wholeState?.version !== this.version)
      this.wholeState = { version: this.version, message: encodeSyncStep2(Y.encodeStateAsUpdate(this.doc)) };
    return this.wholeState.message;
  }

  /**
   * Checks and applies a client's update; it is stored, then sent to everyone else. A malformed
   * one closes the connection (Refusal); one the room's rules refuse is dropped whole (Denial).
   */
  applyClientUpdate(peer: Peer, writer: Writer, update: Uint8Array): Refusal | Denial | null {
    const check = checkUpdate(this.doc, update);
    if (!check.ok) return { code: CLOSE.malformed, reason: check.reason };
    // Nothing new (a fresh client's empty sync step 2, a duplicate): nothing to store or send.
    if (!check.changesSomething) return null;
    // A full channel takes no more content, but deletions always pass: they are how it is
    // cleaned up (and compaction then gives the room back).
    if (check.grows && this.bytes + update.byteLength > this.options.maxDocumentBytes) {
      this.fullSinceSnapshot = true;
      return { code: CLOSE.tooLarge, reason: 'board channel is full' };
    }
    if (!check.grows) this.deletedSinceSnapshot = true;
    let changes: readonly ShapeChange[] = [];
    if (this.guard) {
      const started = performance.now();
      let verdict: ReturnType<WriteGuard['check']>;
      try {
        verdict = this.guard.check(writer, update, check.decoded);
      } catch (error) {
        // A fault of the check, not of the writer: refuse this change (the client starts over
        // from the board), never close the writer for good.
        this.options.log.error('checking a client update failed', {
          room: this.options.key,
          error: String(error),
        });
        return { denied: { code: 'malformed', message: 'this change could not be checked' } };
      }
      this.options.metrics.checks.record(verdict.ok, (performance.now() - started) / 1000);
      if (!verdict.ok) return { denied: verdict.refusal };
      changes = verdict.changes;
    }
    try {
      if (this.guard) {
        this.guard.commit(() => Y.applyUpdate(this.doc, update, peer));
      } else {
        Y.applyUpdate(this.doc, update, peer);
      }
    } catch {
      return { code: CLOSE.malformed, reason: 'update could not be applied' };
    }
    this.bytes += update.byteLength;
    this.version += 1;
    // A room that asks (onAccepted) hears of every update it accepts, with the shapes it changed.
    this.enqueue(update, peer, false, this.options.onAccepted ? { writer, changes } : undefined);
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
        this.version += 1;
        this.enqueue(update, null, false);
      }
    }
    await new Promise<void>((resolve, reject) =>
      this.afterCommit(() => (this.failed ? reject(new RoomUnavailableError(this.options.key)) : resolve())),
    );
    return result;
  }

  /** Records a connection's own presence; it goes out in the next batch (room-awareness.ts). */
  applyAwareness(peer: Peer, entries: readonly AwarenessEntry[]): void {
    this.awareness.applyLocal(peer, entries);
  }

  /** Presence the server states itself (not a connection's): see RoomAwareness.announce. */
  announcePresence(state: Record<string, unknown>): number {
    return this.awareness.announce(state);
  }

  withdrawPresence(clientId: number): void {
    this.awareness.withdraw(clientId);
  }

  /** Whether presence sent through this room must carry no names right now. */
  hidesNames(): boolean {
    return this.options.hidesNames?.() ?? false;
  }

  /** The name rule changed (hidesNames): everyone's presence is sent again, stamped by it. */
  restampPresence(): void {
    this.awareness.restamp();
  }

  /** The awareness client id a connection speaks for, once it has claimed one. */
  awarenessClientOf(peer: Peer): number | null {
    return this.awareness.clientOf(peer);
  }

  sendAllAwareness(peer: Peer): void {
    const everything = this.awareness.everything();
    if (everything) peer.send(everything);
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
    this.awareness.stop();
    if (this.updatesSinceSnapshot > 1) await this.compact();
    await this.replication?.stop();
    this.tellUnload();
    this.release();
    this.doc.destroy();
  }

  /** Passes the last document to `onUnload`: everything accepted is stored by now. */
  private tellUnload(): void {
    const { onUnload, fanOut, log, key } = this.options;
    if (!onUnload) return;
    try {
      onUnload(this.doc, fanOut ? this.readThrough : this.lastSeq);
    } catch (error) {
      log.warn('unloading a room: onUnload failed', { room: key, error: String(error) });
    }
  }

  /** Lets go of the guard and of what the loader held for this room, once. */
  private release(): void {
    const guard = this.guard;
    this.guard = null;
    guard?.dispose();
    const onClose = this.options.onClose;
    this.options = { ...this.options, onClose: undefined };
    onClose?.();
  }

  /**
   * Applies an update that is already stored (another node's, or read back from the store). Only
   * what it adds to this document is passed to this node's peers, through the commit pipeline so
   * that it keeps its place after the batches before it; it is never stored or published again.
   */
  private applyStoredUpdate(update: Uint8Array): void {
    const added: Uint8Array[] = [];
    const capture = (diff: Uint8Array, origin: unknown) => {
      if (origin === REMOTE_ORIGIN) added.push(diff);
    };
    this.doc.on('update', capture);
    try {
      Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
    } catch (error) {
      this.options.log.warn('update from another node could not be applied', {
        room: this.options.key,
        error: String(error),
      });
    } finally {
      this.doc.off('update', capture);
    }
    if (this.closed) return;
    for (const diff of added) {
      this.bytes += diff.byteLength;
      this.version += 1;
      this.enqueue(diff, null, true);
    }
  }

  private broadcast(message: Uint8Array, except: Peer | null = null): void {
    for (const peer of this.peers) {
      if (peer === except || this.handshaking.has(peer)) continue;
      const queue = this.answering.get(peer);
      if (queue) queue.push(message);
      else peer.send(message);
    }
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

  private enqueue(
    update: Uint8Array,
    origin: Peer | null,
    stored: boolean,
    accepted?: Pending['accepted'],
  ): void {
    const at = performance.now();
    this.pending.push(accepted ? { update, origin, stored, at, accepted } : { update, origin, stored, at });
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
    const fresh = batch.filter((p) => !p.stored).map((p) => p.update);
    try {
      // What the batch relies on (the owners of new client ids) is stored first.
      if (fresh.length > 0 && this.guard) await this.guard.beforeCommit();
      if (fresh.length > 0) {
        this.lastSeq = await this.options.metrics.timeStorage('append', () =>
          this.options.storage.appendUpdates(this.options.key, fresh),
        );
      }
    } catch (error) {
      this.fail(error);
      for (const waiter of waiters) waiter();
      return;
    } finally {
      this.inflightWaiters = null;
    }
    this.updatesSinceSnapshot += fresh.length;
    this.broadcastBatch(batch);
    const sent = performance.now();
    for (const { origin, at } of batch)
      if (origin) this.options.metrics.propagation.observe((sent - at) / 1000);
    this.replication?.publishUpdates(fresh);
    this.tellAccepted(batch);
    for (const waiter of waiters) waiter();
    if (this.updatesSinceSnapshot >= this.options.compactAfterUpdates || this.mayReclaim())
      await this.compact();
  }

  /** The channel refused a write for its size and something was deleted since: folding now makes room. */
  private mayReclaim(): boolean {
    return this.deletedSinceSnapshot && this.fullSinceSnapshot;
  }

  /**
   * Attribution and activity hear of a client's update only once it is stored and sent: off the
   * path every receiver waits on, and never for an update that storage lost.
   */
  private tellAccepted(batch: readonly Pending[]): void {
    const { onAccepted, log, key } = this.options;
    if (!onAccepted) return;
    for (const { accepted } of batch) {
      if (!accepted) continue;
      try {
        onAccepted(accepted.writer, accepted.changes);
      } catch (error) {
        log.error('recording an accepted update failed', { room: key, error: String(error) });
      }
    }
  }

  /**
   * Stores what is pending, then folds the whole log into one snapshot now: content deleted
   * before it (a withdrawn account list) is then gone from storage, not only from the document.
   */
  async fold(): Promise<void> {
    await this.settle();
    if (!(await this.compact())) throw new RoomUnavailableError(this.options.key);
  }

  /** Folds the log into a snapshot; false (and the log intact) when storage refused. */
  private async compact(): Promise<boolean> {
    let throughSeq = this.lastSeq;
    try {
      if (this.options.fanOut) {
        // Other nodes append to the same log, and their messages may not have arrived yet: an
        // entry below this node's last sequence number can be missing from its document. Read
        // the log, apply it (idempotent), and fold exactly what was read.
        const stored = await this.options.metrics.timeStorage('load', () =>
          this.options.storage.loadRoom(this.options.key),
        );
        if (stored.updates.length > 0) this.applyStoredUpdate(Y.mergeUpdates(stored.updates));
        throughSeq = stored.lastSeq;
        this.readThrough = Math.max(this.readThrough, stored.lastSeq);
      }
      const snapshot = Y.encodeStateAsUpdate(this.doc);
      await this.options.metrics.timeStorage('compact', () =>
        this.options.storage.compact(this.options.key, snapshot, throughSeq),
      );
      this.updatesSinceSnapshot = 0;
      this.deletedSinceSnapshot = false;
      this.fullSinceSnapshot = false;
      this.bytes = snapshot.byteLength;
      this.lastSeq = Math.max(this.lastSeq, throughSeq);
      return true;
    } catch (error) {
      // The log is intact; compaction is retried after the next batch.
      this.options.log.warn('compaction failed', { room: this.options.key, error: String(error) });
      return false;
    }
  }

  /**
   * Storage refused a batch: the in-memory document is ahead of what is stored. Drop the room and
   * send everyone away with a retryable code; on reconnect their clients re-send what was lost.
   */
  private fail(error: unknown): void {
    // The board was deleted (from another node, or while a write of its own was on its way, like
    // the activity of a closing room): expected, nothing to retry.
    const deleted = error instanceof BoardDeletedError;
    const fields = { room: this.options.key, error: String(error) };
    if (deleted) this.options.log.info('board deleted; unloading room', fields);
    else this.options.log.error('storage append failed; unloading room', fields);
    this.closed = true;
    this.failed = true;
    this.pending = [];
    this.awareness.stop();
    void this.replication?.stop();
    // Waiters on updates that will now never be flushed: tell them (a server change rejects).
    const stranded = this.pendingWaiters;
    this.pendingWaiters = [];
    for (const peer of [...this.peers]) {
      if (deleted) peer.close(CLOSE.forbidden, CLOSE_REASON.boardDeleted);
      else peer.close(CLOSE.overloaded, 'storage unavailable, retry');
    }
    this.peers.clear();
    this.handshaking.clear();
    this.answering.clear();
    this.release();
    this.onFailure();
    for (const waiter of stranded) waiter();
  }
}
