// The room's central rule, pinned deterministically: an update reaches nobody before the store
// has it. Fake peers record what they are sent; the store's append is held open by the test, so
// "before" and "after" are moments the test chooses, not races it hopes to win.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { BoardId } from '@kyoso/shared';
import { silentLogger } from '../log.js';
import { Metrics } from '../metrics.js';
import { openSqliteStorage } from '../storage/sqlite.js';
import { BoardDeletedError, type RoomKey, type Storage } from '../storage/storage.js';
import type { Writer } from '../trust/writer.js';
import { CLOSE } from './protocol.js';
import { Room, type Peer } from './room.js';

const KEY = 'board/content' as RoomKey;
const WRITER: Writer = { principal: { board: 'board' as BoardId, role: 'facilitator' }, participant: null };

/** A store whose appends wait until the test lets them through, or fail when it says so. */
class GatedStorage {
  readonly appends: { release: () => void; fail: (error: Error) => void }[] = [];
  /** What happened, in order: `stored` when an append resolved. */
  readonly events: string[] = [];

  constructor(readonly inner: Storage) {}

  get storage(): Storage {
    return new Proxy(this.inner, {
      get: (target, name: keyof Storage) => {
        if (name !== 'appendUpdates') return (target[name] as (...args: unknown[]) => unknown).bind(target);
        return async (key: RoomKey, updates: readonly Uint8Array[]) => {
          await new Promise<void>((release, fail) => this.appends.push({ release, fail }));
          const seq = await target.appendUpdates(key, updates);
          this.events.push('stored');
          return seq;
        };
      },
    });
  }
}

let dir: string;
let gate: GatedStorage;
let room: Room;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kyoso-room-'));
  gate = new GatedStorage(openSqliteStorage(dir));
  room = await Room.load({
    key: KEY,
    storage: gate.storage,
    metrics: new Metrics(),
    log: silentLogger,
    compactAfterUpdates: 1000,
    maxDocumentBytes: 1 << 24,
    awarenessFlushMs: 5,
  });
});
afterEach(async () => {
  for (const append of gate.appends) append.release();
  await room.close();
  await gate.inner.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A peer that applies the sync messages it is sent and notes each in the shared event list. */
function peer(name: string) {
  const doc = new Y.Doc();
  const closes: number[] = [];
  /** The document messages it was sent, in order: 'whole' (sync step 2) or 'change'. */
  const received: string[] = [];
  const p: Peer & { doc: Y.Doc; closes: number[]; received: string[] } = {
    doc,
    closes,
    received,
    send(message) {
      const decoder = decoding.createDecoder(message);
      if (decoding.readVarUint(decoder) !== 0) return;
      const step = decoding.readVarUint(decoder);
      if (step === 0) return;
      received.push(step === 1 ? 'whole' : 'change');
      const before = values(doc).length;
      Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
      if (values(doc).length > before) gate.events.push(`${name} received`);
    },
    close(code) {
      closes.push(code);
    },
  };
  return p;
}

/** Attaches a peer and answers its sync step 1, as a connecting client asks for the document. */
function joinRoom(p: Peer): void {
  room.attach(p);
  room.answerSyncStep1(p, Y.encodeStateVector(new Y.Doc()));
}

function edit(value: string): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
  const before = Y.encodeStateVector(doc);
  doc.getArray<string>('list').push([value]);
  return Y.encodeStateAsUpdate(doc, before);
}

const values = (doc: Y.Doc) => doc.getArray<string>('list').toArray();

const until = (check: () => boolean, what: string) =>
  vi.waitFor(
    () => {
      if (!check()) throw new Error(`waiting for ${what}`);
    },
    { timeout: 5_000, interval: 2 },
  );

/** Lets the event loop run a few turns: what would be sent early has had every chance to be. */
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('a room commits before it sends', () => {
  it('sends a client’s update to no peer until the store has it', async () => {
    const [writer, reader] = [peer('writer'), peer('reader')];
    joinRoom(writer);
    joinRoom(reader);
    expect(room.applyClientUpdate(writer, WRITER, edit('カード'))).toBeNull();
    await until(() => gate.appends.length === 1, 'the append to start');
    await turns();
    expect(values(reader.doc)).toEqual([]);
    gate.appends[0]!.release();
    await until(() => values(reader.doc).length === 1, 'the reader to get the update');
    expect(gate.events).toEqual(['stored', 'reader received']);
  });

  it('answers a joiner’s sync step 1 only once the pending batch is stored', async () => {
    const writer = peer('writer');
    room.attach(writer);
    expect(room.applyClientUpdate(writer, WRITER, edit('accepted, not stored'))).toBeNull();
    await until(() => gate.appends.length === 1, 'the append to start');
    const joiner = peer('joiner');
    room.attach(joiner);
    expect(room.answerSyncStep1(joiner, Y.encodeStateVector(new Y.Doc()))).toBeNull();
    await turns();
    expect(values(joiner.doc)).toEqual([]);
    gate.appends[0]!.release();
    await until(() => values(joiner.doc).length === 1, 'the joiner’s sync step 2');
    expect(gate.events).toEqual(['stored', 'joiner received']);
  });

  it('waits for a step 1 that arrives while a batch is in the store, not only before it', async () => {
    const writer = peer('writer');
    room.attach(writer);
    room.applyClientUpdate(writer, WRITER, edit('first'));
    await until(() => gate.appends.length === 1, 'the first append');
    // Accepted while the first batch is being stored: a second batch waits behind it.
    room.applyClientUpdate(writer, WRITER, edit('second'));
    const joiner = peer('joiner');
    room.attach(joiner);
    room.answerSyncStep1(joiner, Y.encodeStateVector(new Y.Doc()));
    gate.appends[0]!.release();
    await until(() => gate.appends.length === 2, 'the second append');
    await turns();
    // The first batch is stored, and reaches the joiner as it reaches everyone; the second not yet.
    expect(values(joiner.doc)).not.toContain('second');
    gate.appends[1]!.release();
    await until(() => values(joiner.doc).length === 2, 'the joiner’s sync step 2');
  });

  it('sends nothing of a batch the store refused, and sends everyone away to retry', async () => {
    const [writer, reader] = [peer('writer'), peer('reader')];
    joinRoom(writer);
    joinRoom(reader);
    room.applyClientUpdate(writer, WRITER, edit('lost'));
    await until(() => gate.appends.length === 1, 'the append to start');
    gate.appends[0]!.fail(new Error('disk full'));
    await until(() => reader.closes.length === 1, 'the reader to be sent away');
    expect(reader.closes).toEqual([CLOSE.overloaded]);
    expect(values(reader.doc)).toEqual([]);
    expect(room.isClosed).toBe(true);
  });

  it('sends everyone away for good when the board was deleted meanwhile, which is no error', async () => {
    const error = vi.spyOn(silentLogger, 'error');
    try {
      const [writer, reader] = [peer('writer'), peer('reader')];
      joinRoom(writer);
      joinRoom(reader);
      room.applyClientUpdate(writer, WRITER, edit('too late'));
      await until(() => gate.appends.length === 1, 'the append to start');
      gate.appends[0]!.fail(new BoardDeletedError('board'));
      await until(() => reader.closes.length === 1, 'the reader to be sent away');
      expect(reader.closes).toEqual([CLOSE.forbidden]);
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });

  it('sends a joiner the whole document before any change, and every change after it', async () => {
    const writer = peer('writer');
    room.attach(writer);
    const joiner = peer('joiner');
    room.attach(joiner);
    // Stored and sent while the joiner has not asked for the document yet: its answer holds it.
    room.applyClientUpdate(writer, WRITER, edit('before asking'));
    await until(() => gate.appends.length === 1, 'the first append');
    gate.appends[0]!.release();
    await until(() => gate.events.includes('stored'), 'the first batch stored');
    await turns();
    expect(joiner.received).toEqual([]);

    // Asked while a batch is in the store: the answer waits for it, and so does what follows.
    room.applyClientUpdate(writer, WRITER, edit('while answering'));
    await until(() => gate.appends.length === 2, 'the second append');
    room.answerSyncStep1(joiner, Y.encodeStateVector(new Y.Doc()));
    room.applyClientUpdate(writer, WRITER, edit('after the answer was made'));
    gate.appends[1]!.release();
    await until(() => gate.appends.length === 3, 'the third append');
    await turns();
    gate.appends[2]!.release();
    await until(() => values(joiner.doc).length === 3, 'the joiner to hold all three');
    expect(joiner.received[0]).toBe('whole');
    expect(values(joiner.doc).sort()).toEqual(
      ['after the answer was made', 'before asking', 'while answering'].sort(),
    );
  });
});
