import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Shape, ShapeId } from '@kyoso/shared';
import type * as Y from 'yjs';
import {
  openBoardConnection,
  syncServerUrl,
  type BoardConnection,
  type ConnectionState,
} from '../sync/boardConnection';
import { openBoardSession, type SessionOptions } from '../sync/session';
import type { BoardSession, ShapeIndex, Store } from '../sync/session-types';

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

const OFFLINE: ConnectionState = { status: 'offline', synced: false, closed: null, refused: null };
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

/** The current value of a store (`session.meta`, `session.history`, `session.presence.peers`, ...). */
export function useStore<T>(store: Store<T>): T {
  const subscribe = useCallback((onChange: () => void) => store.subscribe(onChange), [store]);
  const getSnapshot = useCallback(() => store.get(), [store]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

/**
 * A value derived from a store, kept by identity while `equals` says it did not change: the
 * component re-renders only when its own slice changes, not on every change of the store.
 */
export function useStoreSelector<T, S>(
  store: Store<T>,
  select: (value: T) => S,
  equals: (a: S, b: S) => boolean = Object.is,
): S {
  const cache = useRef<{ store: Store<T>; value: S } | null>(null);
  const subscribe = useCallback((onChange: () => void) => store.subscribe(onChange), [store]);
  const getSnapshot = (): S => {
    const next = select(store.get());
    const previous = cache.current;
    if (previous && previous.store === store && equals(previous.value, next)) return previous.value;
    cache.current = { store, value: next };
    return next;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}

/**
 * One shape by id (undefined when it is not on the board): re-renders only when that shape's
 * object changes, which the index guarantees happens only when the shape itself changed.
 */
export function useShape(
  index: ShapeIndex,
  id: ShapeId,
  equals: (a: Shape | undefined, b: Shape | undefined) => boolean = Object.is,
): Shape | undefined {
  return useStoreSelector(index, () => index.byId(id), equals);
}

const sameShapes = (a: readonly Shape[], b: readonly Shape[]): boolean =>
  a.length === b.length && a.every((shape, i) => shape === b[i]);

/**
 * The shapes with these ids that are on the board, in the order given: re-renders only when one
 * of them changes (or comes or goes), not when someone types in another card. Pass a stable
 * `ids` array (a store's slice) so that the selection is not re-read on every render.
 */
export function useShapesById(index: ShapeIndex, ids: readonly ShapeId[]): readonly Shape[] {
  return useStoreSelector(index, () => ids.flatMap((id) => index.byId(id) ?? []), sameShapes);
}

/**
 * Like `useShapesById`, plus the shapes at both ends of any connector among them (an outline of
 * a connector follows its ends).
 */
export function useShapesAndEnds(index: ShapeIndex, ids: readonly ShapeId[]): readonly Shape[] {
  return useStoreSelector(
    index,
    () => {
      const shapes: Shape[] = [];
      for (const id of ids) {
        const shape = index.byId(id);
        if (!shape) continue;
        shapes.push(shape);
        if (shape.type !== 'connector') continue;
        for (const end of [shape.from, shape.to]) {
          const at = index.byId(end);
          if (at) shapes.push(at);
        }
      }
      return shapes;
    },
    sameShapes,
  );
}

/**
 * Opens a resource (a session, the workshop channels) while the component is mounted and `key`
 * stays the same; a new key destroys the old one and opens anew. Null key: nothing open.
 */
export function useOpenWhileMounted<T extends { destroy(): void }>(
  key: string | null,
  open: () => T,
): T | null {
  const [resource, setResource] = useState<T | null>(null);
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    if (key === null) return;
    const opened = latest.current();
    setResource(opened);
    return () => {
      setResource(null);
      opened.destroy();
    };
  }, [key]);
  return resource;
}

/**
 * Opens a board session while the component is mounted (null without options). A new session
 * is opened when the board, server, token or identity changes; the old one is destroyed.
 */
export function useBoardSession(options: SessionOptions | null): BoardSession | null {
  const key = options
    ? JSON.stringify([
        options.serverUrl,
        options.token,
        options.identity.boardId,
        options.identity.role,
        options.identity.company,
        options.identity.name,
        options.offline !== false,
      ])
    : null;
  return useOpenWhileMounted(key, () => openBoardSession(options!));
}
