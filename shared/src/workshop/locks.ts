// Locks: the facilitator fixes frames and chosen items so that nobody moves or edits them by
// accident. They live in `control` and are honoured by every client's editor.
import type * as Y from 'yjs';
import type { ShapeId } from '../ids.js';
import type { Shape } from '../model/shape.js';
import { controlMap, locksMap } from './control-roots.js';
import type { Locks } from './control.js';

export const isShapeLocked = (shape: Pick<Shape, 'id' | 'type'>, locks: Locks): boolean =>
  locks.shapes.has(shape.id) || (locks.frames && shape.type === 'frame');

export function setShapesLocked(
  doc: Y.Doc,
  args: { ids: readonly ShapeId[]; locked: boolean },
  origin: unknown,
): void {
  const locks = locksMap(doc);
  doc.transact(() => {
    for (const id of args.ids) {
      if (args.locked) locks.set(id, true);
      else locks.delete(id);
    }
  }, origin);
}

export function setFramesLocked(doc: Y.Doc, locked: boolean, origin: unknown): void {
  doc.transact(() => controlMap(doc).set('lockFrames', locked), origin);
}
