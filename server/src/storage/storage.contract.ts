// The behaviour every storage adapter must have. Each adapter's test file runs it.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import * as Y from 'yjs';
import { newBoardId, type BoardId, type CompanyKey } from '@kyoso/shared';
import {
  BoardExistsError,
  type BoardRecord,
  type Storage,
  type VersionKind,
  type VersionRecord,
} from './storage.js';

function board(id: BoardId = newBoardId()): BoardRecord {
  return {
    id,
    title: '提携ワークショップ',
    locale: 'ja',
    template: 'blank',
    companies: [
      { key: 'a' as CompanyKey, name: '株式会社あさひ', color: '#2f6fde' },
      { key: 'b' as CompanyKey, name: 'Blue Ocean Inc.', color: '#e0572b' },
    ],
    createdAt: new Date(0).toISOString(),
    tokenGeneration: 0,
  };
}

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array) => (update = u);
  doc.once('update', capture);
  doc.getText('t').insert(doc.getText('t').length, text);
  if (!update) throw new Error('no update');
  return update;
}

function replay(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

let versionCounter = 0;

function version(
  board: BoardId,
  kind: VersionKind,
  name: string,
  createdAt = new Date().toISOString(),
): VersionRecord {
  versionCounter += 1;
  return {
    id: `v${versionCounter}_${Math.random().toString(36).slice(2)}`,
    board,
    name,
    kind,
    createdAt,
    createdBy: kind === 'named' ? '進行役の佐藤' : null,
    shapes: versionCounter,
  };
}

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();

export function describeStorageContract(
  name: string,
  open: () => Promise<Storage>,
  reopen?: () => Promise<Storage>,
) {
  describe(`storage contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await open();
    });
    afterEach(async () => {
      await storage.close();
    });

    it('creates a board with its first room states and reads it back', async () => {
      const record = board();
      const doc = new Y.Doc();
      const first = textUpdate(doc, '最初');
      await storage.createBoard(record, new Map([[`${record.id}/content`, first]]));
      expect(await storage.getBoard(record.id)).toEqual(record);
      const room = await storage.loadRoom(`${record.id}/content`);
      expect(replay(room.updates)).toBe('最初');
      expect(room.bytes).toBe(first.byteLength);
    });

    it('refuses a second board with the same id and keeps the first', async () => {
      const record = board();
      await storage.createBoard(record, new Map());
      await expect(storage.createBoard({ ...record, title: 'other' }, new Map())).rejects.toBeInstanceOf(
        BoardExistsError,
      );
      expect((await storage.getBoard(record.id))?.title).toBe(record.title);
    });

    it('answers null for an unknown board and an empty log for an unknown room', async () => {
      expect(await storage.getBoard(newBoardId())).toBeNull();
      expect(await storage.loadRoom(`${newBoardId()}/content`)).toEqual({
        updates: [],
        lastSeq: 0,
        updatesSinceSnapshot: 0,
        bytes: 0,
      });
    });

    it("rotates a board's tokens: one generation up each time, nothing else changed", async () => {
      const record = board();
      await storage.createBoard(record, new Map());
      expect(await storage.rotateTokens(record.id)).toBe(1);
      expect(await storage.rotateTokens(record.id)).toBe(2);
      expect(await storage.getBoard(record.id)).toEqual({ ...record, tokenGeneration: 2 });
    });

    it('gives concurrent rotations distinct generations and loses none', async () => {
      const record = board();
      await storage.createBoard(record, new Map());
      const generations = await Promise.all(Array.from({ length: 8 }, () => storage.rotateTokens(record.id)));
      expect([...generations].sort((x, y) => x! - y!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect((await storage.getBoard(record.id))?.tokenGeneration).toBe(8);
    });

    it('patches fields of a board record, keeping the others, and answers null for an unknown board', async () => {
      const record = board();
      await storage.createBoard(record, new Map());
      const renamed = await storage.updateBoard(record.id, { title: '新しい名前', schemaVersion: 2 });
      expect(renamed).toEqual({ ...record, title: '新しい名前', schemaVersion: 2 });
      expect(await storage.getBoard(record.id)).toEqual(renamed);
      expect(await storage.updateBoard(newBoardId(), { title: 'x' })).toBeNull();
    });

    it('loses no field when patches and rotations of one board run at once', async () => {
      const record = board();
      await storage.createBoard(record, new Map());
      await Promise.all([
        storage.updateBoard(record.id, { title: 'A' }),
        storage.rotateTokens(record.id),
        storage.updateBoard(record.id, { admission: true }),
        storage.rotateTokens(record.id),
      ]);
      expect(await storage.getBoard(record.id)).toEqual({
        ...record,
        title: 'A',
        admission: true,
        tokenGeneration: 2,
      });
    });

    it('answers null when rotating an unknown board, and creates nothing', async () => {
      const id = newBoardId();
      expect(await storage.rotateTokens(id)).toBeNull();
      expect(await storage.getBoard(id)).toBeNull();
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

    it('saves versions and lists them newest first, without their states', async () => {
      const id = newBoardId();
      const doc = new Y.Doc();
      textUpdate(doc, '版');
      const first = version(id, 'named', 'ワークショップ1の後', at(1000));
      const second = version(id, 'auto', 'auto', at(2000));
      const sameMs = version(id, 'restore', 'before restoring "x"', at(2000));
      await storage.saveVersion(first, Y.encodeStateAsUpdate(doc));
      await storage.saveVersion(second, Y.encodeStateAsUpdate(doc));
      await storage.saveVersion(sameMs, Y.encodeStateAsUpdate(doc));
      // Another board's versions stay apart.
      await storage.saveVersion(version(newBoardId(), 'named', 'other board'), Y.encodeStateAsUpdate(doc));
      expect(await storage.listVersions(id)).toEqual([sameMs, second, first]);
      expect(await storage.listVersions(newBoardId())).toEqual([]);
    });

    it("loads a version's state, and nothing for an unknown id or another board's version", async () => {
      const id = newBoardId();
      const doc = new Y.Doc();
      textUpdate(doc, 'あの時の盤面');
      const record = version(id, 'named', '合意の前');
      await storage.saveVersion(record, Y.encodeStateAsUpdate(doc));
      textUpdate(doc, 'その後');
      const loaded = await storage.loadVersion(id, record.id);
      expect(loaded?.record).toEqual(record);
      expect(replay([loaded!.state])).toBe('あの時の盤面');
      expect(await storage.loadVersion(id, 'nope')).toBeNull();
      expect(await storage.loadVersion(newBoardId(), record.id)).toBeNull();
    });

    it('prunes the older versions of one kind only, on one board only', async () => {
      const id = newBoardId();
      const other = newBoardId();
      const state = Y.encodeStateAsUpdate(new Y.Doc());
      const autos = [1, 2, 3, 4, 5].map((n) => version(id, 'auto', `auto ${n}`, at(n * 1000)));
      const named = version(id, 'named', '古い名前付き', at(0));
      const otherAuto = version(other, 'auto', 'auto', at(0));
      for (const record of [named, ...autos, otherAuto]) await storage.saveVersion(record, state);
      expect(await storage.pruneVersions(id, 'auto', 2)).toBe(3);
      expect(await storage.listVersions(id)).toEqual([autos[4], autos[3], named]);
      expect(await storage.listVersions(other)).toEqual([otherAuto]);
      expect(await storage.pruneVersions(id, 'auto', 2)).toBe(0);
      expect(await storage.pruneVersions(id, 'auto', 0)).toBe(2);
      expect(await storage.listVersions(id)).toEqual([named]);
    });

    it('refuses a second version with the same id', async () => {
      const record = version(newBoardId(), 'named', 'one');
      const state = Y.encodeStateAsUpdate(new Y.Doc());
      await storage.saveVersion(record, state);
      await expect(storage.saveVersion({ ...record, name: 'two' }, state)).rejects.toThrow();
      expect((await storage.listVersions(record.board)).map((v) => v.name)).toEqual(['one']);
    });

    if (reopen) {
      it('keeps versions across a close and reopen', async () => {
        const doc = new Y.Doc();
        textUpdate(doc, '保存版');
        const record = version(newBoardId(), 'named', '再起動の前');
        await storage.saveVersion(record, Y.encodeStateAsUpdate(doc));
        await storage.close();
        storage = await reopen();
        expect(await storage.listVersions(record.board)).toEqual([record]);
        expect(replay([(await storage.loadVersion(record.board, record.id))!.state])).toBe('保存版');
      });

      it('keeps everything across a close and reopen', async () => {
        const record = board();
        const doc = new Y.Doc();
        await storage.createBoard(record, new Map([[`${record.id}/content`, textUpdate(doc, '残る')]]));
        await storage.appendUpdates(`${record.id}/content`, [textUpdate(doc, 'データ')]);
        await storage.rotateTokens(record.id);
        await storage.close();
        storage = await reopen();
        expect(await storage.getBoard(record.id)).toEqual({ ...record, tokenGeneration: 1 });
        expect(replay((await storage.loadRoom(`${record.id}/content`)).updates)).toBe('残るデータ');
      });
    }
  });
}
