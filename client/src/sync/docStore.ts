// A value read from a whole Y.Doc (small documents: control, ledger, drafts), recomputed after
// each update and kept by identity while `equals` says it did not change; likewise a value read
// from anything else that says when it changed (an awareness).
import type * as Y from 'yjs';
import type { Store } from './session-types';
import { createValueStore } from './store';

export interface LiveDocStore<T> extends Store<T> {
  destroy(): void;
}

/** What says when it changed, lib0's way (a Y.Doc's 'update', an awareness's 'change'). */
interface Emitter<E extends string> {
  on(event: E, listener: () => void): void;
  off(event: E, listener: () => void): void;
}

/** `read()` now, and again each time `source` emits `event`. */
export function createFollowingStore<T, E extends string>(
  source: Emitter<E>,
  event: E,
  read: () => T,
  equals: (a: T, b: T) => boolean,
): LiveDocStore<T> {
  const store = createValueStore(read(), equals);
  const onChange = () => {
    store.set(read());
  };
  source.on(event, onChange);
  return {
    get: store.get,
    subscribe: store.subscribe,
    destroy() {
      source.off(event, onChange);
      store.destroy();
    },
  };
}

export function createDocStore<T>(
  doc: Y.Doc,
  read: (doc: Y.Doc) => T,
  equals: (a: T, b: T) => boolean,
): LiveDocStore<T> {
  return createFollowingStore(doc, 'update', () => read(doc), equals);
}
