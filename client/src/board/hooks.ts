import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  openBoardConnection,
  syncServerUrl,
  type BoardConnection,
  type ConnectionState,
} from '../sync/boardConnection';

/** Opens the board's content channel while the component is mounted (null without a token). */
export function useBoardConnection(boardId: string, token: string | null): BoardConnection | null {
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  useEffect(() => {
    if (!token) return;
    const opened = openBoardConnection({ serverUrl: syncServerUrl(window.location), boardId, token });
    setConnection(opened);
    return () => {
      setConnection(null);
      opened.destroy();
    };
  }, [boardId, token]);
  return connection;
}

const OFFLINE: ConnectionState = { status: 'offline', synced: false, closed: null };
const noSubscription = () => () => {};

export function useConnectionState(connection: BoardConnection | null): ConnectionState {
  return useSyncExternalStore(
    connection ? connection.subscribe : noSubscription,
    connection ? connection.getState : () => OFFLINE,
  );
}

/**
 * A value derived from a Y.Doc, recomputed on each document update and kept by identity while
 * `equals` says it did not change (so a component re-renders only when its value changes).
 * `fallback` is used without a document and must be a stable value.
 */
export function useDocValue<T>(
  doc: Y.Doc | null,
  select: (doc: Y.Doc) => T,
  equals: (a: T, b: T) => boolean,
  fallback: T,
): T {
  const cache = useRef<{ doc: Y.Doc; value: T } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!doc) return () => {};
      doc.on('update', onChange);
      return () => doc.off('update', onChange);
    },
    [doc],
  );
  const getSnapshot = (): T => {
    if (!doc) return fallback;
    const next = select(doc);
    const previous = cache.current;
    if (previous && previous.doc === doc && equals(previous.value, next)) return previous.value;
    cache.current = { doc, value: next };
    return next;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
