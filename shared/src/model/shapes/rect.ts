// Rectangle: a plain box with optional text inside.
import type { ShapeId } from '../../ids.js';
import {
  BOX_KEYS,
  readBoxFields,
  writeBoxFields,
  type BoxFields,
  type Repairs,
  type ShapeFields,
  type ShapeDefinition,
  type ShapeMap,
} from './fields.js';
import { BOX_FIT, wholeBox } from '../../text/text-boxes.js';

export interface RectShape extends BoxFields {
  id: ShapeId;
  type: 'rect';
}

export const RECT_DEFAULTS = { w: 240, h: 160 } as const;

/** The keys a rect may hold. */
export const RECT_KEYS: readonly string[] = BOX_KEYS;

export function readRectShape(id: ShapeId, map: ShapeFields, repairs: Repairs): RectShape {
  return { id, type: 'rect', ...readBoxFields(map, repairs) };
}

export function writeRectShape(map: ShapeMap, shape: Omit<RectShape, 'id'>): void {
  writeBoxFields(map, 'rect', shape);
}

export const RECT_SHAPE: ShapeDefinition<RectShape> = {
  type: 'rect',
  keys: RECT_KEYS,
  defaults: RECT_DEFAULTS,
  read: readRectShape,
  write: writeRectShape,
  textBox: (shape, reserve) => wholeBox(shape, reserve, BOX_FIT, 'center'),
};
