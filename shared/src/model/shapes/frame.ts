// Frame: a titled area (its `text` is the title). It holds shapes spatially: its
// children are the shapes whose box lies inside its box, nothing is stored (see `shapesInFrame`).
// A template frame may also be an area: a card dropped into it takes `areaKind` (and
// `areaCompany`, in a company's lane). Both are optional; a bad value reads as absent so that
// the frame itself still draws.
import { asCompanyKey, type CompanyKey, type ShapeId } from '../../ids.js';
import {
  BOX_KEYS,
  isCardKind,
  readBoxFields,
  writeBoxFields,
  type BoxFields,
  type CardKind,
  type Repairs,
  type ShapeFields,
  type ShapeDefinition,
  type ShapeMap,
} from './fields.js';

export interface FrameShape extends BoxFields {
  id: ShapeId;
  type: 'frame';
  /** Cards dropped inside take this kind. */
  areaKind?: CardKind;
  /** Cards dropped inside take this company (a company's lane). */
  areaCompany?: CompanyKey;
}

export const FRAME_DEFAULTS = { w: 800, h: 600 } as const;

/** The keys a frame may hold. */
export const FRAME_KEYS: readonly string[] = [...BOX_KEYS, 'areaKind', 'areaCompany'];

function readAreaFields(map: ShapeFields, repairs: Repairs): Pick<FrameShape, 'areaKind' | 'areaCompany'> {
  const kind = map.get('areaKind');
  const company = map.get('areaCompany');
  const companyKey = typeof company === 'string' ? asCompanyKey(company) : null;
  if (kind !== undefined && !isCardKind(kind)) repairs.push('areaKind: expected a card kind');
  if (company !== undefined && companyKey === null) repairs.push('areaCompany: expected a company key');
  return {
    ...(isCardKind(kind) ? { areaKind: kind } : {}),
    ...(companyKey !== null ? { areaCompany: companyKey } : {}),
  };
}

export function readFrameShape(id: ShapeId, map: ShapeFields, repairs: Repairs): FrameShape {
  return { id, type: 'frame', ...readBoxFields(map, repairs), ...readAreaFields(map, repairs) };
}

export function writeFrameShape(map: ShapeMap, shape: Omit<FrameShape, 'id'>): void {
  writeBoxFields(map, 'frame', shape);
  if (shape.areaKind !== undefined) map.set('areaKind', shape.areaKind);
  if (shape.areaCompany !== undefined) map.set('areaCompany', shape.areaCompany);
}

export const FRAME_SHAPE: ShapeDefinition<FrameShape> = {
  type: 'frame',
  keys: FRAME_KEYS,
  defaults: FRAME_DEFAULTS,
  read: readFrameShape,
  write: writeFrameShape,
  // A frame's text is its title, drawn above it.
  textBox: () => null,
};
