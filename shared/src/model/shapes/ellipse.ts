// Ellipse: drawn inside its box, with optional text inside.
import type { ShapeId } from '../../ids.js';
import { readBoxFields, writeBoxFields, type BoxFields, type ShapeMap } from './fields.js';

export interface EllipseShape extends BoxFields {
  id: ShapeId;
  type: 'ellipse';
}

export const ELLIPSE_DEFAULTS = { w: 200, h: 200 } as const;

export function readEllipseShape(id: ShapeId, map: ShapeMap): EllipseShape {
  return { id, type: 'ellipse', ...readBoxFields(map) };
}

export function writeEllipseShape(map: ShapeMap, shape: Omit<EllipseShape, 'id'>): void {
  writeBoxFields(map, 'ellipse', shape);
}
