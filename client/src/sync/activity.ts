// The `activity` channel as the page reads it: who created and last changed each shape, and what
// happened on the board, both recorded by the server (nobody writes this document but it).
import {
  readActivity,
  readAttribution,
  type ActivityEntry,
  type Attribution,
  type ShapeId,
} from '@kyoso/shared';
import type * as Y from 'yjs';
import { createDocStore } from './docStore';
import type { Store } from './session-types';
import { createValueStore } from './store';

export interface ActivityChannel {
  /** What happened, oldest first; a new array whenever an entry is added or any field of one rewritten. */
  readonly entries: Store<readonly ActivityEntry[]>;
  /** Who created and last changed `id`, read when asked; null when nothing is recorded. */
  attribution(id: ShapeId): Attribution | null;
  /** Goes up with every change the server sends (a stamp may change without a new entry). */
  readonly revision: Store<number>;
  destroy(): void;
}

/**
 * The server rewrites entries under their id: when it folds more changes into them, and when an
 * anonymous phase ends and it writes the names back (only `by` changes then). So every field
 * counts; `readActivity` builds each entry with its fields in one order, so serialising compares.
 */
const entryKey = (entry: ActivityEntry) => JSON.stringify(entry);
export const sameEntries = (a: readonly ActivityEntry[], b: readonly ActivityEntry[]): boolean =>
  a.length === b.length && a.every((entry, i) => entryKey(entry) === entryKey(b[i]!));

export function createActivityChannel(doc: Y.Doc): ActivityChannel {
  const entries = createDocStore<readonly ActivityEntry[]>(doc, (d) => readActivity(d).entries, sameEntries);
  const revision = createValueStore(0);
  const bump = () => revision.set(revision.get() + 1);
  doc.on('update', bump);
  return {
    entries,
    attribution: (id) => readAttribution(doc, id),
    revision,
    destroy: () => {
      doc.off('update', bump);
      revision.destroy();
      entries.destroy();
    },
  };
}
