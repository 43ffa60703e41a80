// An in-process fan-out: several "nodes" in one process share a hub. Used by unit tests of the
// rooms and by the fan-out contract suite; it delivers asynchronously, like a network.
import { randomUUID } from 'node:crypto';
import type { RoomKey } from '../storage/storage.js';
import type { FanOut, FanOutMessage, RoomListener } from './fan-out.js';

export class MemoryFanOutHub {
  private readonly nodes = new Set<{ nodeId: string; listeners: Map<RoomKey, RoomListener> }>();
  /** While true, nothing is delivered (a partition); messages published meanwhile are lost. */
  partitioned = false;

  node(): FanOut & { reconnect(): void } {
    const node = { nodeId: randomUUID(), listeners: new Map<RoomKey, RoomListener>() };
    this.nodes.add(node);
    return {
      nodeId: node.nodeId,
      subscribe: (room, listener) => {
        node.listeners.set(room, listener);
        return Promise.resolve({
          unsubscribe: async () => {
            if (node.listeners.get(room) === listener) node.listeners.delete(room);
          },
        });
      },
      publish: (room, message: FanOutMessage) => {
        if (this.partitioned) return;
        for (const other of this.nodes) {
          if (other === node) continue;
          setImmediate(() => other.listeners.get(room)?.receive(message));
        }
      },
      /** What the Redis adapter does when its subscriber is back: every room catches up. */
      reconnect: () => {
        for (const listener of node.listeners.values()) listener.resync();
      },
      close: async () => {
        node.listeners.clear();
        this.nodes.delete(node);
      },
    };
  }
}
