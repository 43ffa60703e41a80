// The root types of a board's `control` document (docs/SCHEMA.md). Values are untrusted.
import type * as Y from 'yjs';

/** Root `control`: phases, phase, timer, summon, followMe, lockFrames. */
export const CONTROL_ROOT = 'control';
/** Root `locks`: shape id -> true for each item the facilitator locked. */
export const LOCKS_ROOT = 'locks';

export const controlMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(CONTROL_ROOT);
export const locksMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(LOCKS_ROOT);
/** Root `tags`: the board's tag list, tag -> its colour (#rrggbb). */
export const TAG_LIST_ROOT = 'tags';
export const tagListMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(TAG_LIST_ROOT);
