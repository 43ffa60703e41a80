// Which shapes one Yjs transaction on a board document changed, and which of their fields, read
// from what Yjs itself recorded (`transaction.changed`): the cost follows the size of the change,
// never the size of the board.
import * as Y from 'yjs';
import { SHAPES_ROOT } from './roots.js';

/** The field name used when a shape was added, replaced or removed as a whole. */
export const WHOLE_SHAPE = '*';

export interface TouchedShapes {
  /** Shape id → the fields of its map that changed (a nested type counts as its field), or `*`. */
  shapes: Map<string, Set<string>>;
  /** Roots other than `shapes` that changed (`meta`, or a root the model does not have). */
  otherRoots: Set<string>;
  /** Changes the model has no place for: list items in a map, nesting deeper than a field. */
  odd: string[];
}

type AnyType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

/** The chain of map keys from a root down to `type`, and the root's name. */
function pathOf(type: AnyType): { root: string; path: (string | null)[] } {
  const path: (string | null)[] = [];
  let current = type;
  while (current._item !== null) {
    path.unshift(current._item.parentSub);
    current = current._item.parent as AnyType;
  }
  return { root: Y.findRootTypeKey(current), path };
}

export function touchedShapes(transaction: Y.Transaction): TouchedShapes {
  const touched: TouchedShapes = { shapes: new Map(), otherRoots: new Set(), odd: [] };
  const note = (id: string, field: string) => {
    const fields = touched.shapes.get(id) ?? new Set<string>();
    fields.add(field);
    touched.shapes.set(id, fields);
  };
  for (const [type, keys] of transaction.changed) {
    const { root, path } = pathOf(type);
    if (root !== SHAPES_ROOT) {
      touched.otherRoots.add(root);
      continue;
    }
    const [id, field, ...deeper] = path;
    if (id === undefined) {
      // The root itself: its keys are shape ids.
      for (const key of keys) {
        if (key === null) touched.odd.push('list items in the shapes map');
        else note(key, WHOLE_SHAPE);
      }
    } else if (id === null) {
      touched.odd.push('a type inside list items of the shapes map');
    } else if (field === undefined) {
      for (const key of keys) {
        if (key === null) touched.odd.push(`list items in shape ${id}`);
        else note(id, key);
      }
    } else if (field === null || deeper.length > 0) {
      touched.odd.push(`nesting inside shape ${id} that the model does not have`);
    } else {
      note(id, field);
    }
  }
  return touched;
}
