// Saving and reading versions of a board's content. The current state is read from the room (the
// live document, loaded if idle), so a version holds everything peers have seen, even what is
// not yet folded into storage.
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { migrateContentDoc, readShapes, type BoardId, type Shape } from '@kyoso/shared';
import { roomKey } from '../boards.js';
import type { SavedVersions, VersionKind, VersionRecord } from '../storage/storage.js';
import type { RoomRegistry } from '../sync/rooms.js';
import { withRooms } from '../sync/server-writes.js';

/** A version as the API answers it (docs/API.md). */
export interface Version {
  id: string;
  name: string;
  kind: VersionKind;
  createdAt: string;
  createdBy: string | null;
  shapes: number;
}

export const toVersion = ({ id, name, kind, createdAt, createdBy, shapes }: VersionRecord): Version => ({
  id,
  name,
  kind,
  createdAt,
  createdBy,
  shapes,
});

/** 16 random bytes, base64url: unguessable and safe in a path. */
export const newVersionId = (): string => randomBytes(16).toString('base64url');

export interface VersionStoreDeps {
  storage: SavedVersions;
  rooms: RoomRegistry;
  now?: () => number;
  /** Called in the same tick the content is read, with the board whose state was captured. */
  onCapture?: (board: BoardId) => void;
}

export interface VersionStore {
  /** Saves the board's current content as a version. */
  save(board: BoardId, kind: VersionKind, name: string, createdBy: string | null): Promise<VersionRecord>;
  list(board: BoardId): Promise<VersionRecord[]>;
  /** The version's record and shapes (migrated to the current schema); null if unknown. */
  load(board: BoardId, id: string): Promise<{ record: VersionRecord; shapes: Shape[] } | null>;
  /** When the board's newest version was saved (ms), or null when it has none. */
  latestAt(board: BoardId): Promise<number | null>;
}

export function createVersionStore(deps: VersionStoreDeps): VersionStore {
  const { storage, rooms } = deps;
  const now = deps.now ?? Date.now;
  return {
    async save(board, kind, name, createdBy) {
      const { state, shapes } = await withRooms(rooms, [roomKey(board, 'content')], async ([room]) => {
        // Read in one go, without awaiting: the state and its shape count agree.
        deps.onCapture?.(board);
        return { state: Y.encodeStateAsUpdate(room!.doc), shapes: readShapes(room!.doc).shapes.length };
      });
      const record: VersionRecord = {
        id: newVersionId(),
        board,
        name,
        kind,
        createdAt: new Date(now()).toISOString(),
        createdBy,
        shapes,
      };
      await storage.saveVersion(record, state);
      return record;
    },
    list: (board) => storage.listVersions(board),
    async load(board, id) {
      const stored = await storage.loadVersion(board, id);
      if (!stored) return null;
      const doc = new Y.Doc();
      try {
        Y.applyUpdate(doc, stored.state);
        // A version saved before a schema change is read as the board would be read today.
        migrateContentDoc(doc);
        return { record: stored.record, shapes: readShapes(doc).shapes };
      } finally {
        doc.destroy();
      }
    },
    async latestAt(board) {
      const [newest] = await storage.listVersions(board);
      return newest ? Date.parse(newest.createdAt) : null;
    },
  };
}
