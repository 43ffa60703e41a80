// Dismissed suggestions, per board, in this browser's localStorage: dismissing is a personal
// "not useful to me", not a decision for the board, so it is not written to the document.
import { useCallback, useState } from 'react';

const storageKey = (boardId: string) => `kyoso.suggest.dismissed.${boardId}`;
/** Old dismissals beyond this are forgotten first (a board has at most a few hundred pairs). */
const MAX_DISMISSED = 500;

export function readDismissed(boardId: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey(boardId)) ?? '[]');
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

function writeDismissed(boardId: string, keys: readonly string[]): void {
  try {
    localStorage.setItem(storageKey(boardId), JSON.stringify(keys.slice(-MAX_DISMISSED)));
  } catch {
    // not remembered after a reload; still hidden now
  }
}

export function useDismissed(boardId: string) {
  const [keys, setKeys] = useState<readonly string[]>(() => readDismissed(boardId));
  const dismiss = useCallback(
    (key: string) => {
      setKeys((previous) => {
        const next = [...previous.filter((k) => k !== key), key];
        writeDismissed(boardId, next);
        return next;
      });
    },
    [boardId],
  );
  const restoreAll = useCallback(() => {
    setKeys([]);
    writeDismissed(boardId, []);
  }, [boardId]);
  return { dismissed: keys, dismiss, restoreAll };
}
