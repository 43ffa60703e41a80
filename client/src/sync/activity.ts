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
  /** What happened, oldest first; a new array whenever an entry is added or rewritten. */
  readonly entries: Store<readonly ActivityEntry[]>;
  /** Who created and last changed `id`, read when asked; null when nothing is recorded. */
  attribution(id: ShapeId): Attribution | null;
  /** Goes up with every change the server sends (a stamp may change without a new entry). */
  readonly revision: Store<number>;
  destroy(): void;
}

/** Entries are rewritten under their id when the server folds more changes into them. */
const entryKey = (entry: ActivityEntry) =>
  `${entry.id}:${entry.type}:${entry.until ?? ''}:${entry.label ?? ''}`;
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
