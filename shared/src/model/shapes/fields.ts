// Safe field readers shared by the shape files. Values in a shape's Y.Map may have been written
// by any client, so every read checks type and range; a bad field throws FieldError, which
// `readShape` turns into a reported problem (a shape is read whole or not at all).
import * as Y from 'yjs';
import { isHexColor } from '../../companies.js';
import { asCompanyKey, asShapeId, type CompanyKey, type ShapeId } from '../../ids.js';
import { isValidIndex } from '../fractional-index.js';

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

const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (value instanceof Y.AbstractType) return value.constructor.name;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `string of length ${value.length}`;
  return Array.isArray(value) ? 'array' : typeof value;
};

const fail = (key: string, expected: string, value: unknown): never => {
  throw new FieldError(`${key}: expected ${expected}, got ${describeValue(value)}`);
};

export function readCoordinate(map: ShapeMap, key: string): number {
  const value = map.get(key);
  return isCoordinate(value) ? value : fail(key, `a finite number within ±${MAX_COORDINATE}`, value);
}

export function readSize(map: ShapeMap, key: string): number {
  const value = map.get(key);
  return isSize(value) ? value : fail(key, `a positive number up to ${MAX_SIZE}`, value);
}

export function readIndex(map: ShapeMap): string {
  const value = map.get('index');
  return isValidIndex(value) ? value : fail('index', 'a fractional index', value);
}

export function readShapeRef(map: ShapeMap, key: string): ShapeId {
  const value = map.get(key);
  const id = typeof value === 'string' ? asShapeId(value) : null;
  return id ?? fail(key, 'a shape id', value);
}

/** A plain Y.Text (not a Y.XmlText, whose toString is markup). */
export function readYText(map: ShapeMap, key = 'text'): string {
  const value = map.get(key);
  return value instanceof Y.Text && !(value instanceof Y.XmlText)
    ? value.toString()
    : fail(key, 'a Y.Text', value);
}

/** Absent and null both mean "no colour": the renderer picks the default. */
export function readColor(map: ShapeMap): string | null {
  const value = map.get('color');
  if (value === undefined || value === null) return null;
  return isHexColor(value) ? value : fail('color', 'a #rrggbb colour', value);
}

export function readCompany(map: ShapeMap): CompanyKey | null {
  const value = map.get('company');
  if (value === undefined || value === null) return null;
  const key = typeof value === 'string' ? asCompanyKey(value) : null;
  return key ?? fail('company', 'a company key', value);
}

export function readKind(map: ShapeMap): CardKind | null {
  const value = map.get('kind');
  if (value === undefined || value === null) return null;
  return isCardKind(value) ? value : fail('kind', `one of ${CARD_KINDS.join(', ')}`, value);
}

export function readEnum<T extends string>(
  map: ShapeMap,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = map.get(key);
  if (value === undefined) return fallback;
  return allowed.some((item) => item === value) ? (value as T) : fail(key, allowed.join(' | '), value);
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

export function readBoxFields(map: ShapeMap): BoxFields {
  return {
    x: readCoordinate(map, 'x'),
    y: readCoordinate(map, 'y'),
    w: readSize(map, 'w'),
    h: readSize(map, 'h'),
    index: readIndex(map),
    text: readYText(map),
    color: readColor(map),
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
