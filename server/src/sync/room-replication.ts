// A room's link to the other nodes sharing the store (REDIS_URL): what this node stored goes out,
// what they stored comes in and is applied here without being stored again, and presence is
// exchanged. It subscribes before the room reads the store and holds what arrives until the read
// is applied, so an update stored in between is not missed; when messages may have been lost, it
// reads the store again (Yjs updates are idempotent).
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { FanOut, FanOutMessage, Subscription } from '../scale/fan-out.js';
import type { RoomKey, RoomLog } from '../storage/storage.js';
import { decodeEntries, type AwarenessEntry } from './awareness-guard.js';

/** What the room does with what comes in. */
export interface ReplicaHandlers {
  /** An update already in the store (another node's, or read back from it). */
  applyStored(update: Uint8Array): void;
  /** Other nodes' clients' presence. */
  applyAwareness(entries: readonly AwarenessEntry[]): void;
  /** This node's clients' presence, encoded, for the other nodes; null when there is none. */
  ownAwareness(): Uint8Array | null;
  /** Another node's clients not renewed within `timeoutMs` are gone. */
  expireAwareness(timeoutMs: number): void;
  isClosed(): boolean;
}

export interface ReplicationOptions {
  key: RoomKey;
  fanOut: FanOut;
  storage: RoomLog;
  log: Logger;
  /** How long another node's presence lives without renewal. */
  awarenessTimeoutMs: number;
}

export class RoomReplication {
  private subscription: Subscription | null = null;
  /** Messages that arrived before the room's first read of the store was applied. */
  private held: FanOutMessage[] | null = [];
  private resyncWanted = false;
  private expiryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly options: ReplicationOptions,
    private readonly room: ReplicaHandlers,
  ) {}

  /** Subscribes, before the room reads the store. */
  async subscribe(): Promise<void> {
    this.subscription = await this.options.fanOut.subscribe(this.options.key, {
      receive: (message) => this.receive(message),
      resync: () => this.resync(),
    });
  }

  /** The room has applied its read of the store: what arrived meanwhile follows, then presence. */
  start(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const message of held) this.receive(message);
    // Ask the other nodes for their clients' presence rather than wait for its renewal.
    this.options.fanOut.publish(this.options.key, { type: 'awareness-query' });
    const timeout = this.options.awarenessTimeoutMs;
    this.expiryTimer = setInterval(() => this.room.expireAwareness(timeout), Math.max(10, timeout / 3));
    this.expiryTimer.unref();
    if (this.resyncWanted) this.resync();
  }

  /** Tells the other nodes what this node just stored, as one message per batch. */
  publishUpdates(updates: readonly Uint8Array[]): void {
    if (updates.length === 0) return;
    let merged: readonly Uint8Array[] = updates;
    if (updates.length > 1) {
      try {
        merged = [Y.mergeUpdates([...updates])];
      } catch {
        // Not expected (every update here was applied); publish them one by one.
      }
    }
    for (const update of merged) this.options.fanOut.publish(this.options.key, { type: 'update', update });
  }

  publishAwareness(entries: Uint8Array): void {
    this.options.fanOut.publish(this.options.key, { type: 'awareness', entries });
  }

  async stop(): Promise<void> {
    if (this.expiryTimer) clearInterval(this.expiryTimer);
    this.expiryTimer = null;
    await this.subscription?.unsubscribe();
    this.subscription = null;
  }

  /** A message another node published for this room. */
  private receive(message: FanOutMessage): void {
    if (this.room.isClosed()) return;
    if (this.held) {
      this.held.push(message);
      return;
    }
    switch (message.type) {
      case 'update':
        return this.room.applyStored(message.update);
      case 'awareness': {
        let entries: AwarenessEntry[];
        try {
          entries = decodeEntries(message.entries);
        } catch (error) {
          this.options.log.warn('awareness from another node not understood', {
            room: this.options.key,
            error: String(error),
          });
          return;
        }
        return this.room.applyAwareness(entries);
      }
      case 'awareness-query':
        return this.publishOwnAwareness();
    }
  }

  private publishOwnAwareness(): void {
    const own = this.room.ownAwareness();
    if (own) this.publishAwareness(own);
  }

  /** Messages may have been lost: read the room from the store again and exchange presence afresh. */
  private resync(): void {
    const { fanOut, key, storage, log } = this.options;
    if (this.room.isClosed()) return;
    if (this.held) {
      this.resyncWanted = true;
      return;
    }
    storage.loadRoom(key).then(
      (stored) => {
        if (this.room.isClosed()) return;
        if (stored.updates.length > 0) this.room.applyStored(Y.mergeUpdates(stored.updates));
        this.publishOwnAwareness();
        fanOut.publish(key, { type: 'awareness-query' });
      },
      (error: unknown) => log.warn('catching up from storage failed', { room: key, error: String(error) }),
    );
  }
}
