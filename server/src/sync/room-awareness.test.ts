import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeEntries, type AwarenessEntry } from './awareness-guard.js';
import { ANNOUNCE_RENEW_MS, RoomAwareness } from './room-awareness.js';

/** The entries of a broadcast awareness message. */
const entriesOf = (message: Uint8Array): AwarenessEntry[] => {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  return decodeEntries(decoding.readVarUint8Array(decoder));
};

describe('states the server announces', () => {
  let sent: AwarenessEntry[][];
  let published: AwarenessEntry[][];
  let awareness: RoomAwareness;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    published = [];
    awareness = new RoomAwareness({
      broadcast: (message) => sent.push(entriesOf(message)),
      publish: (entries) => published.push(decodeEntries(entries)),
      flushMs: 20,
    });
  });
  afterEach(() => {
    awareness.stop();
    vi.useRealTimers();
  });

  it('go out again with a newer clock before clients and other nodes drop them (30 s)', () => {
    const id = awareness.announce({ participant: 'p1' });
    vi.advanceTimersByTime(20);
    expect(sent.flat()).toEqual([{ clientId: id, clock: 1, state: { participant: 'p1' } }]);
    vi.advanceTimersByTime(3 * ANNOUNCE_RENEW_MS);
    const clocks = sent.flat().map((entry) => entry.clock);
    expect(clocks).toEqual([1, 2, 3, 4]);
    expect(published.flat().map((entry) => entry.clock)).toEqual([1, 2, 3, 4]);
    expect(ANNOUNCE_RENEW_MS).toBeLessThan(15_000);
  });

  it('go out with a newer clock when a peer joins (a client that reconnects ignores a clock it saw)', () => {
    const id = awareness.announce({ participant: 'p1' });
    vi.advanceTimersByTime(20);
    awareness.renewAnnounced();
    vi.advanceTimersByTime(20);
    expect(sent.flat().map((entry) => [entry.clientId, entry.clock])).toEqual([
      [id, 1],
      [id, 2],
    ]);
  });

  it('stop when withdrawn: removed for everyone, and renewed no more', () => {
    const id = awareness.announce({ participant: 'p1' });
    vi.advanceTimersByTime(20);
    awareness.withdraw(id);
    expect(sent.at(-1)).toEqual([{ clientId: id, clock: 2, state: null }]);
    const count = sent.length;
    vi.advanceTimersByTime(3 * ANNOUNCE_RENEW_MS);
    expect(sent.length).toBe(count);
    expect(awareness.own()).toBeNull();
  });
});
