// Board backups: everything the store holds of a board (its record, every room's state, every saved
// version), one JSON line per board after a header line, readable by either store (a SQLite
// backup restores into PostgreSQL and back). Rooms are folded into one Yjs update each, so a
// backup is as small as the boards are. Restoring creates boards that do not exist yet, with the
// same ids (links keep working with the same KYOSO_SECRET); a board that exists is left as it is.
import * as Y from 'yjs';
import type { BoardId } from '@kyoso/shared';
import {
  BoardExistsError,
  type BoardRecord,
  type RoomKey,
  type Storage,
  type VersionRecord,
} from './storage/storage.js';

export const BACKUP_FORMAT = 'kyoso-backup';
export const BACKUP_VERSION = 1;

interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
}

interface BoardBackup {
  board: BoardRecord;
  /** Room key to its state (base64 of one Yjs update). */
  rooms: Record<RoomKey, string>;
  versions: { record: VersionRecord; state: string }[];
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** Writes the backup of `boards` (every board when empty) line by line; answers how many. */
export async function writeBackup(
  storage: Storage,
  boards: readonly BoardId[],
  write: (line: string) => Promise<void> | void,
  now = new Date(),
): Promise<number> {
  const ids = boards.length > 0 ? boards : await storage.listBoards();
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
  };
  await write(JSON.stringify(header));
  let written = 0;
  for (const id of ids) {
    const board = await storage.getBoard(id);
    if (!board) throw new Error(`no board ${id} in the store`);
    const rooms: Record<RoomKey, string> = {};
    for (const key of await storage.listRooms(id)) {
      const { updates } = await storage.loadRoom(key);
      if (updates.length > 0)
        rooms[key] = toBase64(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
    }
    const versions: BoardBackup['versions'] = [];
    for (const record of await storage.listVersions(id)) {
      const stored = await storage.loadVersion(id, record.id);
      if (stored) versions.push({ record: stored.record, state: toBase64(stored.state) });
    }
    await write(JSON.stringify({ board, rooms, versions } satisfies BoardBackup));
    written += 1;
  }
  return written;
}

export interface RestoreResult {
  restored: BoardId[];
  /** Boards the store already had: left as they are. */
  skipped: BoardId[];
}

/** Restores the boards of a backup's lines into `storage`. */
export async function restoreBackup(
  storage: Storage,
  lines: AsyncIterable<string> | Iterable<string>,
): Promise<RestoreResult> {
  const result: RestoreResult = { restored: [], skipped: [] };
  let header: BackupHeader | null = null;
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`line ${number} is not JSON: not a Kyoso backup, or a damaged one`);
    }
    if (!header) {
      const candidate = value as Partial<BackupHeader>;
      if (candidate.format !== BACKUP_FORMAT)
        throw new Error('not a Kyoso backup (its first line is no header)');
      if (candidate.version !== BACKUP_VERSION)
        throw new Error(
          `a backup of version ${String(candidate.version)}; this server reads version ${BACKUP_VERSION}`,
        );
      header = candidate as BackupHeader;
      continue;
    }
    const backup = value as BoardBackup;
    if (!backup.board?.id || typeof backup.rooms !== 'object' || !Array.isArray(backup.versions))
      throw new Error(`line ${number} is not a board of a Kyoso backup`);
    const id = backup.board.id;
    const rooms = new Map<RoomKey, Uint8Array>();
    for (const [key, state] of Object.entries(backup.rooms)) {
      if (!key.startsWith(`${id}/`)) throw new Error(`line ${number}: room ${key} is not board ${id}'s`);
      rooms.set(key, fromBase64(state));
    }
    try {
      await storage.createBoard(backup.board, rooms);
    } catch (error) {
      if (!(error instanceof BoardExistsError)) throw error;
      result.skipped.push(id);
      continue;
    }
    for (const version of backup.versions) {
      if (version.record.board !== id) throw new Error(`line ${number}: a version of another board`);
      await storage.saveVersion(version.record, fromBase64(version.state));
    }
    result.restored.push(id);
  }
  if (!header) throw new Error('the backup is empty');
  return result;
}
