// The behaviour every fan-out adapter must have (DESIGN.md style 9): run by each adapter's test.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FanOut, FanOutMessage, RoomListener } from './fan-out.js';

/** Waits (polling, no fixed sleep) until `check` holds. */
const waitFor = (check: () => boolean, what: string) =>
  vi.waitFor(
    () => {
      if (!check()) throw new Error(`waiting for ${what}`);
    },
    { timeout: 10_000, interval: 10 },
  );

function recorder(): RoomListener & { received: FanOutMessage[]; resyncs: number } {
  const listener = {
    received: [] as FanOutMessage[],
    resyncs: 0,
    receive: (message: FanOutMessage) => listener.received.push(message),
    resync: () => (listener.resyncs += 1),
  };
  return listener;
}

export function describeFanOutContract(name: string, open: () => Promise<FanOut>): void {
  describe(`fan-out contract: ${name}`, () => {
    const opened: FanOut[] = [];
    const node = async () => {
      const fanOut = await open();
      opened.push(fanOut);
      return fanOut;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((fanOut) => fanOut.close()));
    });

    it('delivers a message to the other nodes with the room, never back to its sender', async () => {
      const [a, b, c] = [await node(), await node(), await node()];
      expect(new Set([a.nodeId, b.nodeId, c.nodeId]).size).toBe(3);
      const [onA, onB, onC] = [recorder(), recorder(), recorder()];
      await a.subscribe('board/content', onA);
      await b.subscribe('board/content', onB);
      await c.subscribe('board/other', onC);
      const update = new Uint8Array([0, 1, 2, 250, 255]);
      a.publish('board/content', { type: 'update', update });
      a.publish('board/content', { type: 'awareness-query' });
      await waitFor(() => onB.received.length === 2, 'both messages on b');
      expect(onB.received).toEqual([{ type: 'update', update }, { type: 'awareness-query' }]);
      // Once b has both, a later message from b proves a got nothing of its own before it.
      b.publish('board/content', { type: 'awareness', entries: new Uint8Array([1]) });
      await waitFor(() => onA.received.length === 1, 'b’s message on a');
      expect(onA.received).toEqual([{ type: 'awareness', entries: new Uint8Array([1]) }]);
      expect(onC.received).toEqual([]);
    });

    it('stops delivering a room once unsubscribed', async () => {
      const [a, b] = [await node(), await node()];
      const [first, second] = [recorder(), recorder()];
      const subscription = await b.subscribe('r/content', first);
      await subscription.unsubscribe();
      await b.subscribe('r/ledger', second);
      a.publish('r/content', { type: 'update', update: new Uint8Array([1]) });
      a.publish('r/ledger', { type: 'update', update: new Uint8Array([2]) });
      await waitFor(() => second.received.length === 1, 'the ledger message');
      expect(first.received).toEqual([]);
    });
  });
}
