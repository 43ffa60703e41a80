// Writing the `activity` document: what the server's recorder does once per batch, and what an
// import writes from a board file. Values are plain objects written whole (last writer wins).
import type * as Y from 'yjs';
import type { ShapeId } from '../ids.js';
import {
  MAX_ACTIVITY_ENTRIES,
  activityEntriesMap,
  attributionMap,
  type ActivityEntry,
  type Attribution,
  type Stamp,
} from './activity-doc.js';
import { compareActivityEntries, parseActivityEntry, parseAttribution } from './read-activity.js';

/**
 * What to write of a shape's attribution: a stamp given replaces the stored one, one left out
 * stays. `made` is the shape's creation: its creator when it has none yet; when it has one (the
 * same id made again: a deletion undone, a version restored) the creator stays and `made` is its
 * last change. A `changed` given beside `made` wins over it.
 */
export type AttributionWrite = Partial<Attribution> & { made?: Stamp };

export interface ActivityBatch {
  /** Attributions to write. A deleted shape keeps its own, so that making it again keeps its creator. */
  attributions?: ReadonlyMap<ShapeId, AttributionWrite>;
  /** Entries to write: new ones, or coalesced ones rewritten under their id. */
  entries?: readonly ActivityEntry[];
}

/** A plain copy without undefined fields (Yjs stores values as they are). */
function plain<T extends object>(value: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    out[key] = Array.isArray(field)
      ? [...(field as unknown[])]
      : typeof field === 'object' && field !== null
        ? plain(field as object)
        : field;
  }
  return out;
}

const stampValue = (stamp: Stamp | null) => (stamp ? plain(stamp) : null);

/** Writes one batch in one transaction and prunes the oldest entries past the cap. */
export function writeActivity(doc: Y.Doc, batch: ActivityBatch, origin: unknown): void {
  doc.transact(() => {
    const shapes = attributionMap(doc);
    for (const [id, write] of batch.attributions ?? []) {
      const stored = parseAttribution(shapes.get(id));
      let created = stored?.created ?? null;
      let changed = stored?.changed ?? null;
      if (write.made) {
        if (created) changed = write.made;
        else [created, changed] = [write.made, null];
      }
      if (write.created !== undefined) created = write.created;
      if (write.changed !== undefined) changed = write.changed;
      shapes.set(id, { created: stampValue(created), changed: stampValue(changed) });
    }
    const entries = activityEntriesMap(doc);
    for (const entry of batch.entries ?? []) entries.set(entry.id, plain(entry));
    if ((batch.entries?.length ?? 0) > 0) pruneActivity(doc, MAX_ACTIVITY_ENTRIES, origin);
  }, origin);
}

/**
 * Keeps at most `max` entries: past it, deletes the oldest (and anything malformed) down to 90%
 * of it, so that pruning (a sort) runs once per many entries, not at every one. Returns how many
 * it deleted.
 */
export function pruneActivity(doc: Y.Doc, max: number, origin: unknown = null): number {
  const entries = activityEntriesMap(doc);
  if (entries.size <= max) return 0;
  const keep = Math.floor(max * 0.9);
  const valid: ActivityEntry[] = [];
  const doomed: string[] = [];
  entries.forEach((value, key) => {
    const entry = parseActivityEntry(value, key);
    if (entry) valid.push(entry);
    else doomed.push(key);
  });
  valid.sort(compareActivityEntries);
  for (const entry of valid.slice(0, Math.max(0, valid.length - keep))) doomed.push(entry.id);
  doc.transact(() => {
    for (const key of doomed) entries.delete(key);
  }, origin);
  return doomed.length;
}
