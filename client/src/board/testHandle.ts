// `window.kyoso`: read-only accessors for tests and debugging (DESIGN.md Contract, "Test handle").
import { readShapes, type Role, type Shape } from '@kyoso/shared';
import type { BoardConnection, ConnectionStatus } from '../sync/boardConnection';
import type { BoardSession } from '../sync/session-types';
import type * as Y from 'yjs';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * A shape as the Contract lists it. Every key is present: `w`, `h` are null for connectors,
 * `company` and `kind` null for shapes that are not company cards (or have none).
 */
export interface TestShape {
  id: string;
  type: string;
  x: number;
  y: number;
  w: number | null;
  h: number | null;
  text: string;
  company: string | null;
  kind: string | null;
}

export interface KyosoTestHandle {
  readonly boardId: string;
  readonly role: Role | null;
  /** Every drawable shape, in z-order (back to front), as `readShapes` reads them. */
  shapes(): TestShape[];
  viewport(): Viewport;
  connection(): ConnectionStatus;
}

declare global {
  interface Window {
    kyoso?: KyosoTestHandle;
  }
}

export function toTestShape(shape: Shape): TestShape {
  return {
    id: shape.id,
    type: shape.type,
    x: shape.x,
    y: shape.y,
    w: shape.type === 'connector' ? null : shape.w,
    h: shape.type === 'connector' ? null : shape.h,
    text: shape.text,
    company: shape.type === 'sticky' ? shape.company : null,
    kind: shape.type === 'sticky' ? shape.kind : null,
  };
}

/** The shapes of a content document, as the test handle reports them. */
export const testShapes = (doc: Y.Doc): TestShape[] => readShapes(doc).shapes.map(toTestShape);

/** The handle for a page with a board session; `viewport` is the canvas's camera. */
export function createSessionTestHandle(session: BoardSession, viewport: () => Viewport): KyosoTestHandle {
  return Object.freeze({
    boardId: session.identity.boardId,
    role: session.identity.role,
    shapes: () => testShapes(session.doc),
    viewport: () => {
      const { x, y, zoom } = viewport();
      return { x, y, zoom };
    },
    connection: () => session.connection.get().status,
  });
}

/**
 * The handle for a page with only a connection (the placeholder board page, before the canvas):
 * no camera, so the viewport is the origin, unzoomed.
 */
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
      return connection ? testShapes(connection.doc) : [];
    },
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
