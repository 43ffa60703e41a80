// Sticky: a card, optionally owned by a company and classified by kind (asset, gap, ...).
// A synergy card (kind 'synergy') also carries synergy fields (shared/src/synergy/fields.ts).
import type { CompanyKey, ShapeId } from '../../ids.js';
import {
  SYNERGY_KEYS,
  readSynergyFields,
  writeSynergyFields,
  type SynergyFields,
} from '../../synergy/fields.js';
import {
  BOX_KEYS,
  readBoxFields,
  readCompany,
  readKind,
  writeBoxFields,
  type BoxFields,
  type CardKind,
  type Repairs,
  type ShapeFields,
  type ShapeDefinition,
  type ShapeMap,
} from './fields.js';
import { CARD_FIT, CARD_HEADER } from '../../text/text-boxes.js';
import { TAGS_FIELD, readTags, tagsMap } from '../../tags/tags.js';
import {
  PLAN_KEYS,
  hasPlanFields,
  readPlanFields,
  writePlanFields,
  type PlanFields,
} from '../../plan/plan-fields.js';

export interface StickyShape extends BoxFields {
  id: ShapeId;
  type: 'sticky';
  company: CompanyKey | null;
  kind: CardKind | null;
  /** Present exactly when kind is 'synergy'; read leniently (defaults for missing fields). */
  synergy?: SynergyFields;
  /** A synergy card's joint action plan (plan/plan-fields.ts); present only once it has one. */
  plan?: PlanFields;
  /** Its tags, sorted (tags/tags.ts); present only when it has some. */
  tags?: readonly string[];
}

export const STICKY_DEFAULTS = { w: 200, h: 160 } as const;

/** The keys a sticky may hold (the synergy fields only matter on a synergy card). */
export const STICKY_KEYS: readonly string[] = [
  ...BOX_KEYS,
  'company',
  'kind',
  TAGS_FIELD,
  ...SYNERGY_KEYS,
  ...PLAN_KEYS,
];

export function readStickyShape(id: ShapeId, map: ShapeFields, repairs: Repairs): StickyShape {
  const kind = readKind(map, repairs);
  const box = readBoxFields(map, repairs);
  const shape: StickyShape = { id, type: 'sticky', ...box, company: readCompany(map), kind };
  if (kind === 'synergy') {
    shape.synergy = readSynergyFields(map, repairs);
    if (hasPlanFields(map)) shape.plan = readPlanFields(map, repairs);
  }
  const tags = readTags(map.get(TAGS_FIELD), repairs);
  if (tags.length > 0) shape.tags = tags;
  return shape;
}

export function writeStickyShape(map: ShapeMap, shape: Omit<StickyShape, 'id'>): void {
  writeBoxFields(map, 'sticky', shape);
  if (shape.company !== null) map.set('company', shape.company);
  if (shape.kind !== null) map.set('kind', shape.kind);
  if (shape.synergy !== undefined) writeSynergyFields(map, shape.synergy);
  if (shape.plan !== undefined) writePlanFields(map, shape.plan);
  if (shape.tags !== undefined && shape.tags.length > 0) map.set(TAGS_FIELD, tagsMap(shape.tags));
}

export const STICKY_SHAPE: ShapeDefinition<StickyShape> = {
  type: 'sticky',
  keys: STICKY_KEYS,
  defaults: STICKY_DEFAULTS,
  read: readStickyShape,
  write: writeStickyShape,
  // Below the company strip and the kind label.
  textBox: (shape, reserve) => ({
    rect: { x: 0, y: CARD_HEADER - 8, w: shape.w, h: Math.max(1, shape.h - reserve - CARD_HEADER + 8) },
    options: CARD_FIT,
    align: 'center',
  }),
};
