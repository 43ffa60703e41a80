// What every adapter's saved versions must do (SavedVersions).
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import * as Y from 'yjs';
import { newBoardId } from '@kyoso/shared';
import type { Storage } from './storage.js';
import { at, replay, textUpdate, version, type OpenStorage } from './contract-fixtures.js';

export function describeSavedVersionsContract(name: string, open: OpenStorage, reopen?: OpenStorage) {
  describe(`saved versions contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await open();
    });
    afterEach(async () => {
      await storage.close();
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
    }
  });
}
