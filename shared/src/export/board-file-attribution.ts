// The board file's `attribution`: who created and last changed each shape, as the exporting
// server recorded it (the `activity` channel). Checked like the rest of the file: every value must
// read back unchanged and name a shape of the file. An import keeps it marked `file: true`: this
// server did not record it.
import type { Attribution } from '../activity/activity-doc.js';
import { parseAttribution } from '../activity/read-activity.js';
import { idRecord } from '../id-records.js';
import type { ShapeId } from '../ids.js';
import type { Shape } from '../model/shape.js';
import { assertSameAsRead, BoardFileError, fieldPath, isRecord } from './board-file-json.js';
import { MAX_FILE_SHAPES } from './board-file-shapes.js';

export type FileAttribution = Partial<Record<ShapeId, Attribution>>;

/** The attribution of the file's shapes only (a deleted shape's is not carried). */
export function fileAttribution(
  shapes: readonly Shape[],
  attribution: ReadonlyMap<ShapeId, Attribution> | undefined,
): FileAttribution {
  const out: FileAttribution = idRecord();
  if (!attribution) return out;
  for (const shape of shapes) {
    const found = attribution.get(shape.id);
    if (found) out[shape.id] = found;
  }
  return out;
}

export function parseFileAttribution(value: unknown, shapes: readonly Shape[]): FileAttribution {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new BoardFileError('attribution: expected an object keyed by shape id');
  const ids = new Set<string>(shapes.map((shape) => shape.id));
  const keys = Object.keys(value);
  if (keys.length > MAX_FILE_SHAPES)
    throw new BoardFileError(`attribution: more than ${MAX_FILE_SHAPES} entries`);
  const out: FileAttribution = idRecord();
  for (const key of keys) {
    const path = fieldPath('attribution', key);
    if (!ids.has(key)) throw new BoardFileError(`${path}: no shape ${key} in the file`);
    const read = parseAttribution(value[key]);
    if (!read) throw new BoardFileError(`${path}: expected {"created", "changed"} stamps`);
    assertSameAsRead(value[key], read, path);
    out[key as ShapeId] = read;
  }
  return out;
}

/** The file's attribution as an import stores it: every stamp marked as coming from the file. */
export function importedAttribution(attribution: FileAttribution): Map<ShapeId, Attribution> {
  const out = new Map<ShapeId, Attribution>();
  for (const [id, { created, changed }] of Object.entries(attribution) as [ShapeId, Attribution][]) {
    out.set(id, {
      created: created ? { ...created, file: true } : null,
      changed: changed ? { ...changed, file: true } : null,
    });
  }
  return out;
}
