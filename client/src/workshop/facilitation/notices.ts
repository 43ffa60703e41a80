// Short messages at the bottom of the board (a change was refused, a summon went out, something
// failed): one at a time, the newest wins. Kept per canvas.
import type { CanvasStores } from '../../canvas/canvasStores';
import { createValueStore, type ValueStore } from '../../sync/store';

export interface Notice {
  id: number;
  kind: 'lock' | 'info' | 'error';
  text: string;
  /** A button beside the text (a way back from what the notice reports). */
  action?: { label: string; run: () => void };
}

const notices = new WeakMap<CanvasStores, ValueStore<Notice | null>>();
let counter = 0;

export function noticesOf(stores: CanvasStores): ValueStore<Notice | null> {
  let store = notices.get(stores);
  if (!store) {
    store = createValueStore<Notice | null>(null);
    notices.set(stores, store);
  }
  return store;
}

/** Shows a notice in place of the current one; returns its id (for `dismissNotice`). */
export function showNotice(
  stores: CanvasStores,
  kind: Notice['kind'],
  text: string,
  action?: Notice['action'],
): number {
  counter += 1;
  noticesOf(stores).set({ id: counter, kind, text, ...(action ? { action } : {}) });
  return counter;
}

/** Takes a notice down once what it says no longer holds (unless another replaced it already). */
export function dismissNotice(stores: CanvasStores, id: number): void {
  const store = noticesOf(stores);
  if (store.get()?.id === id) store.set(null);
}

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
