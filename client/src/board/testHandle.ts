// `window.kyoso`: read-only accessors for tests and debugging (DESIGN.md Contract, "Test handle").
import type { Role } from '@kyoso/shared';
import type { ConnectionStatus, BoardConnection } from '../sync/boardConnection';
import { snapshotShapes, type ShapeSnapshot } from '../sync/shapes';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface KyosoTestHandle {
  readonly boardId: string;
  readonly role: Role | null;
  shapes(): ShapeSnapshot[];
  viewport(): Viewport;
  connection(): ConnectionStatus;
}

declare global {
  interface Window {
    kyoso?: KyosoTestHandle;
  }
}

export function createTestHandle(
  boardId: string,
  role: Role | null,
  getConnection: () => BoardConnection | null,
): KyosoTestHandle {
  return Object.freeze({
    boardId,
    role,
    shapes: () => {
      const connection = getConnection();
      return connection ? snapshotShapes(connection.doc) : [];
    },
    // No canvas yet: the camera is at the origin, unzoomed.
    viewport: () => ({ x: 0, y: 0, zoom: 1 }),
    connection: () => getConnection()?.getState().status ?? 'offline',
  });
}

/** Sets `window.kyoso`; the returned function removes it again (if it is still this handle). */
export function installTestHandle(handle: KyosoTestHandle): () => void {
  Object.defineProperty(window, 'kyoso', {
    value: handle,
    configurable: true,
    enumerable: false,
    writable: false,
  });
  return () => {
    if (window.kyoso === handle) delete window.kyoso;
  };
}
