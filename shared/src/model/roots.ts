// The root types of a board's content document (docs/SCHEMA.md).
import type * as Y from 'yjs';

export const SHAPES_ROOT = 'shapes';
export const META_ROOT = 'meta';

/** Root `shapes`: shape id -> Y.Map of that shape's fields. Values are untrusted. */
export const shapesMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(SHAPES_ROOT);
/** Root `meta`: schemaVersion, title, companies. Values are untrusted. */
export const metaMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(META_ROOT);
