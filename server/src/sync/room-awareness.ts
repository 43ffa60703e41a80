// A room's presence table: who is where, selecting what, as y-protocols' awareness. Each
// connection speaks for one client id (the first it claims), and the server may announce states
// of its own (who is on the board, in its roster room); other nodes' clients are kept too, and
// expire unless their node renews them. Changes go out in batches (`flushMs`), to this node's
// peers and, for this node's own clients, to the other nodes.
import { randomInt } from 'node:crypto';
import { encodeAwareness } from './protocol.js';
import { encodeEntries, type AwarenessEntry } from './awareness-guard.js';
import type { Peer } from './peer.js';

interface AwarenessRecord {
  /**
   * The connection that speaks for this client id (SERVER: announced), or null for a client of
   * another node.
   */
  owner: Peer | null;
  clock: number;
  state: Record<string, unknown> | null;
  /** What this node's client sent, before the server stamped it (to stamp it again). */
  claimed: Record<string, unknown> | null;
  /** When another node last renewed it (Date.now()); unused for this node's clients. */
  seenAt: number;
}

/** The owner of a state the server announces itself (`announce`): no connection speaks for it. */
const SERVER: Peer = { send() {}, close() {} };
/** Awareness client ids are unsigned 32-bit (y-protocols): 0 left out. */
const MAX_CLIENT_ID = 2 ** 32;
/**
 * How often announced states are sent again with a newer clock: clients drop a state not renewed
 * for 30 s (y-protocols' outdatedTimeout; their own they renew every 15 s), and so do other nodes.
 */
export const ANNOUNCE_RENEW_MS = 10_000;

export interface AwarenessOutlets {
  /** Sends to every peer on this node. */
  broadcast(message: Uint8Array): void;
  /** Tells the other nodes (encoded entries); absent on a single node. */
  publish?(entries: Uint8Array): void;
  /** How long changes gather before they go out. */
  flushMs: number;
}

export class RoomAwareness {
  private readonly records = new Map<number, AwarenessRecord>();
  private readonly clients = new Map<Peer, number>();
  private readonly changed = new Set<number>();
  /** The client ids of the states the server announced (`announce`). */
  private readonly announced = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private renewal: NodeJS.Timeout | null = null;

  constructor(private readonly out: AwarenessOutlets) {}

  /** Every state known, as one message for a peer that just joined; null when there is none. */
  everything(): Uint8Array | null {
    const states = this.entries([...this.records.keys()]);
    return states.length > 0 ? encodeAwareness(encodeEntries(states)) : null;
  }

  /** The client id a connection speaks for, once it has claimed one. */
  clientOf(peer: Peer): number | null {
    return this.clients.get(peer) ?? null;
  }

  /**
   * Records a connection's own state. Entries for other client ids are the stock client
   * re-sending states it received: they are ignored.
   */
  applyLocal(peer: Peer, entries: readonly AwarenessEntry[]): void {
    for (const entry of entries) {
      const own = this.clients.get(peer);
      if (own === undefined) {
        const claimable = entries.length === 1 && entry.state !== null && !this.records.has(entry.clientId);
        if (!claimable) continue;
        this.clients.set(peer, entry.clientId);
      } else if (own !== entry.clientId) {
        continue;
      }
      const record = this.records.get(entry.clientId);
      if (record && record.clock >= entry.clock) continue;
      this.records.set(entry.clientId, {
        owner: peer,
        clock: entry.clock,
        state: entry.state,
        claimed: entry.claimed ?? null,
        seenAt: 0,
      });
      this.changed.add(entry.clientId);
    }
    this.scheduleFlush();
  }

  /**
   * Stamps this node's clients' states again (the name rule changed: an anonymous phase began or
   * ended), each with a newer clock so that every client takes it, its own included; idle people's
   * presence would otherwise keep the old names until they next move.
   */
  restamp(): void {
    for (const [clientId, record] of this.records) {
      const stamped = record.claimed && record.owner?.presenceOf?.(record.claimed);
      if (!stamped) continue;
      record.state = stamped;
      record.clock += 1;
      this.changed.add(clientId);
    }
    this.scheduleFlush();
  }

  /** A connection left: its state is gone, for everyone (a removal with a newer clock). */
  forget(peer: Peer): void {
    const clientId = this.clients.get(peer);
    if (clientId === undefined) return;
    this.clients.delete(peer);
    this.retract(clientId);
  }

  /**
   * A state the server says itself, under a client id of its own (a connection's is never taken),
   * kept, sent and renewed as this node's until `withdraw`: returns that id.
   */
  announce(state: Record<string, unknown>): number {
    let clientId = randomInt(1, MAX_CLIENT_ID);
    while (this.records.has(clientId)) clientId = randomInt(1, MAX_CLIENT_ID);
    this.records.set(clientId, { owner: SERVER, clock: 1, state, claimed: null, seenAt: 0 });
    this.announced.add(clientId);
    this.changed.add(clientId);
    this.scheduleFlush();
    this.renewal ??= setInterval(() => this.renewAnnounced(), ANNOUNCE_RENEW_MS).unref();
    return clientId;
  }

  /** An announced state is gone, for everyone. */
  withdraw(clientId: number): void {
    if (!this.announced.delete(clientId)) return;
    this.retract(clientId);
    if (this.announced.size === 0) this.stopRenewal();
  }

  /**
   * The announced states go out again with a newer clock: to stay alive, and for a peer that just
   * joined, which ignores a state at a clock it has seen before it lost it (a reconnecting client).
   */
  renewAnnounced(): void {
    for (const clientId of this.announced) {
      const record = this.records.get(clientId);
      if (!record) continue;
      record.clock += 1;
      this.changed.add(clientId);
    }
    this.scheduleFlush();
  }

  /** Takes in another node's clients' states; this node's own clients are never overridden. */
  applyRemote(entries: readonly AwarenessEntry[]): void {
    const now = Date.now();
    for (const entry of entries) {
      const record = this.records.get(entry.clientId);
      if (record && (record.owner !== null || record.clock >= entry.clock)) continue;
      if (entry.state === null) {
        if (record) this.remove(entry.clientId, entry.clock);
        continue;
      }
      this.records.set(entry.clientId, {
        owner: null,
        clock: entry.clock,
        state: entry.state,
        claimed: null,
        seenAt: now,
      });
      this.changed.add(entry.clientId);
    }
    this.scheduleFlush();
  }

  /** Another node's clients not renewed in time (their node died, or lost Redis): gone. */
  expireRemote(timeoutMs: number): void {
    const now = Date.now();
    for (const [clientId, record] of this.records) {
      if (record.owner === null && now - record.seenAt > timeoutMs) this.remove(clientId, record.clock + 1);
    }
  }

  /** This node's clients' states, encoded for the other nodes (one asked, or this one caught up). */
  own(): Uint8Array | null {
    const own: number[] = [];
    for (const [clientId, record] of this.records) if (record.owner !== null) own.push(clientId);
    const entries = this.entries(own);
    return entries.length > 0 ? encodeEntries(entries) : null;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopRenewal();
  }

  private stopRenewal(): void {
    if (this.renewal) clearInterval(this.renewal);
    this.renewal = null;
  }

  /** This node's state `clientId` is gone: a removal with a newer clock, here and to the other nodes. */
  private retract(clientId: number): void {
    const record = this.records.get(clientId);
    if (!record) return;
    this.records.delete(clientId);
    this.changed.delete(clientId);
    const removal = encodeEntries([{ clientId, clock: record.clock + 1, state: null }]);
    this.out.broadcast(encodeAwareness(removal));
    this.out.publish?.(removal);
  }

  private remove(clientId: number, clock: number): void {
    this.records.delete(clientId);
    this.changed.delete(clientId);
    this.out.broadcast(encodeAwareness(encodeEntries([{ clientId, clock, state: null }])));
  }

  private scheduleFlush(): void {
    if (this.changed.size > 0 && !this.timer) this.timer = setTimeout(() => this.flush(), this.out.flushMs);
  }

  private entries(ids: readonly number[]): AwarenessEntry[] {
    const entries: AwarenessEntry[] = [];
    for (const clientId of ids) {
      const record = this.records.get(clientId);
      if (record) entries.push({ clientId, clock: record.clock, state: record.state });
    }
    return entries;
  }

  private flush(): void {
    this.timer = null;
    const entries = this.entries([...this.changed]);
    this.changed.clear();
    if (entries.length === 0) return;
    this.out.broadcast(encodeAwareness(encodeEntries(entries)));
    // Only this node's clients: another node's entries are that node's to publish.
    const own = entries.filter((entry) => this.records.get(entry.clientId)?.owner);
    if (own.length > 0) this.out.publish?.(encodeEntries(own));
  }
}
