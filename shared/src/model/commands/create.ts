// Commands that create shapes. New shapes go on top, except frames, which go to the back so
// that drawing a frame around cards never hides them.
import * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../../ids.js';
import { shapesMap } from '../roots.js';
import { compareShapes, isBoxShape, writeShape, type Shape } from '../shape.js';
import { ARROW_HEADS, CONNECTOR_DEFAULTS, type ArrowHead } from '../shapes/connector.js';
import { ELLIPSE_DEFAULTS } from '../shapes/ellipse.js';
import type { CardKind } from '../shapes/fields.js';
import { FRAME_DEFAULTS } from '../shapes/frame.js';
import { RECT_DEFAULTS } from '../shapes/rect.js';
import { STICKY_DEFAULTS } from '../shapes/sticky.js';
import { TEXT_DEFAULTS } from '../shapes/text.js';
import { withFrameChildren } from './arrange.js';
import {
  allShapes,
  assertArgs,
  boardCompany,
  cardKind,
  color,
  CommandError,
  coordinate,
  delta,
  freshId,
  indicesAtEnd,
  requireBox,
  shapeId,
  shapeIdList,
  size,
  text,
} from './guards.js';

type Placement = 'top' | 'bottom';

/** Writes one new shape, its index taken from the chosen end of the stack, in one transaction. */
function create(doc: Y.Doc, origin: unknown, placement: Placement, build: (index: string) => Shape): ShapeId {
  const [index] = indicesAtEnd(doc, placement, 1);
  const shape = build(index as string);
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    shapesMap(doc).set(shape.id, map);
    writeShape(map, shape);
  }, origin);
  return shape.id;
}

export interface AddStickyArgs {
  x: number;
  y: number;
  w?: number;
  h?: number;
  text?: string;
  company?: CompanyKey | null;
  kind?: CardKind | null;
  color?: string | null;
  /** Normally omitted (a random id is made); given by tests and imports. */
  id?: ShapeId;
}

export function addSticky(doc: Y.Doc, args: AddStickyArgs, origin: unknown): ShapeId {
  assertArgs(args);
  const fields = {
    id: freshId(doc, args.id),
    type: 'sticky' as const,
    x: coordinate('x', args.x),
    y: coordinate('y', args.y),
    w: size('w', args.w, STICKY_DEFAULTS.w),
    h: size('h', args.h, STICKY_DEFAULTS.h),
    text: text('text', args.text),
    company: boardCompany(doc, args.company),
    kind: cardKind(args.kind),
    color: color(args.color),
  };
  return create(doc, origin, 'top', (index) => ({ ...fields, index }));
}

const BOX_DEFAULTS = {
  rect: RECT_DEFAULTS,
  ellipse: ELLIPSE_DEFAULTS,
  text: TEXT_DEFAULTS,
  frame: FRAME_DEFAULTS,
} as const;
export type AddableShapeType = keyof typeof BOX_DEFAULTS;

export interface AddShapeArgs {
  type: AddableShapeType;
  x: number;
  y: number;
  w?: number;
  h?: number;
  /** The text inside; for a frame, its title. */
  text?: string;
  color?: string | null;
  id?: ShapeId;
}

/** Adds a rect, ellipse, text or frame (stickies and connectors have their own commands). */
export function addShape(doc: Y.Doc, args: AddShapeArgs, origin: unknown): ShapeId {
  assertArgs(args);
  const type = args.type;
  if (!Object.hasOwn(BOX_DEFAULTS, type))
    throw new CommandError(`addShape cannot add type ${String(type).slice(0, 40)}`);
  const defaults = BOX_DEFAULTS[type];
  const fields = {
    id: freshId(doc, args.id),
    type,
    x: coordinate('x', args.x),
    y: coordinate('y', args.y),
    w: size('w', args.w, defaults.w),
    h: size('h', args.h, defaults.h),
    text: text('text', args.text),
    color: color(args.color),
  };
  return create(doc, origin, type === 'frame' ? 'bottom' : 'top', (index) => ({ ...fields, index }));
}

export interface AddConnectorArgs {
  from: ShapeId;
  to: ShapeId;
  text?: string;
  startArrow?: ArrowHead;
  endArrow?: ArrowHead;
  color?: string | null;
  id?: ShapeId;
}

function arrowHead(name: string, value: unknown, fallback: ArrowHead): ArrowHead {
  if (value === undefined) return fallback;
  if (!ARROW_HEADS.some((head) => head === value))
    throw new CommandError(`${name} must be one of ${ARROW_HEADS.join(', ')}`);
  return value as ArrowHead;
}

/** Connects two different box shapes (not connectors). */
export function addConnector(doc: Y.Doc, args: AddConnectorArgs, origin: unknown): ShapeId {
  assertArgs(args);
  const from = requireBox(doc, shapeId('from', args.from)).shape.id;
  const to = requireBox(doc, shapeId('to', args.to)).shape.id;
  if (from === to) throw new CommandError('a connector joins two different shapes');
  const fields = {
    id: freshId(doc, args.id),
    type: 'connector' as const,
    x: CONNECTOR_DEFAULTS.x,
    y: CONNECTOR_DEFAULTS.y,
    from,
    to,
    text: text('text', args.text),
    startArrow: arrowHead('startArrow', args.startArrow, CONNECTOR_DEFAULTS.startArrow),
    endArrow: arrowHead('endArrow', args.endArrow, CONNECTOR_DEFAULTS.endArrow),
    color: color(args.color),
  };
  return create(doc, origin, 'top', (index) => ({ ...fields, index }));
}

export const DUPLICATE_OFFSET = 24;

export interface DuplicateShapesArgs {
  ids: readonly ShapeId[];
  dx?: number;
  dy?: number;
  /** Makes the new ids; normally omitted (random ids). */
  newId?: () => ShapeId;
  /**
   * Duplicating as a member of this company: copies of other companies' cards become this
   * company's, and copies of template areas plain frames (members make neither for others).
   */
  member?: CompanyKey | null;
}

/**
 * Copies shapes, offset by (dx, dy), on top of the stack in their original order. A frame
 * brings its children; connectors are copied when both their ends are copied, joined to the
 * copies. Returns the new ids, back to front.
 */
export function duplicateShapes(doc: Y.Doc, args: DuplicateShapesArgs, origin: unknown): ShapeId[] {
  assertArgs(args);
  const ids = shapeIdList(args.ids);
  const dx = args.dx === undefined ? DUPLICATE_OFFSET : delta('dx', args.dx);
  const dy = args.dy === undefined ? DUPLICATE_OFFSET : delta('dy', args.dy);
  const makeId = args.newId ?? ((): ShapeId => freshId(doc, undefined));
  const all = allShapes(doc);
  const boxIds = new Set(all.filter(({ shape }) => isBoxShape(shape)).map(({ shape }) => shape.id));
  const boxes = new Set([...withFrameChildren(ids, all)].filter((id) => boxIds.has(id)));
  const copied = all
    .map(({ shape }) => shape)
    .filter((shape) =>
      shape.type === 'connector' ? boxes.has(shape.from) && boxes.has(shape.to) : boxes.has(shape.id),
    )
    .sort(compareShapes);
  const newIds = new Map(copied.map((shape) => [shape.id, freshId(doc, makeId())]));
  if (new Set(newIds.values()).size !== newIds.size)
    throw new CommandError('newId returned the same id twice');
  const remap = (id: ShapeId): ShapeId => newIds.get(id) ?? id;
  const member = args.member ?? null;
  const asMember = (shape: Shape): Shape => {
    if (member === null) return shape;
    if (shape.type === 'sticky' && shape.company !== null && shape.company !== member)
      return { ...shape, company: member };
    if (shape.type === 'frame' && (shape.areaKind !== undefined || shape.areaCompany !== undefined)) {
      const { areaKind: _kind, areaCompany: _company, ...plain } = shape;
      return plain;
    }
    return shape;
  };
  const copies = copied.map(asMember).map((shape): Shape =>
    shape.type === 'connector'
      ? { ...shape, id: remap(shape.id), from: remap(shape.from), to: remap(shape.to) }
      : {
          ...shape,
          id: remap(shape.id),
          x: coordinate('x of the copy', shape.x + dx),
          y: coordinate('y of the copy', shape.y + dy),
        },
  );
  if (copies.length === 0) return [];
  doc.transact(() => {
    const indices = indicesAtEnd(doc, 'top', copies.length);
    copies.forEach((shape, i) => {
      const map = new Y.Map<unknown>();
      shapesMap(doc).set(shape.id, map);
      writeShape(map, { ...shape, index: indices[i] ?? shape.index });
    });
  }, origin);
  return copies.map((shape) => shape.id);
}
