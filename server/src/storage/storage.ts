// The storage seam, in three parts: board records (BoardStore), the update log of each room
// (RoomLog) and saved versions (SavedVersions). One adapter per engine (SQLite, PostgreSQL)
// implements all three as `Storage`; each part has its contract suite (*.contract.ts), which every
// adapter passes. Code that needs one part takes that part.
import type { BoardId, Company, Locale } from '@kyoso/shared';

/** A room is one channel of one board, e.g. `abc123/content`. */
export type RoomKey = string;

export interface BoardRecord {
  id: BoardId;
  title: string;
  locale: Locale;
  template: string;
  companies: Company[];
  createdAt: string;
  /** Bumped when links are rotated: tokens of an older generation stop working. */
  tokenGeneration: number;
  /**
   * The content document's schema version, as the server last migrated it. The document's own
   * `meta.schemaVersion` is written from this, never trusted on its own. Absent on boards
   * created before it was recorded.
   */
  schemaVersion?: number;
  /** People opening a link wait until the facilitator lets them in. */
  admission?: boolean;
}

/** The fields of a board record that change after creation (other than the token generation). */
export type BoardPatch = Partial<Pick<BoardRecord, 'title' | 'companies' | 'schemaVersion' | 'admission'>>;

export interface StoredRoom {
  /** The snapshot (if any) followed by every update appended after it, in order. */
  updates: Uint8Array[];
  /** Sequence number of the last stored entry (0 when empty): what a compaction may fold up to. */
  lastSeq: number;
  /** Entries since the last snapshot: the compaction trigger. */
  updatesSinceSnapshot: number;
  /** Stored bytes of the room: the document size limit is checked against it. */
  bytes: number;
}

/** Why a version was saved: by name (the facilitator), automatically, or just before a restore. */
export type VersionKind = 'named' | 'auto' | 'restore';

/** A saved version of a board's `content` document, without its state. */
export interface VersionRecord {
  /** Random and url-safe. */
  id: string;
  board: BoardId;
  name: string;
  kind: VersionKind;
  createdAt: string;
  /** The participant who saved it; null for a link token or the server. */
  createdBy: string | null;
  /** Shapes in the version (for the list, without loading the state). */
  shapes: number;
}

export interface StoredVersion {
  record: VersionRecord;
  /** `Y.encodeStateAsUpdate` of the content document at that time. */
  state: Uint8Array;
}

export interface BoardStore {
  /** Creates a board and the first state of its rooms atomically; fails if the id exists. */
  createBoard(board: BoardRecord, rooms: ReadonlyMap<RoomKey, Uint8Array>): Promise<void>;
  getBoard(id: BoardId): Promise<BoardRecord | null>;
  /** Every board's id, by creation time (backups). */
  listBoards(): Promise<BoardId[]>;
  /**
   * Bumps the board's token generation by one, atomically (two concurrent rotations get two
   * numbers), and resolves with the new generation; null for an unknown board.
   */
  rotateTokens(id: BoardId): Promise<number | null>;
  /** Sets the given fields of the board record atomically; resolves with the new record, null if unknown. */
  updateBoard(id: BoardId, patch: BoardPatch): Promise<BoardRecord | null>;
  /**
   * Deletes the board: every room and version of it, atomically; false when there is no such
   * board. Its record stays as a tombstone: the board reads as unknown everywhere, and appends,
   * compactions and versions for its rooms (a node still holding one) fail with
   * BoardDeletedError instead of bringing them back.
   */
  deleteBoard(id: BoardId): Promise<boolean>;
}

export interface RoomLog {
  loadRoom(room: RoomKey): Promise<StoredRoom>;
  /**
   * The sequence number of the room's last entry (0 when it has none), read without the log: the
   * room changed if and only if it moved. Compaction keeps it (a snapshot takes the number of the
   * last entry it folds) and numbers are never reused.
   */
  lastSeq(room: RoomKey): Promise<number>;
  /** The rooms of `board` that hold anything (`<board>/<channel>`), in key order (backups). */
  listRooms(board: BoardId): Promise<RoomKey[]>;
  /** Appends updates in order, atomically; resolves with the last sequence number once durable. */
  appendUpdates(room: RoomKey, updates: readonly Uint8Array[]): Promise<number>;
  /** Replaces every entry up to `throughSeq` by `snapshot`, which must contain them all. */
  compact(room: RoomKey, snapshot: Uint8Array, throughSeq: number): Promise<void>;
}

export interface SavedVersions {
  /** Stores a version; fails if its id exists. */
  saveVersion(record: VersionRecord, state: Uint8Array): Promise<void>;
  /** The board's versions, newest first, without their states. */
  listVersions(board: BoardId): Promise<VersionRecord[]>;
  /** One version of that board with its state; null if unknown or of another board. */
  loadVersion(board: BoardId, id: string): Promise<StoredVersion | null>;
  /** Deletes all but the newest `keep` versions of `kind`; resolves with how many it deleted. */
  pruneVersions(board: BoardId, kind: VersionKind, keep: number): Promise<number>;
}

/** One engine's store: all three parts, and closing it. */
export interface Storage extends BoardStore, RoomLog, SavedVersions {
  close(): Promise<void>;
}

export class BoardExistsError extends Error {
  constructor(id: string) {
    super(`board ${id} already exists`);
  }
}

export class BoardDeletedError extends Error {
  constructor(id: string) {
    super(`board ${id} was deleted`);
  }
}

/** The board a room belongs to: rooms are `<board>/<channel>`. */
export function boardOfRoom(room: RoomKey): string {
  const slash = room.indexOf('/');
  return slash < 0 ? room : room.slice(0, slash);
}
