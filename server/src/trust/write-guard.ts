// The seam between a room's message path and the rules of what may be written into it: a room
// with a guard asks it about every client update before applying it.
import type { RightsRefusal, Shape, ShapeId } from '@kyoso/shared';
import type { DecodedUpdate } from '../sync/update-guard.js';
import type { Writer } from './writer.js';

/** One shape an accepted update created, changed or deleted, as read before and after it. */
export interface ShapeChange {
  readonly id: ShapeId;
  readonly before: Shape | null;
  /** As the update left it (read again once applied when it was judged from the update alone). */
  after: Shape | null;
  /** The fields that changed (`*` for the whole shape). */
  readonly fields: ReadonlySet<string>;
}

export type GuardVerdict =
  { ok: true; changes: readonly ShapeChange[] } | { ok: false; refusal: RightsRefusal };

export interface WriteGuard {
  /**
   * Checks an update that decoded cleanly and depends only on what the room has. On `ok` the
   * room applies it at once, before anything else touches the document.
   */
  check(writer: Writer, update: Uint8Array, decoded: DecodedUpdate): GuardVerdict;
  /** Applies an accepted update to the real document through `apply` (the guard may track it). */
  commit(apply: () => void): void;
  /** Resolves once what the accepted updates rely on (their client ids' owners) is stored. */
  beforeCommit(): Promise<void>;
  /** The room is closing: let go of what the guard holds. */
  dispose(): void;
}
