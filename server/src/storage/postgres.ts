// The scale-out adapter: PostgreSQL through a connection pool. Several server nodes may share one
// database and write to the same room at once, so every write to a room's log runs in a
// transaction holding that room's advisory lock. Sequence numbers are drawn inside the lock, which
// makes a room's sequence order its commit order: a reader sees a prefix of the log, never a
// later entry without an earlier one, so "every entry up to lastSeq" is exactly what it loaded and
// a compaction through that number folds nothing it has not seen.
import pg from 'pg';
import type { PoolClient } from 'pg';
import type { BoardId } from '@kyoso/shared';
import { silentLogger, type Logger } from '../log.js';
import {
  BoardDeletedError,
  BoardExistsError,
  boardOfRoom,
  type BoardRecord,
  type RoomKey,
  type Storage,
  type StoredRoom,
  type VersionKind,
  type VersionRecord,
} from './storage.js';

const DDL = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  record JSONB NOT NULL
);
CREATE TABLE IF NOT EXISTS room_log (
  seq BIGSERIAL NOT NULL,
  room TEXT NOT NULL,
  is_snapshot BOOLEAN NOT NULL DEFAULT FALSE,
  data BYTEA NOT NULL,
  PRIMARY KEY (room, seq)
);
CREATE TABLE IF NOT EXISTS versions (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  board TEXT NOT NULL,
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL,
  record JSONB NOT NULL,
  state BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_board ON versions (board, created_at);
`;

// Advisory locks are per database (not per schema), keyed by two int4s: a class and an object.
// 0x4b796f73 is "Kyos".
const LOCK_CLASS_ROOM = 0x4b796f73;
const LOCK_CLASS_SCHEMA = LOCK_CLASS_ROOM + 1;

const LOCK_ROOM = 'SELECT pg_advisory_xact_lock($1::int4, hashtext($2::text))';

const INSERT_BOARD = 'INSERT INTO boards (id, record) VALUES ($1, $2::jsonb)';
// A deleted board keeps its record, with `deletedAt`, as a tombstone (deleteBoard).
const LIVE = "NOT (record ? 'deletedAt')";
const SELECT_BOARD = `SELECT record FROM boards WHERE id = $1 AND ${LIVE}`;
const SELECT_BOARD_IDS = `SELECT id FROM boards WHERE ${LIVE} ORDER BY record->>'createdAt', id`;
// FOR SHARE: a write to a board's rooms and the board's deletion (an UPDATE of the same row)
// take turns, so no write lands after the deletion has removed the rooms.
const SELECT_DELETED_SHARED = "SELECT record ? 'deletedAt' AS deleted FROM boards WHERE id = $1 FOR SHARE";
const MARK_DELETED = `UPDATE boards SET record = record || jsonb_build_object('deletedAt', $2::text)
WHERE id = $1 AND ${LIVE} RETURNING id`;
const DELETE_ROOMS = 'DELETE FROM room_log WHERE left(room, length($1)) = $1';
const DELETE_VERSIONS = 'DELETE FROM versions WHERE board = $1';
// A board's rooms are `<board>/...`: compared by prefix, so no pattern characters matter.
const SELECT_ROOM_KEYS = 'SELECT DISTINCT room FROM room_log WHERE left(room, length($1)) = $1 ORDER BY room';
// `||` merges the patch's keys into the record in one statement: concurrent patches of different
// fields (and rotations) never overwrite each other.
const PATCH_BOARD = `UPDATE boards SET record = record || $2::jsonb WHERE id = $1 AND ${LIVE} RETURNING record`;
// One statement: the row lock makes concurrent rotations queue, each getting its own number.
const ROTATE_TOKENS = `
UPDATE boards
SET record = jsonb_set(record, '{tokenGeneration}', to_jsonb((record->>'tokenGeneration')::bigint + 1))
WHERE id = $1 AND ${LIVE}
RETURNING (record->>'tokenGeneration')::bigint AS generation`;
// Draws one sequence number per update and pairs them in order with the updates (neither
// `INSERT ... SELECT ... ORDER BY` nor RETURNING promise an order, so the pairing is explicit).
const INSERT_UPDATES = `
WITH inserted AS (
  INSERT INTO room_log (room, seq, data)
  SELECT $1, drawn.seq, updates.data
  FROM unnest($2::bytea[]) WITH ORDINALITY AS updates (data, i)
  JOIN (
    SELECT row_number() OVER (ORDER BY seq) AS i, seq
    FROM (SELECT nextval('room_log_seq_seq') AS seq FROM generate_series(1, cardinality($2::bytea[]))) AS raw
  ) AS drawn USING (i)
  RETURNING seq
)
SELECT max(seq) AS seq FROM inserted`;
const SELECT_ROOM = 'SELECT seq, is_snapshot, data FROM room_log WHERE room = $1 ORDER BY seq';
const SELECT_LAST_SEQ = 'SELECT seq FROM room_log WHERE room = $1 ORDER BY seq DESC LIMIT 1';
const SELECT_LATER_SNAPSHOT = 'SELECT 1 FROM room_log WHERE room = $1 AND is_snapshot AND seq > $2 LIMIT 1';
const DELETE_THROUGH = 'DELETE FROM room_log WHERE room = $1 AND seq <= $2';
const INSERT_VERSION =
  'INSERT INTO versions (id, board, kind, created_at, record, state) VALUES ($1, $2, $3, $4, $5::jsonb, $6)';
// Newest first: by time (ISO strings sort as times), then by insertion within one millisecond.
const SELECT_VERSIONS = 'SELECT record FROM versions WHERE board = $1 ORDER BY created_at DESC, seq DESC';
const SELECT_VERSION = 'SELECT record, state FROM versions WHERE board = $1 AND id = $2';
const PRUNE_VERSIONS = `
DELETE FROM versions WHERE board = $1 AND kind = $2 AND seq NOT IN (
  SELECT seq FROM versions WHERE board = $1 AND kind = $2 ORDER BY created_at DESC, seq DESC LIMIT $3)`;
const INSERT_SNAPSHOT_AT = 'INSERT INTO room_log (room, seq, is_snapshot, data) VALUES ($1, $2, TRUE, $3)';

/** libpq startup options split on whitespace; a backslash escapes the next character. */
function escapeStartupOption(value: string): string {
  return value.replace(/[\\\s]/g, (ch) => `\\${ch}`);
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

export async function openPostgresStorage(
  databaseUrl: string,
  options: { schema?: string; log?: Logger } = {},
): Promise<Storage> {
  const { schema, log = silentLogger } = options;
  const quotedSchema = schema === undefined ? undefined : pg.escapeIdentifier(schema);
  if (schema !== undefined && (schema.length === 0 || Buffer.byteLength(schema) > 63)) {
    // PostgreSQL would silently truncate a longer name: refuse rather than use another schema.
    throw new Error(`invalid schema name ${JSON.stringify(schema)}: 1 to 63 bytes`);
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    ...(quotedSchema === undefined ? {} : { options: `-c search_path=${escapeStartupOption(quotedSchema)}` }),
  });
  // An idle client losing its connection emits on the pool; unheard, it would crash the process.
  pool.on('error', (err) => log.warn('postgres idle client error', { message: err.message }));

  async function transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // The connection is unusable: drop it from the pool instead of reusing it.
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
      throw err;
    } finally {
      client.release(broken);
    }
  }

  async function lockRoom(client: PoolClient, room: RoomKey): Promise<void> {
    await client.query(LOCK_ROOM, [LOCK_CLASS_ROOM, room]);
  }

  /** Writes for a deleted board's rooms fail: a node still holding one must not bring it back. */
  async function refuseDeleted(client: PoolClient, board: string): Promise<void> {
    const { rows } = await client.query<{ deleted: boolean }>(SELECT_DELETED_SHARED, [board]);
    if (rows[0]?.deleted) throw new BoardDeletedError(board);
  }

  try {
    // Serialized, so that nodes starting together do not race on creating the same objects
    // (IF NOT EXISTS is not safe against a concurrent creator).
    await transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1::int4, 0)', [LOCK_CLASS_SCHEMA]);
      if (schema !== undefined && quotedSchema !== undefined) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${quotedSchema}`);
        const { rows } = await client.query<{ schema: string | null }>('SELECT current_schema() AS schema');
        // An `options` parameter in the connection string overrides ours: fail rather than
        // write to whatever schema that selects.
        if (rows[0]?.schema !== schema) {
          throw new Error(`search_path does not select schema ${schema} (got ${String(rows[0]?.schema)})`);
        }
      }
      await client.query(DDL);
    });
  } catch (err) {
    await pool.end();
    throw err;
  }

  let closed = false;
  return {
    async createBoard(board: BoardRecord, rooms: ReadonlyMap<RoomKey, Uint8Array>) {
      await transaction(async (client) => {
        try {
          // A concurrent creator of the same id makes this wait for its commit, then fail.
          await client.query(INSERT_BOARD, [board.id, JSON.stringify(board)]);
        } catch (err) {
          if (isUniqueViolation(err)) throw new BoardExistsError(board.id);
          throw err;
        }
        for (const [room, update] of rooms) {
          await lockRoom(client, room);
          await client.query(INSERT_UPDATES, [room, [update]]);
        }
      });
    },

    async getBoard(id: BoardId) {
      const { rows } = await pool.query<{ record: BoardRecord }>(SELECT_BOARD, [id]);
      return rows[0]?.record ?? null;
    },

    async listBoards() {
      const { rows } = await pool.query<{ id: string }>(SELECT_BOARD_IDS);
      return rows.map((row) => row.id as BoardId);
    },

    async listRooms(board: BoardId) {
      const { rows } = await pool.query<{ room: string }>(SELECT_ROOM_KEYS, [`${board}/`]);
      return rows.map((row) => row.room as RoomKey);
    },

    async updateBoard(id: BoardId, patch) {
      const { rows } = await pool.query<{ record: BoardRecord }>(PATCH_BOARD, [id, JSON.stringify(patch)]);
      return rows[0]?.record ?? null;
    },

    async deleteBoard(id: BoardId) {
      return transaction(async (client) => {
        const marked = await client.query(MARK_DELETED, [id, new Date().toISOString()]);
        if (!marked.rowCount) return false;
        await client.query(DELETE_ROOMS, [`${id}/`]);
        await client.query(DELETE_VERSIONS, [id]);
        return true;
      });
    },

    async rotateTokens(id: BoardId) {
      const { rows } = await pool.query<{ generation: string }>(ROTATE_TOKENS, [id]);
      return rows[0] ? Number(rows[0].generation) : null;
    },

    async loadRoom(room): Promise<StoredRoom> {
      // One statement, one snapshot: a consistent prefix of the room's log.
      const { rows } = await pool.query<{ seq: string; is_snapshot: boolean; data: Buffer }>(SELECT_ROOM, [
        room,
      ]);
      let bytes = 0;
      let updatesSinceSnapshot = 0;
      for (const row of rows) {
        bytes += row.data.byteLength;
        updatesSinceSnapshot = row.is_snapshot ? 0 : updatesSinceSnapshot + 1;
      }
      const last = rows.at(-1);
      return {
        updates: rows.map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)),
        lastSeq: last ? Number(last.seq) : 0,
        updatesSinceSnapshot,
        bytes,
      };
    },

    async lastSeq(room) {
      const { rows } = await pool.query<{ seq: string }>(SELECT_LAST_SEQ, [room]);
      return rows[0] ? Number(rows[0].seq) : 0;
    },

    async appendUpdates(room, updates) {
      // Like the SQLite adapter: nothing to append, nothing stored, 0.
      if (updates.length === 0) return 0;
      return transaction(async (client) => {
        await lockRoom(client, room);
        await refuseDeleted(client, boardOfRoom(room));
        const { rows } = await client.query<{ seq: string }>(INSERT_UPDATES, [room, updates]);
        return Number(rows[0]?.seq);
      });
    },

    // The snapshot takes the sequence number of the last entry it folds, so entries appended
    // meanwhile (higher numbers) still load after it.
    async compact(room, snapshot, throughSeq) {
      await transaction(async (client) => {
        await lockRoom(client, room);
        await refuseDeleted(client, boardOfRoom(room));
        // Another node already compacted further: its snapshot holds everything this one does.
        const later = await client.query(SELECT_LATER_SNAPSHOT, [room, throughSeq]);
        if (later.rowCount) return;
        await client.query(DELETE_THROUGH, [room, throughSeq]);
        await client.query(INSERT_SNAPSHOT_AT, [room, throughSeq, snapshot]);
      });
    },

    async saveVersion(record: VersionRecord, state: Uint8Array) {
      await transaction(async (client) => {
        await refuseDeleted(client, record.board);
        await client.query(INSERT_VERSION, [
          record.id,
          record.board,
          record.kind,
          record.createdAt,
          JSON.stringify(record),
          state,
        ]);
      });
    },

    async listVersions(board: BoardId) {
      const { rows } = await pool.query<{ record: VersionRecord }>(SELECT_VERSIONS, [board]);
      return rows.map((row) => row.record);
    },

    async loadVersion(board: BoardId, id: string) {
      const { rows } = await pool.query<{ record: VersionRecord; state: Buffer }>(SELECT_VERSION, [
        board,
        id,
      ]);
      const row = rows[0];
      if (!row) return null;
      return {
        record: row.record,
        state: new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength),
      };
    },

    async pruneVersions(board: BoardId, kind: VersionKind, keep: number) {
      const { rowCount } = await pool.query(PRUNE_VERSIONS, [board, kind, Math.max(0, keep)]);
      return rowCount ?? 0;
    },

    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
