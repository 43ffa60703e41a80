// Sticky: a card, optionally owned by a company and classified by kind (asset, gap, ...).
// A synergy card (kind 'synergy') also carries synergy fields (shared/src/synergy/fields.ts).
import type { CompanyKey, ShapeId } from '../../ids.js';
import { readSynergyFields, writeSynergyFields, type SynergyFields } from '../../synergy/fields.js';
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
  /** Present exactly when kind is 'synergy'; read leniently (defaults for missing fields). */
  synergy?: SynergyFields;
}

export const STICKY_DEFAULTS = { w: 200, h: 160 } as const;

export function readStickyShape(id: ShapeId, map: ShapeMap): StickyShape {
  const kind = readKind(map);
  const shape: StickyShape = { id, type: 'sticky', ...readBoxFields(map), company: readCompany(map), kind };
  if (kind === 'synergy') shape.synergy = readSynergyFields(map);
  return shape;
}

export function writeStickyShape(map: ShapeMap, shape: Omit<StickyShape, 'id'>): void {
  writeBoxFields(map, 'sticky', shape);
  if (shape.company !== null) map.set('company', shape.company);
  if (shape.kind !== null) map.set('kind', shape.kind);
  if (shape.synergy !== undefined) writeSynergyFields(map, shape.synergy);
}
