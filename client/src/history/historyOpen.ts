// Whether the history panel is open: one small store shared by the header's button (pressed
// state) and the panel, which live in different parts of the page.
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

export function setHistoryOpen(next: boolean): void {
  if (next === open) return;
  open = next;
  listeners.forEach((listener) => listener());
}

export const toggleHistory = () => setHistoryOpen(!open);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useHistoryOpen = (): boolean => useSyncExternalStore(subscribe, () => open);
