// Safe field readers shared by the shape files. Values in a shape's Y.Map may have been written
// by any client, so every read checks type and range. A bad structural field (position, size,
// text, ids, company) throws FieldError, which `readShape` turns into a reported problem: the
// shape is read whole or not at all. A bad cosmetic field (colour, kind, arrow heads) reads as its
// default and is noted in `repairs`, so that a bad colour never hides a card.
import * as Y from 'yjs';
import { isHexColor } from '../../companies.js';
import { asCompanyKey, asShapeId, type CompanyKey, type ShapeId } from '../../ids.js';
import { isValidIndex } from '../fractional-index.js';
import type { TextBox } from '../../text/text-boxes.js';

/** World coordinates beyond this are refused: far past any real board, far below float trouble. */
export const MAX_COORDINATE = 10_000_000;
/** Widths and heights are positive and at most this. */
export const MAX_SIZE = 1_000_000;

export const CARD_KINDS = ['asset', 'gap', 'goal', 'value', 'idea', 'synergy', 'issue', 'note'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
export const isCardKind = (value: unknown): value is CardKind => CARD_KINDS.some((kind) => kind === value);

export const isCoordinate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;
export const isSize = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_SIZE;

export class FieldError extends Error {
  override name = 'FieldError';
}

/** The raw stored map of one shape. */
export type ShapeMap = Y.Map<unknown>;

/**
 * What the readers need of a shape's map: a stored one, or a view of it with some fields
 * overwritten (the server reads a shape as an update would leave it, before applying it).
 */
export type ShapeFields = Pick<Y.Map<unknown>, 'get' | 'has'>;

/** Where readers note the cosmetic fields they replaced by their default ("color: expected ..."). */
export type Repairs = string[];

/**
 * Everything the model knows about one shape type, defined in that type's file and listed once in
 * SHAPE_DEFINITIONS (model/shape.ts), which readers, writers, the server's checks and the
 * commands use: a new type is one new file and one new line there.
 */
export interface ShapeDefinition<S extends { id: ShapeId; type: string }> {
  readonly type: S['type'];
  /** The keys a shape of this type may hold in its map; anything else is not part of the model. */
  readonly keys: readonly string[];
  /** What a new shape of this type takes when its creator gives nothing else (a box's size). */
  readonly defaults: Readonly<Partial<Omit<S, 'id' | 'type'>>>;
  /** Reads a stored shape; throws FieldError when a structural field is bad, notes repairs. */
  read(id: ShapeId, map: ShapeFields, repairs: Repairs): S;
  /** Writes a shape into a fresh, empty map (the inverse of `read`). */
  write(map: ShapeMap, shape: Omit<S, 'id'>): void;
  /**
   * Where its text is drawn inside it and at which sizes (text/text-boxes.ts), keeping
   * `reserveBottom` units clear at the foot; absent or null when its text is not drawn inside.
   */
  textBox?(shape: S, reserveBottom: number): TextBox | null;
}

/** The keys every box shape may hold; each shape file adds its own. */
export const BOX_KEYS = ['type', 'x', 'y', 'w', 'h', 'index', 'text', 'color'] as const;

const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (value instanceof Y.AbstractType) return value.constructor.name;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `string of length ${value.length}`;
  return Array.isArray(value) ? 'array' : typeof value;
};

const complaint = (key: string, expected: string, value: unknown): string =>
  `${key}: expected ${expected}, got ${describeValue(value)}`;

const fail = (key: string, expected: string, value: unknown): never => {
  throw new FieldError(complaint(key, expected, value));
};

/** Notes a cosmetic field read as its default. */
function repaired<T>(repairs: Repairs, key: string, expected: string, value: unknown, fallback: T): T {
  repairs.push(complaint(key, expected, value));
  return fallback;
}

export function readCoordinate(map: ShapeFields, key: string): number {
  const value = map.get(key);
  return isCoordinate(value) ? value : fail(key, `a finite number within ±${MAX_COORDINATE}`, value);
}

export function readSize(map: ShapeFields, key: string): number {
  const value = map.get(key);
  return isSize(value) ? value : fail(key, `a positive number up to ${MAX_SIZE}`, value);
}

export function readIndex(map: ShapeFields): string {
  const value = map.get('index');
  return isValidIndex(value) ? value : fail('index', 'a fractional index', value);
}

export function readShapeRef(map: ShapeFields, key: string): ShapeId {
  const value = map.get(key);
  const id = typeof value === 'string' ? asShapeId(value) : null;
  return id ?? fail(key, 'a shape id', value);
}

/** A plain Y.Text (not a Y.XmlText, whose toString is markup). */
export function readYText(map: ShapeFields, key = 'text'): string {
  const value = map.get(key);
  return value instanceof Y.Text && !(value instanceof Y.XmlText)
    ? value.toString()
    : fail(key, 'a Y.Text', value);
}

/** Absent and null both mean "no colour": the renderer picks the default (so does a bad one). */
export function readColor(map: ShapeFields, repairs: Repairs): string | null {
  const value = map.get('color');
  if (value === undefined || value === null) return null;
  return isHexColor(value) ? value : repaired(repairs, 'color', 'a #rrggbb colour', value, null);
}

export function readCompany(map: ShapeFields): CompanyKey | null {
  const value = map.get('company');
  if (value === undefined || value === null) return null;
  const key = typeof value === 'string' ? asCompanyKey(value) : null;
  return key ?? fail('company', 'a company key', value);
}

/** A kind this model does not know reads as no kind: the card still shows. */
export function readKind(map: ShapeFields, repairs: Repairs): CardKind | null {
  const value = map.get('kind');
  if (value === undefined || value === null) return null;
  return isCardKind(value)
    ? value
    : repaired(repairs, 'kind', `one of ${CARD_KINDS.join(', ')}`, value, null);
}

/** A cosmetic choice among `allowed`; absent or bad reads as `fallback`. */
export function readEnum<T extends string>(
  map: ShapeFields,
  key: string,
  allowed: readonly T[],
  fallback: T,
  repairs: Repairs,
): T {
  const value = map.get(key);
  if (value === undefined) return fallback;
  return allowed.some((item) => item === value)
    ? (value as T)
    : repaired(repairs, key, allowed.join(' | '), value, fallback);
}

/** Fields every box shape (sticky, rect, ellipse, text, frame) has. */
export interface BoxFields {
  x: number;
  y: number;
  w: number;
  h: number;
  index: string;
  text: string;
  color: string | null;
}

export function readBoxFields(map: ShapeFields, repairs: Repairs): BoxFields {
  return {
    x: readCoordinate(map, 'x'),
    y: readCoordinate(map, 'y'),
    w: readSize(map, 'w'),
    h: readSize(map, 'h'),
    index: readIndex(map),
    text: readYText(map),
    color: readColor(map, repairs),
  };
}

/** Writes box fields into a fresh shape map; `text` becomes a new Y.Text. */
export function writeBoxFields(map: ShapeMap, type: string, box: BoxFields): void {
  map.set('type', type);
  map.set('x', box.x);
  map.set('y', box.y);
  map.set('w', box.w);
  map.set('h', box.h);
  map.set('index', box.index);
  map.set('text', new Y.Text(box.text));
  if (box.color !== null) map.set('color', box.color);
}
