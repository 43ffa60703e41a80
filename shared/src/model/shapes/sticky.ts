// Sticky: a card, optionally owned by a company and classified by kind (asset, gap, ...).
import type { CompanyKey, ShapeId } from '../../ids.js';
import {
  readBoxFields,
  readCompany,
  readKind,
  writeBoxFields,
  type BoxFields,
  type CardKind,
  type ShapeMap,
} from './fields.js';

export interface StickyShape extends BoxFields {
  id: ShapeId;
  type: 'sticky';
  company: CompanyKey | null;
  kind: CardKind | null;
}

export const STICKY_DEFAULTS = { w: 200, h: 160 } as const;

export function readStickyShape(id: ShapeId, map: ShapeMap): StickyShape {
  return { id, type: 'sticky', ...readBoxFields(map), company: readCompany(map), kind: readKind(map) };
}

export function writeStickyShape(map: ShapeMap, shape: Omit<StickyShape, 'id'>): void {
  writeBoxFields(map, 'sticky', shape);
  if (shape.company !== null) map.set('company', shape.company);
  if (shape.kind !== null) map.set('kind', shape.kind);
}
