// Undo and redo of this browser's own changes: a Y.UndoManager over root `shapes` that tracks
// one origin only, the session's local origin (what `session.run` passes to commands). The
// provider's, y-indexeddb's and every remote origin are untracked, so loading and other people's
// edits are never undone, and an undo only removes our own items. What the next undo or redo
// would touch can be asked first: the editor does not undo into a card that has since become
// read-only for this page (locked meanwhile), which the server would refuse.
import * as Y from 'yjs';
import { shapesMap, type ShapeId } from '@kyoso/shared';
import type { History, HistoryState } from './session-types';
import { createValueStore } from './store';

export interface LiveHistory extends History {
  destroy(): void;
}

export interface HistoryOptions {
  /** Changes closer together than this are one undo step (ms, default 500). */
  captureTimeout?: number;
}

const sameState = (a: HistoryState, b: HistoryState) => a.canUndo === b.canUndo && a.canRedo === b.canRedo;

/** The shape each struct of a delete set belongs to (its ancestor right under root `shapes`). */
type DeleteSet = Y.UndoManager['undoStack'][number]['insertions'];

function shapesIn(doc: Y.Doc, set: DeleteSet): ShapeId[] {
  const ids: ShapeId[] = [];
  const root = shapesMap(doc);
  set.clients.forEach((ranges, client) => {
    for (const range of ranges) {
      let clock = range.clock;
      while (clock < range.clock + range.len) {
        const struct = Y.getItem(doc.store, Y.createID(client, clock)) as Y.Item | Y.GC;
        clock = struct.id.clock + struct.length;
        let item: Y.Item | null = struct instanceof Y.Item ? struct : null;
        while (item && item.parent !== root) item = (item.parent as Y.AbstractType<unknown>)._item;
        if (item?.parentSub) ids.push(item.parentSub as ShapeId);
      }
    }
  });
  return ids;
}

export function createHistory(doc: Y.Doc, localOrigin: object, options: HistoryOptions = {}): LiveHistory {
  const manager = new Y.UndoManager([shapesMap(doc)], {
    trackedOrigins: new Set<unknown>([localOrigin]),
    captureTimeout: options.captureTimeout ?? 500,
  });
  const read = (): HistoryState => ({ canUndo: manager.canUndo(), canRedo: manager.canRedo() });
  const store = createValueStore(read(), sameState);
  const update = () => {
    store.set(read());
  };
  manager.on('stack-item-added', update);
  manager.on('stack-item-popped', update);
  manager.on('stack-cleared', update);

  return {
    get: store.get,
    subscribe: store.subscribe,
    undo() {
      manager.undo();
      update();
    },
    redo() {
      manager.redo();
      update();
    },
    stopCapturing: () => manager.stopCapturing(),
    touchedBy(step) {
      const item = (step === 'undo' ? manager.undoStack : manager.redoStack).at(-1);
      if (!item) return [];
      const ids = new Set<ShapeId>();
      for (const set of [item.insertions, item.deletions]) for (const id of shapesIn(doc, set)) ids.add(id);
      return [...ids];
    },
    destroy() {
      manager.off('stack-item-added', update);
      manager.off('stack-item-popped', update);
      manager.off('stack-cleared', update);
      manager.destroy();
      store.destroy();
    },
  };
}
