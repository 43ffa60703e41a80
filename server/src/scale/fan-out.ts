// The fan-out seam: how server nodes that share one store tell each other what they accepted for
// a room, so that any node can serve any board. A node publishes what it stored (document updates)
// and what its peers said (awareness); the other nodes with that room loaded apply it and pass it
// to their own peers. Redis is the adapter (redis-fan-out.ts); one node alone needs none.
import type { RoomKey } from '../storage/storage.js';

/** What one node tells the others about one room. */
export type FanOutMessage =
  /** A document update, already stored in the shared store by the sender. */
  | { type: 'update'; update: Uint8Array }
  /** Awareness entries of the sender's connections (`encodeEntries`), removals included. */
  | { type: 'awareness'; entries: Uint8Array }
  /** A node just loaded the room (or caught up): everyone re-sends their connections' awareness. */
  | { type: 'awareness-query' };

/** A loaded room, as the fan-out sees it. */
export interface RoomListener {
  /** A message another node published for this room (never this node's own). */
  receive(message: FanOutMessage): void;
  /**
   * Messages for this room may have been missed (the connection to the other nodes was lost and
   * is back): re-read the room from the shared store.
   */
  resync(): void;
}

export interface Subscription {
  /** Stops receiving the room's messages. */
  unsubscribe(): Promise<void>;
}

export interface FanOut {
  /** This node's id, carried by every message it publishes so that it can skip its own. */
  readonly nodeId: string;
  /** Starts receiving the room's messages; resolves once nothing published from now on is missed. */
  subscribe(room: RoomKey, listener: RoomListener): Promise<Subscription>;
  /** Sends a message to every other node with the room loaded. Best effort: never throws. */
  publish(room: RoomKey, message: FanOutMessage): void;
  close(): Promise<void>;
}
