// The shapes of a board file, checked by the model itself: each one is written into a scratch
// document with `writeShape` and read back with `readShape`, and must come back unchanged. So the
// file obeys exactly the rules a stored board does, and a field the reader would drop or default
// is refused instead of silently lost.
import * as Y from 'yjs';
import { asShapeId, type ShapeId } from '../ids.js';
import { MAX_TEXT_LENGTH } from '../model/commands/guards.js';
import { isBoxShape, readShape, SHAPE_TYPES, writeShape, type Shape } from '../model/shape.js';
import { assertSameAsRead, BoardFileError, fieldPath, isRecord, listOf } from './board-file-json.js';

/** Most shapes a file may hold on the board, and in all private drafts together. */
export const MAX_FILE_SHAPES = 50_000;

/** A shape id from the file, or a BoardFileError naming `path`. */
export function fileShapeId(value: unknown, path: string): ShapeId {
  const id = typeof value === 'string' ? asShapeId(value) : null;
  if (id === null) throw new BoardFileError(`${path}: expected a shape id`);
  return id;
}

/** "w: expected ..." from a reader becomes "shapes[3].w: expected ..."; other reasons follow a colon. */
const problemAt = (path: string, reason: string): BoardFileError =>
  new BoardFileError(/^[A-Za-z]+: /.test(reason) ? `${path}.${reason}` : `${path}: ${reason}`);

function checkCompanies(shape: Shape, path: string, companies: ReadonlySet<string>): void {
  const onBoard = (key: string, at: string) => {
    if (!companies.has(key)) throw new BoardFileError(`${at}: company ${key} is not on this board`);
  };
  if (shape.type === 'sticky') {
    if (shape.company !== null) onBoard(shape.company, fieldPath(path, 'company'));
    for (const key of Object.keys(shape.synergy?.owners ?? {}))
      onBoard(key, fieldPath(fieldPath(fieldPath(path, 'synergy'), 'owners'), key));
  }
  if (shape.type === 'frame' && shape.areaCompany !== undefined)
    onBoard(shape.areaCompany, fieldPath(path, 'areaCompany'));
}

/** Reads one shape of the file through the model, in `scratch`'s root `shapes`. */
function readFileShape(value: unknown, path: string, scratch: Y.Map<unknown>): Shape {
  if (!isRecord(value)) throw new BoardFileError(`${path}: expected a shape object`);
  const id = fileShapeId(value.id, fieldPath(path, 'id'));
  if (!SHAPE_TYPES.some((type) => type === value.type))
    throw new BoardFileError(`${fieldPath(path, 'type')}: expected one of ${SHAPE_TYPES.join(', ')}`);
  if (typeof value.text !== 'string')
    throw new BoardFileError(`${fieldPath(path, 'text')}: expected a string`);
  if (value.text.length > MAX_TEXT_LENGTH)
    throw new BoardFileError(`${fieldPath(path, 'text')}: longer than ${MAX_TEXT_LENGTH} characters`);
  if (value.synergy !== undefined && !isRecord(value.synergy))
    throw new BoardFileError(`${fieldPath(path, 'synergy')}: expected an object`);
  if (value.tags !== undefined && !Array.isArray(value.tags))
    throw new BoardFileError(`${fieldPath(path, 'tags')}: expected a list of tags`);
  const map = new Y.Map<unknown>();
  scratch.set(id, map);
  try {
    // writeShape only writes the fields of the type; what it writes is checked by reading back.
    writeShape(map, value as unknown as Shape);
  } catch (error) {
    throw new BoardFileError(`${path}: ${error instanceof Error ? error.message : 'unreadable'}`);
  }
  const result = readShape(id, map);
  if (!result.ok) throw problemAt(path, result.problem.reason);
  assertSameAsRead(value, result.shape, path);
  return result.shape;
}

/**
 * Checks a list of shapes as `readShapes` gives them for one document (the board, or one
 * company's drafts): valid fields, unique ids, companies on the board, and connectors whose two
 * ends are box shapes of the same list. Resolves with the shapes as the model reads them.
 */
export function parseFileShapes(value: unknown, path: string, companies: ReadonlySet<string>): Shape[] {
  const list = listOf(value, path, MAX_FILE_SHAPES);
  const doc = new Y.Doc();
  try {
    const scratch = doc.getMap<unknown>('shapes');
    const shapes: Shape[] = [];
    const seen = new Set<string>();
    doc.transact(() => {
      list.forEach((item, i) => {
        const at = fieldPath(path, i);
        const id = isRecord(item) ? item.id : undefined;
        if (typeof id === 'string' && seen.has(id))
          throw new BoardFileError(`${fieldPath(at, 'id')}: repeats shape ${id}`);
        const shape = readFileShape(item, at, scratch);
        seen.add(shape.id);
        checkCompanies(shape, at, companies);
        shapes.push(shape);
      });
    });
    const boxes = new Set<string>(shapes.filter(isBoxShape).map((shape) => shape.id));
    shapes.forEach((shape, i) => {
      if (shape.type !== 'connector') return;
      for (const end of ['from', 'to'] as const) {
        if (!boxes.has(shape[end]))
          throw new BoardFileError(
            `${fieldPath(fieldPath(path, i), end)}: no box shape ${shape[end]} in ${path}`,
          );
      }
    });
    return shapes;
  } finally {
    doc.destroy();
  }
}
