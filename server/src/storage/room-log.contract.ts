// What every adapter's room logs must do (RoomLog), one handle and two nodes at once.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import * as Y from 'yjs';
import { newBoardId } from '@kyoso/shared';
import type { Storage } from './storage.js';
import {
  key,
  replay,
  replayValues,
  textUpdate,
  withTwoNodes,
  writer,
  type OpenStorage,
} from './contract-fixtures.js';

export function describeRoomLogContract(name: string, open: OpenStorage) {
  describe(`room log contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await open();
    });
    afterEach(async () => {
      await storage.close();
    });

    it('answers an empty log for an unknown room', async () => {
      expect(await storage.loadRoom(`${newBoardId()}/content`)).toEqual({
        updates: [],
        lastSeq: 0,
        updatesSinceSnapshot: 0,
        bytes: 0,
      });
    });

    it('returns appended updates in order with increasing sequence numbers', async () => {
      const room = `${newBoardId()}/content`;
      const doc = new Y.Doc();
      const s1 = await storage.appendUpdates(room, [textUpdate(doc, 'a'), textUpdate(doc, 'b')]);
      const s2 = await storage.appendUpdates(room, [textUpdate(doc, 'c')]);
      expect(s2).toBeGreaterThan(s1);
      const loaded = await storage.loadRoom(room);
      expect(replay(loaded.updates)).toBe('abc');
      expect(loaded.lastSeq).toBe(s2);
      expect(loaded.updatesSinceSnapshot).toBe(3);
    });

    it('keeps rooms apart', async () => {
      const id = newBoardId();
      const a = new Y.Doc();
      const b = new Y.Doc();
      await storage.appendUpdates(`${id}/content`, [textUpdate(a, 'shared')]);
      await storage.appendUpdates(`${id}/private/a`, [textUpdate(b, 'secret')]);
      expect(replay((await storage.loadRoom(`${id}/content`)).updates)).toBe('shared');
      expect(replay((await storage.loadRoom(`${id}/private/a`)).updates)).toBe('secret');
    });

    it('compacts the log into a snapshot and keeps what was appended after the cut', async () => {
      const room = `${newBoardId()}/content`;
      const doc = new Y.Doc();
      for (const ch of 'hello') await storage.appendUpdates(room, [textUpdate(doc, ch)]);
      const before = await storage.loadRoom(room);
      const snapshot = Y.encodeStateAsUpdate(doc);
      const late = textUpdate(doc, '!');
      await storage.appendUpdates(room, [late]);
      await storage.compact(room, snapshot, before.lastSeq);
      const after = await storage.loadRoom(room);
      expect(after.updates).toHaveLength(2);
      expect(after.updatesSinceSnapshot).toBe(1);
      expect(replay(after.updates)).toBe('hello!');
      // Compacting again over the snapshot is fine.
      await storage.compact(room, Y.encodeStateAsUpdate(doc), after.lastSeq);
      expect(replay((await storage.loadRoom(room)).updates)).toBe('hello!');
      expect((await storage.loadRoom(room)).updatesSinceSnapshot).toBe(0);
    });

    it("tells a room's last sequence number without the log: moved by appends, kept by compaction", async () => {
      const room = `${newBoardId()}/content`;
      const other = `${newBoardId()}/content`;
      expect(await storage.lastSeq(room)).toBe(0);
      const doc = new Y.Doc();
      const first = await storage.appendUpdates(room, [textUpdate(doc, 'a'), textUpdate(doc, 'b')]);
      await storage.appendUpdates(other, [textUpdate(new Y.Doc(), 'elsewhere')]);
      expect(await storage.lastSeq(room)).toBe(first);
      const second = await storage.appendUpdates(room, [textUpdate(doc, 'c')]);
      expect(await storage.lastSeq(room)).toBe(second);
      await storage.compact(room, Y.encodeStateAsUpdate(doc), second);
      expect(await storage.lastSeq(room)).toBe(second);
      expect(await storage.lastSeq(room)).toBe((await storage.loadRoom(room)).lastSeq);
    });

    it('keeps every update of two nodes appending to one room at once, in one order', async () => {
      await withTwoNodes(open, async (a, b) => {
        const room = `${newBoardId()}/content`;
        const calls: { seq: number; updates: Uint8Array[] }[] = [];
        const expected: string[] = [];
        // Several sequential appenders per node, all running at once.
        const appender = async (node: Storage, name: string) => {
          const w = writer();
          for (let i = 0; i < 15; i++) {
            const updates = [w.push(`${name}-${i}-0`), w.push(`${name}-${i}-1`)];
            expected.push(`${name}-${i}-0`, `${name}-${i}-1`);
            const seq = await node.appendUpdates(room, updates);
            calls.push({ seq, updates });
          }
        };
        await Promise.all([
          appender(a, 'a1'),
          appender(a, 'a2'),
          appender(a, 'a3'),
          appender(b, 'b1'),
          appender(b, 'b2'),
          appender(b, 'b3'),
        ]);

        const fromA = await a.loadRoom(room);
        const fromB = await b.loadRoom(room);
        // Both nodes read the same log.
        expect(fromB).toEqual(fromA);
        // Nothing lost.
        expect(replayValues(fromA.updates)).toEqual(expected.sort());
        // Each call's updates are contiguous and in the given order, the calls in the order of the
        // sequence numbers they were given, and the last of those is the log's lastSeq.
        const seqs = calls.map((c) => c.seq);
        expect(new Set(seqs).size).toBe(calls.length);
        calls.sort((x, y) => x.seq - y.seq);
        expect(fromA.updates.map(key)).toEqual(calls.flatMap((c) => c.updates.map(key)));
        expect(fromA.lastSeq).toBe(calls.at(-1)?.seq);
        expect(fromA.updatesSinceSnapshot).toBe(expected.length);
      });
    });

    it('keeps an update appended by one node while the other compacts', async () => {
      await withTwoNodes(open, async (a, b) => {
        const room = `${newBoardId()}/content`;
        const w = writer();
        const expected: string[] = [];
        for (let i = 0; i < 5; i++) {
          expected.push(`v${i}`);
          await a.appendUpdates(room, [w.push(`v${i}`)]);
        }
        // b loads and folds; a appends after b's load, before b's compaction lands.
        const seen = await b.loadRoom(room);
        const doc = new Y.Doc();
        for (const u of seen.updates) Y.applyUpdate(doc, u);
        expected.push('late');
        const [lateSeq] = await Promise.all([
          a.appendUpdates(room, [w.push('late')]),
          b.compact(room, Y.encodeStateAsUpdate(doc), seen.lastSeq),
        ]);
        const after = await a.loadRoom(room);
        expect(replayValues(after.updates)).toEqual(expected.sort());
        expect(after.updates).toHaveLength(2);
        expect(after.updatesSinceSnapshot).toBe(1);
        expect(after.lastSeq).toBe(lateSeq);
      });
    });

    it('loses nothing while one node compacts in a loop and both append', async () => {
      await withTwoNodes(open, async (a, b) => {
        const room = `${newBoardId()}/content`;
        const expected: string[] = [];
        let appending = true;
        const appender = async (node: Storage, name: string) => {
          const w = writer();
          for (let i = 0; i < 40; i++) {
            expected.push(`${name}-${i}`);
            await node.appendUpdates(room, [w.push(`${name}-${i}`)]);
          }
        };
        let compactions = 0;
        const compactor = async (node: Storage) => {
          while (appending) {
            const seen = await node.loadRoom(room);
            const doc = new Y.Doc();
            for (const u of seen.updates) Y.applyUpdate(doc, u);
            await node.compact(room, Y.encodeStateAsUpdate(doc), seen.lastSeq);
            compactions++;
          }
        };
        const done = Promise.all([
          appender(a, 'a1'),
          appender(a, 'a2'),
          appender(b, 'b1'),
          appender(b, 'b2'),
        ]).finally(() => (appending = false));
        await Promise.all([done, compactor(b), compactor(a)]);
        expect(compactions).toBeGreaterThan(0);
        const after = await b.loadRoom(room);
        expect(replayValues(after.updates)).toEqual(expected.sort());
        expect(await a.loadRoom(room)).toEqual(after);
      });
    });
  });
}
