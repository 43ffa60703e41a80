// Card ids in request bodies, and finding them on the shared board.
import type * as Y from 'yjs';
import { asShapeId, isCard, readShape, shapesMap, type Shape, type ShapeId } from '@kyoso/shared';
import { HttpError } from '../http/http-error.js';

/** A shape id from a body field (its form checked by ShapeIdText), or a 400 that names the field. */
export function shapeIdField(value: string, field: string): ShapeId {
  const id = asShapeId(value);
  if (!id) throw new HttpError(400, `${field} must be a shape id (1 to 64 of A-Z a-z 0-9 _ -)`);
  return id;
}

/** The well-formed shape stored under `id`, if any. */
export function shapeAt(doc: Y.Doc, id: string): Shape | undefined {
  const result = readShape(id, shapesMap(doc).get(id));
  return result.ok ? result.shape : undefined;
}

/** The card `id` on the board: a 404 when there is none, a 400 when it is another kind of shape. */
export function requireCard(content: Y.Doc, id: ShapeId): Extract<Shape, { type: 'sticky' }> {
  const shape = shapeAt(content, id);
  if (!shape) throw new HttpError(404, `no card ${id} on the board`);
  if (!isCard(shape)) throw new HttpError(400, `${id} is a ${shape.type}, not a card`);
  return shape;
}
