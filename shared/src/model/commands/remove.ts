// Deleting shapes.
import * as Y from 'yjs';
import type { ShapeId } from '../../ids.js';
import { shapesMap } from '../roots.js';
import { assertArgs, shapeIdList } from './guards.js';

export interface DeleteShapesArgs {
  ids: readonly ShapeId[];
}

/**
 * Deletes the shapes and every connector attached to one of them. Ids that are already gone
 * are skipped, not refused: someone else deleting the same shape first is normal in a shared
 * board. Whatever is stored under an id is removed, so malformed shapes can be cleaned up.
 * A frame's children are kept. Returns the ids deleted (connectors included).
 */
export function deleteShapes(doc: Y.Doc, args: DeleteShapesArgs, origin: unknown): ShapeId[] {
  assertArgs(args);
  const shapes = shapesMap(doc);
  const doomed = new Set(shapeIdList(args.ids).filter((id) => shapes.has(id)));
  shapes.forEach((value, id) => {
    if (!(value instanceof Y.Map) || value.get('type') !== 'connector') return;
    const from: unknown = value.get('from');
    const to: unknown = value.get('to');
    if (
      (typeof from === 'string' && doomed.has(from as ShapeId)) ||
      (typeof to === 'string' && doomed.has(to as ShapeId))
    )
      doomed.add(id as ShapeId);
  });
  if (doomed.size === 0) return [];
  doc.transact(() => {
    for (const id of doomed) shapes.delete(id);
  }, origin);
  return [...doomed];
}
