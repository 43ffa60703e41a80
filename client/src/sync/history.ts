// Undo and redo of this browser's own changes: a Y.UndoManager over root `shapes` that tracks
// one origin only, the session's local origin (what `session.run` passes to commands). The
// provider's, y-indexeddb's and every remote origin are untracked, so loading and other people's
// edits are never undone, and an undo only removes our own items. What the next undo or redo
// would touch can be asked first: the editor does not undo into a card that has since become
// read-only for this page (locked meanwhile), which the server would refuse.
//
// Y.UndoManager can leave a map key with no value: undoing a change whose earlier value someone
// else has overwritten since deletes ours and cannot bring back theirs (yjs/yjs#514, #472), and a
// card without `x` reads as malformed and vanishes. So each step runs in one transaction with a
// repair: a key the step left empty gets back the value it had before the step (as Yjs means it:
// a change that conflicts with someone else's is not undone), and a card the step brought back
// unreadable is taken out again. The server refuses any write that leaves a shape unreadable, so
// the repair has to travel in the step's own update.
import * as Y from 'yjs';
import { readShape, shapesMap, type ShapeId } from '@kyoso/shared';
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

/** A shape's stored fields before a step: plain values as they are, texts as strings. */
type Fields = Map<string, unknown>;

function fieldsOf(map: Y.Map<unknown>): Fields {
  const fields: Fields = new Map();
  for (const [key, value] of map.entries()) {
    if (value instanceof Y.Text) fields.set(key, value.toString());
    else if (!(value instanceof Y.AbstractType)) fields.set(key, value);
  }
  return fields;
}

/** Puts back what the step left broken (see the top of this file). */
function repairStep(doc: Y.Doc, before: ReadonlyMap<ShapeId, Fields | null>): void {
  const root = shapesMap(doc);
  for (const [id, fields] of before) {
    const map = root.get(id);
    if (!(map instanceof Y.Map) || readShape(id, map).ok) continue;
    if (fields === null) {
      // Brought back by the step, but not whole: better gone than a broken card.
      root.delete(id);
      continue;
    }
    for (const [key, value] of fields)
      if (map.get(key) === undefined)
        map.set(key, typeof value === 'string' && key === 'text' ? new Y.Text(value) : value);
  }
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

  const touchedBy = (which: 'undo' | 'redo'): ShapeId[] => {
    const item = (which === 'undo' ? manager.undoStack : manager.redoStack).at(-1);
    if (!item) return [];
    const ids = new Set<ShapeId>();
    for (const set of [item.insertions, item.deletions]) for (const id of shapesIn(doc, set)) ids.add(id);
    return [...ids];
  };

  function step(which: 'undo' | 'redo'): void {
    const root = shapesMap(doc);
    const before = new Map<ShapeId, Fields | null>();
    for (const id of touchedBy(which)) {
      const map = root.get(id);
      before.set(id, map instanceof Y.Map ? fieldsOf(map) : null);
    }
    const flag = which === 'undo' ? 'undoing' : 'redoing';
    try {
      // One transaction, the manager's own: it records the step and its repair as one item on the
      // other stack. undo() and redo() clear their flag when they return, before the transaction
      // ends and the manager looks at it, so the flag is set again for the rest of it.
      doc.transact(() => {
        if (which === 'undo') manager.undo();
        else manager.redo();
        manager[flag] = true;
        repairStep(doc, before);
      }, manager);
    } finally {
      manager[flag] = false;
    }
    update();
  }

  return {
    get: store.get,
    subscribe: store.subscribe,
    undo() {
      step('undo');
    },
    redo() {
      step('redo');
    },
    stopCapturing: () => manager.stopCapturing(),
    touchedBy,
    destroy() {
      manager.off('stack-item-added', update);
      manager.off('stack-item-popped', update);
      manager.off('stack-cleared', update);
      manager.destroy();
      store.destroy();
    },
  };
}
