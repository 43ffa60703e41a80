// When this person last opened each comment thread, kept in this browser per board and person:
// what makes a thread unread. (Another browser of the same person keeps its own.)
import { useCallback, useState } from 'react';

const keyOf = (board: string, person: string) => `kyoso.commentsSeen.${board}.${person}`;

function read(key: string): Record<string, number> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    );
  } catch {
    return {};
  }
}

export function useSeenThreads(board: string, person: string | null) {
  const key = person ? keyOf(board, person) : null;
  const [seen, setSeen] = useState<Record<string, number>>(() => (key ? read(key) : {}));
  const markSeen = useCallback(
    (card: string, at: number) => {
      if (!key) return;
      setSeen((before) => {
        if ((before[card] ?? 0) >= at) return before;
        const next = { ...read(key), ...before, [card]: at };
        try {
          localStorage.setItem(key, JSON.stringify(next));
        } catch {
          // Storage full or blocked: unread marks last for this page only.
        }
        return next;
      });
    },
    [key],
  );
  return [seen, markSeen] as const;
}
