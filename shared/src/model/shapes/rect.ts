// Rectangle: a plain box with optional text inside.
import type { ShapeId } from '../../ids.js';
import { readBoxFields, writeBoxFields, type BoxFields, type ShapeMap } from './fields.js';

export interface RectShape extends BoxFields {
  id: ShapeId;
  type: 'rect';
}

export const RECT_DEFAULTS = { w: 240, h: 160 } as const;

export function readRectShape(id: ShapeId, map: ShapeMap): RectShape {
  return { id, type: 'rect', ...readBoxFields(map) };
}

export function writeRectShape(map: ShapeMap, shape: Omit<RectShape, 'id'>): void {
  writeBoxFields(map, 'rect', shape);
}
