// A board session: the content channel's document kept in sync (y-websocket) and offline
// (y-indexeddb), and the stores the canvas reads (shapes, meta, presence, history, connection).
// The canvas changes the board only through `run(command)`: one local origin, so undo covers
// exactly this browser's commands and read-only rules live in one place.
import { openBoardConnection } from './boardConnection';
import { createHistory } from './history';
import { createMetaStore } from './metaStore';
import { defaultOfflineStore, offlineStoreName, type OfflineStoreFactory } from './offline';
import { createPresence } from './presence';
import { ReadOnlyError, type BoardSession, type OpenBoardSessionOptions } from './session-types';
import { createShapeIndex } from './shapeIndex';
import { shapesMap, type Shape } from '@kyoso/shared';

export const CONTENT_CHANNEL = 'content';

/** `OpenBoardSessionOptions` plus optional seams for tests and tuning. */
export interface SessionOptions extends OpenBoardSessionOptions {
  /** A WebSocket class where there is no global one (Node 20: the `ws` package). */
  WebSocketPolyfill?: unknown;
  /** Connect to the server at once (default true). `false`: work offline until `destroy`. */
  connect?: boolean;
  /** Upper bound of the reconnect backoff (ms). */
  maxBackoffTime?: number;
  /**
   * How to keep the document offline when `offline` is not false. Default: IndexedDB where
   * the platform has it, nothing elsewhere; `null` turns it off.
   */
  offlineStore?: OfflineStoreFactory | null;
  /** Minimum time between outgoing presence updates (ms, default ~33: 30 Hz). */
  presenceIntervalMs?: number;
  /** Changes closer together than this are one undo step (ms, default 500). */
  captureTimeout?: number;
  /**
   * The board's shapes as the server holds them (`fetchBoardShapes`), already on their way: the
   * canvas draws them while the document syncs, and the socket connects once they are on screen
   * (arrived, and `pictureShown()` called by the canvas), or have failed, or an offline copy was
   * drawn instead, or after `SNAPSHOT_WAIT_MS`, so that applying a large document does not hold
   * up the first picture of the board.
   */
  snapshot?: Promise<readonly Shape[] | null>;
  /** The longest the socket waits for the snapshot to be shown (ms, default `SNAPSHOT_WAIT_MS`). */
  snapshotWaitMs?: number;
}

/** The longest the socket waits for the snapshot to be drawn. */
export const SNAPSHOT_WAIT_MS = 1500;

/** Calls `then` once the page has drawn what is pending (two frames), or soon where nothing draws. */
function afterPaint(then: () => void): void {
  if (typeof requestAnimationFrame !== 'function') setTimeout(then, 0);
  else requestAnimationFrame(() => requestAnimationFrame(then));
}

export interface LiveBoardSession extends BoardSession {
  /** Resolves once the offline copy (if any) is loaded into the document. */
  readonly whenOfflineLoaded: Promise<void>;
}

export class SessionClosedError extends Error {
  constructor() {
    super('this board session is closed');
  }
}

export function openBoardSession(options: SessionOptions): LiveBoardSession {
  const { identity } = options;
  const readOnly = identity.role === 'observer';
  // The one origin the undo manager tracks: only `run` uses it.
  const localOrigin = Object.freeze({ kyoso: 'local', boardId: identity.boardId });

  // Not connected yet: the stores and our presence are in place before anything arrives, so the
  // first sync goes through the same incremental path as every later change.
  const connection = openBoardConnection({
    serverUrl: options.serverUrl,
    boardId: identity.boardId,
    token: options.token,
    channel: CONTENT_CHANNEL,
    connect: false,
    WebSocketPolyfill: options.WebSocketPolyfill,
    maxBackoffTime: options.maxBackoffTime,
  });
  const { doc } = connection;
  const shapes = createShapeIndex(doc);
  const meta = createMetaStore(doc);
  const history = createHistory(doc, localOrigin, { captureTimeout: options.captureTimeout });
  const presence = createPresence({
    awareness: connection.awareness,
    identity,
    meta,
    intervalMs: options.presenceIntervalMs,
  });

  const storeFactory =
    options.offline === false
      ? null
      : options.offlineStore !== undefined
        ? options.offlineStore
        : defaultOfflineStore();
  const offline = storeFactory
    ? storeFactory(offlineStoreName(identity.boardId, CONTENT_CHANNEL), doc)
    : null;
  const whenOfflineLoaded = offline ? offline.whenSynced.then(() => undefined) : Promise.resolve();

  let destroyed = false;
  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  let shown = false;
  let connectWhenShown = () => {};
  if (options.connect !== false) {
    if (!options.snapshot) connection.provider.connect();
    else {
      let connected = false;
      const connect = () => {
        if (connected || destroyed) return;
        connected = true;
        clearTimeout(snapshotTimer);
        connection.provider.connect();
      };
      snapshotTimer = setTimeout(connect, options.snapshotWaitMs ?? SNAPSHOT_WAIT_MS);
      // An offline copy with shapes is a picture already: no reason to wait for the snapshot.
      void whenOfflineLoaded.then(() => {
        if (shapesMap(doc).size > 0) connect();
      });
      // The copy is on screen once it has arrived and the canvas shows the board; the socket
      // connects after the frame that paints it, so applying the document comes after the picture.
      let settled = false;
      connectWhenShown = () => {
        if (settled && shown) afterPaint(connect);
      };
      void options.snapshot.then((snapshot) => {
        // No copy (refused, unreachable): nothing to wait for.
        if (!snapshot) return connect();
        if (!destroyed) shapes.preview(snapshot);
        settled = true;
        connectWhenShown();
      });
      // Synced, the document is the truth even where it brought no change to the shapes.
      const offSynced = connection.subscribe(() => {
        if (!connection.getState().synced) return;
        offSynced();
        shapes.endPreview();
      });
    }
  }

  return {
    identity,
    readOnly,
    doc,
    connection: { get: connection.getState, subscribe: connection.subscribe },
    meta,
    shapes,
    presence,
    history,
    whenOfflineLoaded,
    pictureShown() {
      if (shown) return;
      shown = true;
      connectWhenShown();
    },
    run(command) {
      if (destroyed) throw new SessionClosedError();
      if (readOnly) throw new ReadOnlyError();
      return command(doc, localOrigin);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearTimeout(snapshotTimer);
      presence.destroy();
      history.destroy();
      shapes.destroy();
      meta.destroy();
      void offline?.destroy();
      // Closes the socket (telling peers we left) and destroys the document and its awareness.
      connection.destroy();
    },
  };
}
