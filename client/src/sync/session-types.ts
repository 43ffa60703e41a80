// The contract between the board's sync layer (plain TypeScript, `client/src/sync/`) and the
// React canvas (`client/src/canvas/`). The canvas reads only through these stores and changes the
// board only through `session.run(command)`, so undo, read-only rules and presence stay in one place.
import type * as Y from 'yjs';
import type { BoardId, Company, CompanyKey, Role, Shape, ShapeId } from '@kyoso/shared';
import type { ConnectionState } from './boardConnection';

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned rectangle in world coordinates. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A value that changes over time; `get()` keeps its identity until the value changes. */
export interface Store<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

/** Who this browser is on the board: role and company come from the token, the name from the user. */
export interface Identity {
  boardId: BoardId;
  role: Role;
  company: CompanyKey | null;
  name: string;
}

export interface BoardMetaView {
  title: string;
  companies: readonly Company[];
}

/**
 * The board's shapes as plain objects, kept in step with the document. A shape object that did not
 * change keeps its identity across updates (memoised views do not re-render), and `all()` returns
 * the same array until something changes.
 */
export interface ShapeIndex extends Store<readonly Shape[]> {
  /** Every readable shape, in z-order (back to front). Same as `get()`. */
  all(): readonly Shape[];
  byId(id: ShapeId): Shape | undefined;
  /** Ids of the shapes whose bounds intersect `rect` (a spatial index, not a scan). */
  search(rect: Rect): ShapeId[];
  /** The union of every shape's bounds, or null on an empty board. */
  bounds(): Rect | null;
}

export interface PresenceUser {
  name: string;
  color: string;
  role: Role;
  company: CompanyKey | null;
}

/** What another participant is doing, from awareness. */
export interface PeerPresence {
  clientId: number;
  user: PresenceUser;
  /** World coordinates of their pointer, or null when it is off the canvas. */
  cursor: Point | null;
  selection: readonly ShapeId[];
  /** Shapes they are dragging right now and by how much (written to the document on drop). */
  dragging: { ids: readonly ShapeId[]; dx: number; dy: number } | null;
  /** The part of the board they are looking at (for "follow" later). */
  view: Rect | null;
}

export interface Presence {
  /** Everyone else on this board channel (observers are not broadcast by the server). */
  peers: Store<readonly PeerPresence[]>;
  self: PresenceUser;
  setCursor(cursor: Point | null): void;
  setSelection(ids: readonly ShapeId[]): void;
  setDragging(dragging: PeerPresence['dragging']): void;
  setView(view: Rect | null): void;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
}

/** Undo and redo of this browser's own changes only: someone else's work is never reverted. */
export interface History extends Store<HistoryState> {
  undo(): void;
  redo(): void;
  /** Ends the current undo step, so the next change is undone separately. */
  stopCapturing(): void;
  /**
   * Runs changes made in several transactions as one undo step of their own, however long they
   * take (back to back was not enough: a step slower than the capture timeout split it in two).
   */
  asOneStep<T>(run: () => T): T;
  /** The shapes the next undo (or redo) would change (if the top step still has something to change; otherwise Yjs goes on to the one below it). */
  touchedBy(step: 'undo' | 'redo'): ShapeId[];
  /**
   * Takes back a shape this page has just made, as if it had never been made: the steps on top of
   * the stack that change only it are undone and leave no redo. False (and nothing undone past
   * them) when the shape is still there, e.g. because an older step of the stack made it.
   */
  takeBack(id: ShapeId): boolean;
}

export class ReadOnlyError extends Error {
  constructor() {
    super('this board is open read-only');
  }
}

export interface BoardSession {
  readonly identity: Identity;
  /** Observers (and anyone whose channel is read-only) cannot change anything. */
  readonly readOnly: boolean;
  readonly doc: Y.Doc;
  readonly connection: Store<ConnectionState>;
  readonly meta: Store<BoardMetaView>;
  readonly shapes: ShapeIndex;
  readonly presence: Presence;
  readonly history: History;
  /**
   * Runs a named command from `@kyoso/shared` (`addSticky`, `moveShapes`, ...) as a local,
   * undoable change. Throws `ReadOnlyError` when read-only; command errors propagate.
   */
  run<T>(command: (doc: Y.Doc, origin: unknown) => T): T;
  /** The canvas shows the board now (called once it has mounted); see the `snapshot` option. */
  pictureShown(): void;
  destroy(): void;
}

export interface OpenBoardSessionOptions {
  /** `ws(s)://host/sync`. */
  serverUrl: string;
  token: string;
  identity: Identity;
  /** Keep edits in IndexedDB (y-indexeddb) so they survive a reload while offline. Default true. */
  offline?: boolean;
}
