// Undo and redo of this browser's own changes: a Y.UndoManager over roots `shapes` and `meta`
// that tracks one origin only, the session's local origin (what `session.run` passes to
// commands). The provider's, y-indexeddb's and every remote origin are untracked, so loading
// and other people's edits are never undone, and an undo only removes our own items.
import * as Y from 'yjs';
import { metaMap, shapesMap } from '@kyoso/shared';
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

export function createHistory(doc: Y.Doc, localOrigin: object, options: HistoryOptions = {}): LiveHistory {
  const manager = new Y.UndoManager([shapesMap(doc), metaMap(doc)], {
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
    destroy() {
      manager.off('stack-item-added', update);
      manager.off('stack-item-popped', update);
      manager.off('stack-cleared', update);
      manager.destroy();
      store.destroy();
    },
  };
}
