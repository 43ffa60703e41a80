// A value read from a whole Y.Doc (small documents: control, ledger, drafts), recomputed after
// each update and kept by identity while `equals` says it did not change.
import type * as Y from 'yjs';
import type { Store } from './session-types';
import { createValueStore } from './store';

export interface LiveDocStore<T> extends Store<T> {
  destroy(): void;
}

export function createDocStore<T>(
  doc: Y.Doc,
  read: (doc: Y.Doc) => T,
  equals: (a: T, b: T) => boolean,
): LiveDocStore<T> {
  const store = createValueStore(read(doc), equals);
  const onUpdate = () => {
    store.set(read(doc));
  };
  doc.on('update', onUpdate);
  return {
    get: store.get,
    subscribe: store.subscribe,
    destroy() {
      doc.off('update', onUpdate);
      store.destroy();
    },
  };
}
