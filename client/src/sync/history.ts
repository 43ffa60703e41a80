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

type DeleteSet = Y.UndoManager['undoStack'][number]['insertions'];

/** The shape each struct of a delete set belongs to (its ancestor right under root `shapes`). */
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

/** A step's transaction, with what it deleted sorted for lookups (Yjs sorts it only at the end). */
interface Step {
  tr: Y.Transaction;
  deleted: DeleteSet;
}

/** Whether `item` is new in the step (redone items are new items of this client). */
const isNew = ({ tr }: Step, item: Y.Item) => item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0);

/** Whether `item` was visible before the step: not new, and not deleted or deleted by the step. */
const wasVisible = (step: Step, item: Y.Item) =>
  !isNew(step, item) && (!item.deleted || Y.isDeleted(step.deleted, item.id));

/** What a text read before the step: its characters then visible. */
function textBefore(step: Step, text: Y.Text): string {
  let out = '';
  for (let item = text._start; item; item = item.right)
    if (item.content instanceof Y.ContentString && wasVisible(step, item)) out += item.content.str;
  return out;
}

/** The value `map[key]` held before the step (undefined if none), texts as new texts of the same string. */
function valueBefore(step: Step, map: Y.Map<unknown>, key: string): unknown {
  for (let item = map._map.get(key) ?? null; item; item = item.left) {
    if (!wasVisible(step, item)) continue;
    const value = item.content.getContent().at(-1);
    return value instanceof Y.Text ? new Y.Text(textBefore(step, value)) : value;
  }
  return undefined;
}

/** The shapes `tr` changed: keys of root `shapes`, and the shape above every changed type. */
function shapesChangedBy(tr: Y.Transaction, root: Y.Map<unknown>): Set<string> {
  const ids = new Set<string>();
  tr.changed.forEach((keys, type) => {
    if (type === (root as Y.AbstractType<unknown>)) {
      for (const key of keys) if (key !== null) ids.add(key);
      return;
    }
    let item = type._item;
    while (item && item.parent !== root) item = (item.parent as Y.AbstractType<unknown>)._item;
    if (item?.parentSub) ids.add(item.parentSub);
  });
  return ids;
}

/**
 * Puts back what the step left broken (see the top of this file). Judged from the step's own
 * transaction: an undo that finds nothing to do on the top of the stack goes on to the next item,
 * so which shapes a step touches is known only once it ran.
 */
function repairStep(tr: Y.Transaction, root: Y.Map<unknown>): void {
  const step: Step = { tr, deleted: Y.mergeDeleteSets([tr.deleteSet]) };
  for (const id of shapesChangedBy(tr, root)) {
    const map = root.get(id);
    if (!(map instanceof Y.Map) || readShape(id as ShapeId, map).ok) continue;
    if (map._item && isNew(step, map._item)) {
      // Brought back by the step, but not whole: better gone than a broken card.
      root.delete(id);
      continue;
    }
    for (const key of map._map.keys()) {
      if (map.get(key) !== undefined) continue;
      const value = valueBefore(step, map, key);
      if (value !== undefined) map.set(key, value);
    }
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
    const flag = which === 'undo' ? 'undoing' : 'redoing';
    try {
      // One transaction, the manager's own: it records the step and its repair as one item on the
      // other stack. undo() and redo() clear their flag when they return, before the transaction
      // ends and the manager looks at it, so the flag is set again for the rest of it.
      doc.transact((tr) => {
        if (which === 'undo') manager.undo();
        else manager.redo();
        manager[flag] = true;
        repairStep(tr, shapesMap(doc));
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
    asOneStep<T>(run: () => T): T {
      const timeout = manager.captureTimeout;
      manager.stopCapturing();
      manager.captureTimeout = Number.POSITIVE_INFINITY;
      try {
        return run();
      } finally {
        manager.captureTimeout = timeout;
        manager.stopCapturing();
      }
    },
    touchedBy,
    takeBack(id) {
      // Every step on top is this page's own change of `id` (it made the shape, and nothing older
      // can touch what did not exist yet), so undoing them goes back to before it was made.
      let undone = false;
      while (shapesMap(doc).has(id)) {
        const touched = touchedBy('undo');
        if (touched.length !== 1 || touched[0] !== id) break;
        step('undo');
        undone = true;
      }
      // What was taken back is not offered again as a redo.
      if (undone) manager.clear(false, true);
      return !shapesMap(doc).has(id);
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
