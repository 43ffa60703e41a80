// Template areas: a card whose centre lies in an area frame takes the area's kind (and company,
// in a company's lane). Where areas nest, the smallest one decides.
import type { CompanyKey } from '../ids.js';
import type { Shape } from '../model/shape.js';
import type { CardKind } from '../model/shapes/fields.js';
import type { FrameShape } from '../model/shapes/frame.js';

export interface AreaClass {
  kind?: CardKind;
  company?: CompanyKey;
}

/** A template area: a frame that gives cards a kind or a company. */
export const isArea = (frame: FrameShape): boolean =>
  frame.areaKind !== undefined || frame.areaCompany !== undefined;

/** The smallest area frame containing the point, or null. */
export function areaAt(shapes: readonly Shape[], point: { x: number; y: number }): FrameShape | null {
  let best: FrameShape | null = null;
  for (const shape of shapes) {
    if (shape.type !== 'frame' || !isArea(shape)) continue;
    const inside =
      point.x >= shape.x &&
      point.x <= shape.x + shape.w &&
      point.y >= shape.y &&
      point.y <= shape.y + shape.h;
    if (inside && (best === null || shape.w * shape.h < best.w * best.h)) best = shape;
  }
  return best;
}

/**
 * What a card at this box should become: the area's kind and company where they differ from the
 * card's, or null when there is nothing to change. Companies not in `companies` (a frame pasted
 * from another board) are ignored.
 */
export function classifyByArea(
  shapes: readonly Shape[],
  card: { x: number; y: number; w: number; h: number; kind: CardKind | null; company: CompanyKey | null },
  companies: readonly CompanyKey[],
): AreaClass | null {
  const found = areaAt(shapes, { x: card.x + card.w / 2, y: card.y + card.h / 2 });
  if (!found) return null;
  const change: AreaClass = {};
  if (found.areaKind !== undefined && found.areaKind !== card.kind) change.kind = found.areaKind;
  if (
    found.areaCompany !== undefined &&
    found.areaCompany !== card.company &&
    companies.includes(found.areaCompany)
  )
    change.company = found.areaCompany;
  return change.kind !== undefined || change.company !== undefined ? change : null;
}
