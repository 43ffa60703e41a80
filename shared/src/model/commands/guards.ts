// Argument checks and lookups shared by the commands. Commands may be called with input from
// the network (command endpoints), so every argument is checked at run time, before the
// transaction starts: a refused command writes nothing.
import * as Y from 'yjs';
import { isHexColor } from '../../companies.js';
import { asCompanyKey, asShapeId, newShapeId, type CompanyKey, type ShapeId } from '../../ids.js';
import { compareIndex, indicesBetween, isValidIndex } from '../fractional-index.js';
import { readMeta } from '../meta.js';
import { isWellFormed } from '../well-formed.js';
import { shapesMap } from '../roots.js';
import { readShape, type BoxShape, type Shape } from '../shape.js';
import {
  isCardKind,
  isCoordinate,
  isSize,
  MAX_COORDINATE,
  type CardKind,
  type ShapeMap,
} from '../shapes/fields.js';

/** Longest text a command writes into one shape. */
export const MAX_TEXT_LENGTH = 10_000;
/** Most shapes one command may touch. */
export const MAX_SHAPES_PER_COMMAND = 5_000;

/** A command was called with bad arguments or on shapes that do not allow it. */
export class CommandError extends Error {
  override name = 'CommandError';
}

export function assertArgs(args: unknown): void {
  if (typeof args !== 'object' || args === null) throw new CommandError('arguments must be an object');
}

export function coordinate(name: string, value: unknown): number {
  if (!isCoordinate(value))
    throw new CommandError(`${name} must be a finite number within ±${MAX_COORDINATE}`);
  return value;
}

/** A displacement: finite, and small enough that a valid coordinate plus it can stay valid. */
export function delta(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 2 * MAX_COORDINATE)
    throw new CommandError(`${name} must be a finite number`);
  return value;
}

export function size(name: string, value: unknown, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (!isSize(value)) throw new CommandError(`${name} must be a positive finite number`);
  return value;
}

export function text(name: string, value: unknown, fallback = ''): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string') throw new CommandError(`${name} must be a string`);
  if (value.length > MAX_TEXT_LENGTH)
    throw new CommandError(`${name} is longer than ${MAX_TEXT_LENGTH} characters`);
  if (!isWellFormed(value)) throw new CommandError(`${name} contains half a surrogate pair`);
  return value;
}

/** undefined and null both mean "no colour". */
export function color(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (!isHexColor(value)) throw new CommandError('color must be #rrggbb');
  return value.toLowerCase();
}

export function cardKind(value: unknown): CardKind | null {
  if (value === undefined || value === null) return null;
  if (!isCardKind(value)) throw new CommandError(`unknown card kind ${String(value).slice(0, 40)}`);
  return value;
}

export function shapeId(name: string, value: unknown): ShapeId {
  const id = typeof value === 'string' ? asShapeId(value) : null;
  if (id === null) throw new CommandError(`${name} must be a shape id`);
  return id;
}

/** A list of shape ids, deduplicated, order kept. */
export function shapeIdList(value: unknown): ShapeId[] {
  if (!Array.isArray(value)) throw new CommandError('ids must be an array of shape ids');
  if (value.length > MAX_SHAPES_PER_COMMAND)
    throw new CommandError(`at most ${MAX_SHAPES_PER_COMMAND} shapes per command`);
  return [...new Set(value.map((id: unknown) => shapeId('ids[]', id)))];
}

/** The caller's id for a new shape (checked to be free), or a fresh random one. */
export function freshId(doc: Y.Doc, value: unknown): ShapeId {
  if (value === undefined) return newShapeId();
  const id = shapeId('id', value);
  if (shapesMap(doc).has(id)) throw new CommandError(`shape ${id} already exists`);
  return id;
}

/** A company that is on this board. */
export function boardCompany(doc: Y.Doc, value: unknown): CompanyKey | null {
  if (value === undefined || value === null) return null;
  const key = typeof value === 'string' ? asCompanyKey(value) : null;
  if (key === null || !readMeta(doc).meta.companies.some((company) => company.key === key))
    throw new CommandError(`company ${String(value).slice(0, 40)} is not on this board`);
  return key;
}

export interface StoredShape<S extends Shape = Shape> {
  shape: S;
  map: ShapeMap;
}

/** A valid shape by id; throws when it does not exist or is malformed. */
export function requireShape(doc: Y.Doc, id: ShapeId): StoredShape {
  const value = shapesMap(doc).get(id);
  if (value === undefined) throw new CommandError(`unknown shape ${id}`);
  const result = readShape(id, value);
  if (!result.ok) throw new CommandError(`shape ${id} is malformed (${result.problem.reason})`);
  return { shape: result.shape, map: value as ShapeMap };
}

export function requireBox(doc: Y.Doc, id: ShapeId): StoredShape<BoxShape> {
  const stored = requireShape(doc, id);
  if (stored.shape.type === 'connector')
    throw new CommandError(`shape ${id} is a connector, which has no box`);
  return stored as StoredShape<BoxShape>;
}

/** Every valid shape, connectors with missing ends included (commands may still touch them). */
export function allShapes(doc: Y.Doc): StoredShape[] {
  const out: StoredShape[] = [];
  shapesMap(doc).forEach((value, id) => {
    const result = readShape(id, value);
    if (result.ok) out.push({ shape: result.shape, map: value as ShapeMap });
  });
  return out;
}

/** Lowest and highest z-index among stored shapes, ignoring `exclude`. */
export function zExtent(
  doc: Y.Doc,
  exclude: ReadonlySet<string> = new Set(),
): { bottom: string | null; top: string | null } {
  let bottom: string | null = null;
  let top: string | null = null;
  shapesMap(doc).forEach((value, id) => {
    if (exclude.has(id) || !(value instanceof Y.Map)) return;
    const index: unknown = value.get('index');
    if (!isValidIndex(index)) return;
    if (bottom === null || compareIndex(index, bottom) < 0) bottom = index;
    if (top === null || compareIndex(index, top) > 0) top = index;
  });
  return { bottom, top };
}

/** `n` indices above everything (or below everything), in ascending order. */
export function indicesAtEnd(
  doc: Y.Doc,
  end: 'top' | 'bottom',
  n: number,
  exclude?: ReadonlySet<string>,
): string[] {
  const { bottom, top } = zExtent(doc, exclude);
  return end === 'top' ? indicesBetween(top, null, n) : indicesBetween(null, bottom, n);
}
