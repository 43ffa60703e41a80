// The embedded default: one SQLite file in WAL mode. better-sqlite3 is synchronous, so each call
// is durable (against a process crash) by the time its promise resolves. A board created with
// megabytes of rooms (an import) is written by a worker thread on its own connection
// (sqlite-write-worker.ts): writing it here would hold the event loop that serves live sync.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BoardId } from '@kyoso/shared';
import { runInWorker, siblingModule } from '../workers/worker-task.js';
import {
  BoardDeletedError,
  BoardExistsError,
  boardOfRoom,
  type BoardPatch,
  type BoardRecord,
  type RoomKey,
  type Storage,
  type StoredRoom,
  type VersionKind,
  type VersionRecord,
} from './storage.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS room_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  is_snapshot INTEGER NOT NULL DEFAULT 0,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS room_log_room_seq ON room_log (room, seq);
CREATE TABLE IF NOT EXISTS versions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  board TEXT NOT NULL,
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL,
  record TEXT NOT NULL,
  state BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_board ON versions (board, created_at);
`;

/** Rooms larger than this in all, at creation, are written by the worker thread. */
export const LARGE_WRITE_BYTES = 1024 * 1024;

/** A connection to the file, set up as every connection to it is (here and in the write worker). */
export function openSqliteFile(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a crash of this process (kill -9); only an OS crash can lose
  // the last transactions. FULL would fsync every commit.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

/** Inserts a new board's record and rooms in one transaction; false when the id is taken. */
export type BoardCreator = (board: BoardRecord, rooms: Iterable<[RoomKey, Uint8Array]>) => boolean;

export function sqliteBoardCreator(db: Database.Database): BoardCreator {
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM boards WHERE id = ?');
  const insertBoard = db.prepare<[string, string]>('INSERT INTO boards (id, record) VALUES (?, ?)');
  const insertEntry = db.prepare<[string, Uint8Array]>(
    'INSERT INTO room_log (room, is_snapshot, data) VALUES (?, 0, ?)',
  );
  return db.transaction((board: BoardRecord, rooms: Iterable<[RoomKey, Uint8Array]>): boolean => {
    if (exists.get(board.id)) return false;
    insertBoard.run(board.id, JSON.stringify(board));
    for (const [room, update] of rooms) insertEntry.run(room, update);
    return true;
  });
}

export interface SqliteWriteTask {
  file: string;
  board: BoardRecord;
  rooms: [RoomKey, Uint8Array][];
}

export function openSqliteStorage(dataDir: string, fileName = 'kyoso.db'): Storage {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, fileName);
  const db = openSqliteFile(file);

  const selectBoard = db.prepare<[string], { record: string }>('SELECT record FROM boards WHERE id = ?');
  const selectBoardIds = db.prepare<[], { id: string }>(
    "SELECT id FROM boards WHERE json_extract(record, '$.deletedAt') IS NULL ORDER BY json_extract(record, '$.createdAt'), id",
  );
  const selectDeleted = db.prepare<[string], { id: string }>(
    "SELECT id FROM boards WHERE id = ? AND json_extract(record, '$.deletedAt') IS NOT NULL",
  );
  const deleteRooms = db.prepare<[string, string]>(
    'DELETE FROM room_log WHERE substr(room, 1, length(?)) = ?',
  );
  const deleteVersions = db.prepare<[string]>('DELETE FROM versions WHERE board = ?');
  // A board's rooms are `<board>/...`: compared by prefix, so no pattern characters matter.
  const selectRoomKeys = db.prepare<[string, string], { room: string }>(
    'SELECT DISTINCT room FROM room_log WHERE substr(room, 1, length(?)) = ? ORDER BY room',
  );
  const updateBoard = db.prepare<[string, string]>('UPDATE boards SET record = ? WHERE id = ?');
  const insertEntry = db.prepare<[string, number, Uint8Array]>(
    'INSERT INTO room_log (room, is_snapshot, data) VALUES (?, ?, ?)',
  );
  const selectRoom = db.prepare<[string], { seq: number; is_snapshot: number; data: Buffer }>(
    'SELECT seq, is_snapshot, data FROM room_log WHERE room = ? ORDER BY seq',
  );
  const selectLastSeq = db.prepare<[string], { seq: number }>(
    'SELECT seq FROM room_log WHERE room = ? ORDER BY seq DESC LIMIT 1',
  );
  const deleteThrough = db.prepare<[string, number]>('DELETE FROM room_log WHERE room = ? AND seq <= ?');
  const insertSnapshotAt = db.prepare<[number, string, Uint8Array]>(
    'INSERT INTO room_log (seq, room, is_snapshot, data) VALUES (?, ?, 1, ?)',
  );

  const insertVersion = db.prepare<[string, string, string, string, string, Uint8Array]>(
    'INSERT INTO versions (id, board, kind, created_at, record, state) VALUES (?, ?, ?, ?, ?, ?)',
  );
  // Newest first: by time, then by insertion for versions saved in the same millisecond.
  const selectVersions = db.prepare<[string], { record: string }>(
    'SELECT record FROM versions WHERE board = ? ORDER BY created_at DESC, seq DESC',
  );
  const selectVersion = db.prepare<[string, string], { record: string; state: Buffer }>(
    'SELECT record, state FROM versions WHERE board = ? AND id = ?',
  );
  const deleteOlderVersions = db.prepare<[string, string, string, string, number]>(
    `DELETE FROM versions WHERE board = ? AND kind = ? AND seq NOT IN (
       SELECT seq FROM versions WHERE board = ? AND kind = ? ORDER BY created_at DESC, seq DESC LIMIT ?)`,
  );

  const createHere = sqliteBoardCreator(db);
  /** The record of a board that exists and was not deleted. */
  const liveBoard = (id: string): BoardRecord | null => {
    const row = selectBoard.get(id);
    const record = row ? (JSON.parse(row.record) as BoardRecord & { deletedAt?: string }) : null;
    return record && record.deletedAt === undefined ? record : null;
  };
  /** Writes for a deleted board's rooms fail: a node still holding one must not bring it back. */
  const refuseDeleted = (board: string): void => {
    if (selectDeleted.get(board)) throw new BoardDeletedError(board);
  };
  const rotate = db.transaction((id: string): number | null => {
    const record = liveBoard(id);
    if (!record) return null;
    record.tokenGeneration += 1;
    updateBoard.run(JSON.stringify(record), id);
    return record.tokenGeneration;
  });
  const patchBoard = db.transaction((id: string, patch: BoardPatch): BoardRecord | null => {
    const live = liveBoard(id);
    if (!live) return null;
    const record = { ...live, ...patch };
    updateBoard.run(JSON.stringify(record), id);
    return record;
  });
  const append = db.transaction((room: RoomKey, updates: readonly Uint8Array[]) => {
    refuseDeleted(boardOfRoom(room));
    let seq = 0;
    for (const update of updates) seq = Number(insertEntry.run(room, 0, update).lastInsertRowid);
    return seq;
  });
  // The snapshot takes the sequence number of the last entry it folds, so entries appended
  // meanwhile (higher numbers) still load after it.
  const compact = db.transaction((room: RoomKey, snapshot: Uint8Array, throughSeq: number) => {
    refuseDeleted(boardOfRoom(room));
    deleteThrough.run(room, throughSeq);
    insertSnapshotAt.run(throughSeq, room, snapshot);
  });
  const saveVersion = db.transaction((record: VersionRecord, state: Uint8Array) => {
    refuseDeleted(record.board);
    insertVersion.run(record.id, record.board, record.kind, record.createdAt, JSON.stringify(record), state);
  });
  const remove = db.transaction((id: string): boolean => {
    const record = liveBoard(id);
    if (!record) return false;
    updateBoard.run(JSON.stringify({ ...record, deletedAt: new Date().toISOString() }), id);
    const prefix = `${id}/`;
    deleteRooms.run(prefix, prefix);
    deleteVersions.run(id);
    return true;
  });

  return {
    async createBoard(board, rooms) {
      let bytes = 0;
      for (const update of rooms.values()) bytes += update.byteLength;
      const created =
        bytes > LARGE_WRITE_BYTES
          ? await runInWorker<boolean>(siblingModule(import.meta.url, 'sqlite-write-worker'), {
              file,
              board,
              rooms: [...rooms],
            } satisfies SqliteWriteTask)
          : createHere(board, rooms);
      if (!created) throw new BoardExistsError(board.id);
    },
    async getBoard(id: BoardId) {
      return liveBoard(id);
    },
    async listBoards() {
      return selectBoardIds.all().map((row) => row.id as BoardId);
    },
    async listRooms(board) {
      const prefix = `${board}/`;
      return selectRoomKeys.all(prefix, prefix).map((row) => row.room as RoomKey);
    },
    async rotateTokens(id) {
      return rotate(id);
    },
    async updateBoard(id, patch) {
      return patchBoard(id, patch);
    },
    async deleteBoard(id) {
      return remove(id);
    },
    async loadRoom(room): Promise<StoredRoom> {
      const rows = selectRoom.all(room);
      let bytes = 0;
      let updatesSinceSnapshot = 0;
      for (const row of rows) {
        bytes += row.data.byteLength;
        updatesSinceSnapshot = row.is_snapshot ? 0 : updatesSinceSnapshot + 1;
      }
      return {
        updates: rows.map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)),
        lastSeq: rows.at(-1)?.seq ?? 0,
        updatesSinceSnapshot,
        bytes,
      };
    },
    async lastSeq(room) {
      return selectLastSeq.get(room)?.seq ?? 0;
    },
    async appendUpdates(room, updates) {
      return append(room, updates);
    },
    async compact(room, snapshot, throughSeq) {
      compact(room, snapshot, throughSeq);
    },
    async saveVersion(record: VersionRecord, state: Uint8Array) {
      saveVersion(record, state);
    },
    async listVersions(board: BoardId) {
      return selectVersions.all(board).map((row) => JSON.parse(row.record) as VersionRecord);
    },
    async loadVersion(board: BoardId, id: string) {
      const row = selectVersion.get(board, id);
      if (!row) return null;
      return {
        record: JSON.parse(row.record) as VersionRecord,
        state: new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength),
      };
    },
    async pruneVersions(board: BoardId, kind: VersionKind, keep: number) {
      return deleteOlderVersions.run(board, kind, board, kind, Math.max(0, keep)).changes;
    },
    async close() {
      db.close();
    },
  };
}
