// Text: free-standing text; its box bounds the wrapped text.
import type { ShapeId } from '../../ids.js';
import { readBoxFields, writeBoxFields, type BoxFields, type ShapeMap } from './fields.js';

export interface TextShape extends BoxFields {
  id: ShapeId;
  type: 'text';
}

export const TEXT_DEFAULTS = { w: 240, h: 48 } as const;

export function readTextShape(id: ShapeId, map: ShapeMap): TextShape {
  return { id, type: 'text', ...readBoxFields(map) };
}

export function writeTextShape(map: ShapeMap, shape: Omit<TextShape, 'id'>): void {
  writeBoxFields(map, 'text', shape);
}
