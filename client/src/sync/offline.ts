// Offline persistence: the channel's document is also kept in IndexedDB (y-indexeddb), so edits
// made while offline survive a reload and reach the server when the connection returns.
// y-indexeddb applies what it loads with itself as the transaction origin, so loading is never
// undoable (the undo manager tracks only the session's local origin).
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import type * as Y from 'yjs';

export interface OfflineStore {
  /** Resolves once what was stored has been loaded into the document. */
  readonly whenSynced: Promise<unknown>;
  /** Stops storing; what was stored stays. */
  destroy(): unknown;
}

/** Opens the store named `name` for `doc` (injectable: tests pass their own or none). */
export type OfflineStoreFactory = (name: string, doc: Y.Doc) => OfflineStore;

/** One IndexedDB database per board and channel. */
export const offlineStoreName = (boardId: string, channel: string): string => `kyoso:${boardId}:${channel}`;

export const indexeddbStore: OfflineStoreFactory = (name, doc) => new IndexeddbPersistence(name, doc);

/** The default: IndexedDB where there is one (browsers; Node only with fake-indexeddb). */
export const defaultOfflineStore = (): OfflineStoreFactory | null =>
  typeof indexedDB === 'undefined' ? null : indexeddbStore;

/**
 * Deletes the channel's offline copy (after the server refused an update in it: the copy holds a
 * change the board will never have). Call it once the store is destroyed.
 */
export async function discardOfflineCopy(boardId: string, channel: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await clearDocument(offlineStoreName(boardId, channel));
}
