// Ellipse: drawn inside its box, with optional text inside.
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
import { BOX_FIT } from '../../text/text-boxes.js';

export interface EllipseShape extends BoxFields {
  id: ShapeId;
  type: 'ellipse';
}

export const ELLIPSE_DEFAULTS = { w: 200, h: 200 } as const;

/** The keys a ellipse may hold. */
export const ELLIPSE_KEYS: readonly string[] = BOX_KEYS;

export function readEllipseShape(id: ShapeId, map: ShapeFields, repairs: Repairs): EllipseShape {
  return { id, type: 'ellipse', ...readBoxFields(map, repairs) };
}

export function writeEllipseShape(map: ShapeMap, shape: Omit<EllipseShape, 'id'>): void {
  writeBoxFields(map, 'ellipse', shape);
}

export const ELLIPSE_SHAPE: ShapeDefinition<EllipseShape> = {
  type: 'ellipse',
  keys: ELLIPSE_KEYS,
  defaults: ELLIPSE_DEFAULTS,
  read: readEllipseShape,
  write: writeEllipseShape,
  // The largest box inside the ellipse.
  textBox: (shape) => {
    const w = shape.w / Math.SQRT2;
    const h = shape.h / Math.SQRT2;
    return { rect: { x: (shape.w - w) / 2, y: (shape.h - h) / 2, w, h }, options: BOX_FIT, align: 'center' };
  },
};
