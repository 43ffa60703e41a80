// The smallest observable value: `get()` keeps its identity until `set` gives a value that
// `equals` calls different, and only then are listeners told (once per change).
import type { Store } from './session-types';

/** A set of change listeners; a listener added or removed while notifying is handled safely. */
export class Listeners {
  private readonly listeners = new Set<() => void>();

  add(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  clear(): void {
    this.listeners.clear();
  }
}

export interface ValueStore<T> extends Store<T> {
  /** Replaces the value unless it equals the current one; returns whether it changed. */
  set(value: T): boolean;
  destroy(): void;
}

export function createValueStore<T>(initial: T, equals: (a: T, b: T) => boolean = Object.is): ValueStore<T> {
  let value = initial;
  const listeners = new Listeners();
  return {
    get: () => value,
    subscribe: (listener) => listeners.add(listener),
    set(next) {
      if (equals(value, next)) return false;
      value = next;
      listeners.notify();
      return true;
    },
    destroy: () => listeners.clear(),
  };
}
