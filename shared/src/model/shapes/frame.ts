// Frame: a titled area (its `text` is the title). It holds shapes spatially: its
// children are the shapes whose box lies inside its box, nothing is stored (see `shapesInFrame`).
import type { ShapeId } from '../../ids.js';
import { readBoxFields, writeBoxFields, type BoxFields, type ShapeMap } from './fields.js';

export interface FrameShape extends BoxFields {
  id: ShapeId;
  type: 'frame';
}

export const FRAME_DEFAULTS = { w: 800, h: 600 } as const;

export function readFrameShape(id: ShapeId, map: ShapeMap): FrameShape {
  return { id, type: 'frame', ...readBoxFields(map) };
}

export function writeFrameShape(map: ShapeMap, shape: Omit<FrameShape, 'id'>): void {
  writeBoxFields(map, 'frame', shape);
}
