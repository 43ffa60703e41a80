import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newBoardId } from '@kyoso/shared';
import { openPostgresStorage } from './postgres.js';
import type { Storage } from './storage.js';
import { describeStorageContract } from './storage.contract.js';

const databaseUrl = process.env.KYOSO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `kyoso_test_${randomBytes(6).toString('hex')}`;
const open = () => openPostgresStorage(databaseUrl, { schema });

afterAll(async () => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
});

describeStorageContract('postgres', open, open);

/** A Y.Doc whose every push is captured as one update. */
function writer() {
  const doc = new Y.Doc();
  return {
    push(value: string): Uint8Array {
      let update: Uint8Array | null = null;
      doc.once('update', (u: Uint8Array) => (update = u));
      doc.getArray<string>(`from-${doc.clientID}`).push([value]);
      if (!update) throw new Error('no update');
      return update;
    },
  };
}

/** Every value pushed, per writer array, after applying the log in order. */
function replay(updates: Uint8Array[]): string[] {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  const values: string[] = [];
  for (const [name] of doc.share) values.push(...doc.getArray<string>(name).toArray());
  return values.sort();
}

const key = (u: Uint8Array) => Buffer.from(u).toString('hex');

describe('postgres storage under concurrency', () => {
  async function both<T>(run: (a: Storage, b: Storage) => Promise<T>): Promise<T> {
    const a = await open();
    const b = await open();
    try {
      return await run(a, b);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }

  it('keeps every update of two nodes appending to one room at once, in one order', async () => {
    await both(async (a, b) => {
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
      expect(replay(fromA.updates)).toEqual(expected.sort());
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
    await both(async (a, b) => {
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
      expect(replay(after.updates)).toEqual(expected.sort());
      expect(after.updates).toHaveLength(2);
      expect(after.updatesSinceSnapshot).toBe(1);
      expect(after.lastSeq).toBe(lateSeq);
    });
  });

  it('loses nothing while one node compacts in a loop and both append', async () => {
    await both(async (a, b) => {
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
      expect(replay(after.updates)).toEqual(expected.sort());
      expect(await a.loadRoom(room)).toEqual(after);
    });
  });

  it('refuses one of two nodes creating the same board at once', async () => {
    await both(async (a, b) => {
      const id = newBoardId();
      const record = {
        id,
        title: 'race',
        locale: 'en' as const,
        template: 'blank',
        companies: [],
        createdAt: new Date(0).toISOString(),
        tokenGeneration: 0,
      };
      const results = await Promise.allSettled([
        a.createBoard(record, new Map([[`${id}/content`, writer().push('a')]])),
        b.createBoard({ ...record, title: 'other' }, new Map([[`${id}/content`, writer().push('b')]])),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const winner = results[0]?.status === 'fulfilled' ? 'a' : 'b';
      expect(replay((await a.loadRoom(`${id}/content`)).updates)).toEqual([winner]);
    });
  });
});
