// What every adapter's board records must do (BoardStore), one handle and two at once.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import * as Y from 'yjs';
import { newBoardId } from '@kyoso/shared';
import { BoardDeletedError, BoardExistsError, type Storage } from './storage.js';
import {
  board,
  replay,
  replayValues,
  textUpdate,
  version,
  withTwoNodes,
  writer,
  type OpenStorage,
} from './contract-fixtures.js';

export function describeBoardStoreContract(name: string, open: OpenStorage, reopen?: OpenStorage) {
  describe(`board store contract: ${name}`, () => {
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

    it('lists every board, and each board’s rooms and none of another board’s', async () => {
      const first = { ...board(), createdAt: '2026-01-01T00:00:00.000Z' };
      const second = { ...board(), createdAt: '2026-01-02T00:00:00.000Z' };
      const doc = new Y.Doc();
      await storage.createBoard(second, new Map([[`${second.id}/content`, textUpdate(doc, 'b')]]));
      await storage.createBoard(
        first,
        new Map([
          [`${first.id}/content`, textUpdate(new Y.Doc(), 'a')],
          [`${first.id}/control`, textUpdate(new Y.Doc(), 'c')],
        ]),
      );
      await storage.appendUpdates(`${first.id}/private/a`, [textUpdate(new Y.Doc(), 'p')]);
      const ids = await storage.listBoards();
      expect(ids.filter((id) => id === first.id || id === second.id)).toEqual([first.id, second.id]);
      expect(await storage.listRooms(first.id)).toEqual([
        `${first.id}/content`,
        `${first.id}/control`,
        `${first.id}/private/a`,
      ]);
      expect(await storage.listRooms(second.id)).toEqual([`${second.id}/content`]);
      expect(await storage.listRooms(newBoardId())).toEqual([]);
    });

    it('refuses a second board with the same id and keeps the first', async () => {
      const record = board();
      await storage.createBoard(record, new Map());
      await expect(storage.createBoard({ ...record, title: 'other' }, new Map())).rejects.toBeInstanceOf(
        BoardExistsError,
      );
      expect((await storage.getBoard(record.id))?.title).toBe(record.title);
    });

    it('creates a board with megabytes of rooms (an import) the same way, refusing a taken id', async () => {
      const record = board();
      const doc = new Y.Doc();
      const big = textUpdate(doc, '提携の候補 partnership candidate '.repeat(60_000));
      expect(big.byteLength).toBeGreaterThan(2 * 1024 * 1024);
      await storage.createBoard(record, new Map([[`${record.id}/content`, big]]));
      expect(await storage.getBoard(record.id)).toEqual(record);
      const room = await storage.loadRoom(`${record.id}/content`);
      expect(room.bytes).toBe(big.byteLength);
      expect(replay(room.updates).startsWith('提携の候補 partnership')).toBe(true);
      await expect(
        storage.createBoard({ ...record, title: 'other' }, new Map([[`${record.id}/content`, big]])),
      ).rejects.toBeInstanceOf(BoardExistsError);
      expect((await storage.getBoard(record.id))?.title).toBe(record.title);
    });

    it('answers null for an unknown board', async () => {
      expect(await storage.getBoard(newBoardId())).toBeNull();
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

    it('deletes a board with its rooms and versions, leaving the other boards as they were', async () => {
      const doomed = board();
      const kept = board();
      const doc = new Y.Doc();
      await storage.createBoard(doomed, new Map([[`${doomed.id}/content`, textUpdate(doc, '消える')]]));
      await storage.createBoard(kept, new Map([[`${kept.id}/content`, textUpdate(new Y.Doc(), '残る')]]));
      await storage.appendUpdates(`${doomed.id}/private/a`, [writer().push('draft')]);
      await storage.saveVersion(version(doomed.id, 'named', '前'), Y.encodeStateAsUpdate(doc));
      await storage.saveVersion(version(kept.id, 'named', '残す'), Y.encodeStateAsUpdate(doc));

      expect(await storage.deleteBoard(doomed.id)).toBe(true);
      expect(await storage.getBoard(doomed.id)).toBeNull();
      expect(await storage.listBoards()).not.toContain(doomed.id);
      expect(await storage.listRooms(doomed.id)).toEqual([]);
      expect((await storage.loadRoom(`${doomed.id}/content`)).updates).toEqual([]);
      expect(await storage.listVersions(doomed.id)).toEqual([]);
      expect(await storage.updateBoard(doomed.id, { title: 'back' })).toBeNull();
      expect(await storage.rotateTokens(doomed.id)).toBeNull();
      expect(await storage.deleteBoard(doomed.id)).toBe(false);
      expect(await storage.deleteBoard(newBoardId())).toBe(false);

      expect(await storage.getBoard(kept.id)).toEqual(kept);
      expect(replay((await storage.loadRoom(`${kept.id}/content`)).updates)).toBe('残る');
      expect(await storage.listVersions(kept.id)).toHaveLength(1);
    });

    it("refuses late writes to a deleted board's rooms (a node still holding one), storing nothing", async () => {
      await withTwoNodes(open, async (a, b) => {
        const record = board();
        const doc = new Y.Doc();
        await a.createBoard(record, new Map([[`${record.id}/content`, textUpdate(doc, '前')]]));
        const late = b.appendUpdates(`${record.id}/content`, [writer().push('late')]);
        const deleted = a.deleteBoard(record.id);
        // Whichever lands first, nothing of the room is left once both have.
        await Promise.allSettled([late, deleted]);
        expect(await deleted).toBe(true);
        await expect(b.appendUpdates(`${record.id}/content`, [writer().push('later')])).rejects.toThrow(
          BoardDeletedError,
        );
        await expect(b.compact(`${record.id}/content`, Y.encodeStateAsUpdate(doc), 1)).rejects.toThrow(
          BoardDeletedError,
        );
        await expect(
          b.saveVersion(version(record.id, 'auto', 'automatic'), Y.encodeStateAsUpdate(doc)),
        ).rejects.toThrow(BoardDeletedError);
        expect((await a.loadRoom(`${record.id}/content`)).updates).toEqual([]);
        expect(await a.listRooms(record.id)).toEqual([]);
        expect(await a.listVersions(record.id)).toEqual([]);
      });
    });

    it('refuses one of two nodes creating the same board at once', async () => {
      await withTwoNodes(open, async (a, b) => {
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
        expect(replayValues((await a.loadRoom(`${id}/content`)).updates)).toEqual([winner]);
      });
    });

    if (reopen) {
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
