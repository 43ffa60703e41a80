// The Shape union and the safe readers over root `shapes`: whatever a misbehaving client wrote,
// reading never throws; a malformed shape is skipped and reported as a problem, and a bad cosmetic
// field (a colour, a kind) reads as its default and is reported as a repair.
import * as Y from 'yjs';
import { asShapeId, type ShapeId } from '../ids.js';
import { compareIndex } from './fractional-index.js';
import { shapesMap } from './roots.js';
import { CONNECTOR_SHAPE, type ConnectorShape } from './shapes/connector.js';
import { ELLIPSE_SHAPE, type EllipseShape } from './shapes/ellipse.js';
import { FRAME_SHAPE, type FrameShape } from './shapes/frame.js';
import { RECT_SHAPE, type RectShape } from './shapes/rect.js';
import { STICKY_SHAPE, type StickyShape } from './shapes/sticky.js';
import { TEXT_SHAPE, type TextShape } from './shapes/text.js';
import type { Repairs, ShapeDefinition, ShapeFields, ShapeMap } from './shapes/fields.js';
import type { TextBox } from '../text/text-boxes.js';

export type Shape = StickyShape | RectShape | EllipseShape | TextShape | FrameShape | ConnectorShape;
export type ShapeType = Shape['type'];
/** Shapes with a box (`w`, `h`): everything but connectors. */
export type BoxShape = Exclude<Shape, ConnectorShape>;

export const SHAPE_TYPES: readonly ShapeType[] = ['sticky', 'rect', 'ellipse', 'text', 'frame', 'connector'];
export const isBoxShape = (shape: Shape): shape is BoxShape => shape.type !== 'connector';

export interface ShapeProblem {
  id: string;
  reason: string;
}
export type ShapeReadResult =
  /** `repairs`: cosmetic fields read as their default because their stored value was bad. */
  { ok: true; shape: Shape; repairs: readonly string[] } | { ok: false; problem: ShapeProblem };

/** One definition per shape type (shapes/<type>.ts): its keys, defaults, reader and writer. */
export const SHAPE_DEFINITIONS: { readonly [T in ShapeType]: ShapeDefinition<Extract<Shape, { type: T }>> } =
  {
    sticky: STICKY_SHAPE,
    rect: RECT_SHAPE,
    ellipse: ELLIPSE_SHAPE,
    text: TEXT_SHAPE,
    frame: FRAME_SHAPE,
    connector: CONNECTOR_SHAPE,
  };

/** The definition of `shape`'s type, typed for it (TypeScript cannot correlate the two itself). */
const definitionOf = <S extends Shape>(shape: S): ShapeDefinition<S> =>
  SHAPE_DEFINITIONS[shape.type] as unknown as ShapeDefinition<S>;

/** The keys each shape type may hold in its map; anything else is not part of the model. */
export const SHAPE_KEYS: { readonly [T in ShapeType]: ReadonlySet<string> } = {
  sticky: new Set(STICKY_SHAPE.keys),
  rect: new Set(RECT_SHAPE.keys),
  ellipse: new Set(ELLIPSE_SHAPE.keys),
  text: new Set(TEXT_SHAPE.keys),
  frame: new Set(FRAME_SHAPE.keys),
  connector: new Set(CONNECTOR_SHAPE.keys),
};

const isShapeType = (value: unknown): value is ShapeType => SHAPE_TYPES.some((type) => type === value);

/** Reads one stored shape (the value under `id` in root `shapes`) into a plain object. */
export function readShape(id: string, ymap: unknown): ShapeReadResult {
  const problem = (reason: string): ShapeReadResult => ({ ok: false, problem: { id, reason } });
  const shapeId = asShapeId(id);
  if (shapeId === null) return problem('id is not a valid shape id');
  if (!(ymap instanceof Y.Map)) return problem('not a Y.Map');
  return readShapeFrom(shapeId, ymap as ShapeMap);
}

/**
 * Reads a shape from its fields: a stored map, or a view of one with some fields overwritten (as
 * an update would leave them). The same rules as `readShape`.
 */
export function readShapeFrom(id: ShapeId, map: ShapeFields): ShapeReadResult {
  const problem = (reason: string): ShapeReadResult => ({ ok: false, problem: { id, reason } });
  const type = map.get('type');
  if (!isShapeType(type))
    return problem(
      `unknown type ${typeof type === 'string' ? JSON.stringify(type.slice(0, 40)) : typeof type}`,
    );
  const repairs: Repairs = [];
  try {
    return { ok: true, shape: SHAPE_DEFINITIONS[type].read(id, map, repairs), repairs };
  } catch (error) {
    return problem(error instanceof Error ? error.message : 'unreadable');
  }
}

/**
 * The box a shape's text is drawn in and at which sizes (its type's `textBox`), or null for shapes
 * whose text is not drawn inside (frames). `reserveBottom` keeps that much clear at its foot.
 */
export function textBoxOf(shape: BoxShape, reserveBottom = 0): TextBox | null {
  return definitionOf(shape).textBox?.(shape, reserveBottom) ?? null;
}

/** Writes a shape's fields into a fresh, empty shape map (the inverse of `readShape`). */
export function writeShape(map: ShapeMap, shape: Shape): void {
  definitionOf(shape).write(map, shape);
}

/** Back-to-front order: by index, then by id so that equal indices (two peers adding at the
 * same moment) still sort the same way everywhere. */
export const compareShapes = (a: Shape, b: Shape): number =>
  compareIndex(a.index, b.index) || compareIndex(a.id, b.id);

export interface ShapesSnapshot {
  /** Valid, drawable shapes in z-order (back to front). */
  shapes: Shape[];
  /** Stored values that are not valid shapes; skipped. */
  problems: ShapeProblem[];
  /** Shapes read with a cosmetic field replaced by its default (one entry per field). */
  repairs: ShapeProblem[];
  /** Valid connectors left out of `shapes` because an end is missing (deleted while someone
   * connected to it) or is not a box: a normal outcome of concurrent edits, not corruption. */
  orphans: ShapeId[];
}

export function readShapes(doc: Y.Doc): ShapesSnapshot {
  const valid: Shape[] = [];
  const problems: ShapeProblem[] = [];
  const repairs: ShapeProblem[] = [];
  try {
    shapesMap(doc).forEach((value, id) => {
      const result = readShape(id, value);
      if (!result.ok) return problems.push(result.problem);
      valid.push(result.shape);
      for (const reason of result.repairs) repairs.push({ id, reason });
    });
  } catch (error) {
    // Only if root `shapes` was claimed locally as another type: report rather than throw.
    problems.push({ id: '(root)', reason: error instanceof Error ? error.message : 'unreadable root' });
  }
  const boxes = new Set<string>(valid.filter(isBoxShape).map((shape) => shape.id));
  const shapes: Shape[] = [];
  const orphans: ShapeId[] = [];
  for (const shape of valid) {
    if (shape.type === 'connector' && !(boxes.has(shape.from) && boxes.has(shape.to))) orphans.push(shape.id);
    else shapes.push(shape);
  }
  shapes.sort(compareShapes);
  orphans.sort(compareIndex);
  problems.sort((a, b) => compareIndex(a.id, b.id));
  return { shapes, problems, repairs, orphans };
}
