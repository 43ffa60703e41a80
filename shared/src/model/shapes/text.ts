// Text: free-standing text; its box bounds the wrapped text.
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
import { FREE_TEXT_FIT, wholeBox } from '../../text/text-boxes.js';

export interface TextShape extends BoxFields {
  id: ShapeId;
  type: 'text';
}

export const TEXT_DEFAULTS = { w: 240, h: 48 } as const;

/** The keys a text may hold. */
export const TEXT_KEYS: readonly string[] = BOX_KEYS;

export function readTextShape(id: ShapeId, map: ShapeFields, repairs: Repairs): TextShape {
  return { id, type: 'text', ...readBoxFields(map, repairs) };
}

export function writeTextShape(map: ShapeMap, shape: Omit<TextShape, 'id'>): void {
  writeBoxFields(map, 'text', shape);
}

export const TEXT_SHAPE: ShapeDefinition<TextShape> = {
  type: 'text',
  keys: TEXT_KEYS,
  defaults: TEXT_DEFAULTS,
  read: readTextShape,
  write: writeTextShape,
  textBox: (shape, reserve) => wholeBox(shape, reserve, FREE_TEXT_FIT, 'left'),
};
