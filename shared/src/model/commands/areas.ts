// Cards take the kind (and company) of the template area they end up in. Run right after a
// move or a new card, inside the same undo step, so that undo puts both back together. A card
// that moves keeps its company (moving never hands a card to another company); only a card
// without one takes the lane's.
import type * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../../ids.js';
import { classifyByArea } from '../../templates/areas.js';
import { readMeta } from '../meta.js';
import { readShapes } from '../shape.js';
import { assertArgs, shapeIdList } from './guards.js';
import { setCompanyAndKind } from './style.js';

export interface ClassifyCardsArgs {
  ids: readonly ShapeId[];
  /**
   * The company of the member moving the cards: a card never takes another company's lane's
   * company for them (members make cards for their own company only); it still takes the kind.
   */
  member?: CompanyKey | null;
  /** The cards were moved, not made: a card that has a company keeps it. */
  moved?: boolean;
}

/** Returns the ids of the cards that changed. Shapes that are not stickies are left alone. */
export function classifyCardsByArea(doc: Y.Doc, args: ClassifyCardsArgs, origin: unknown): ShapeId[] {
  assertArgs(args);
  const wanted = new Set(shapeIdList(args.ids));
  const shapes = readShapes(doc).shapes;
  const companies = readMeta(doc).meta.companies.map((company) => company.key);
  const changes = shapes.flatMap((shape) => {
    if (shape.type !== 'sticky' || !wanted.has(shape.id)) return [];
    const found = classifyByArea(shapes, shape, companies);
    const member = args.member ?? null;
    const keepsCompany =
      (args.moved === true && shape.company !== null) || (member !== null && found?.company !== member);
    const change =
      found && found.company !== undefined && keepsCompany
        ? { ...(found.kind !== undefined ? { kind: found.kind } : {}) }
        : found;
    return change && (change.kind !== undefined || change.company !== undefined)
      ? [{ id: shape.id, change }]
      : [];
  });
  if (changes.length === 0) return [];
  doc.transact(() => {
    for (const { id, change } of changes) setCompanyAndKind(doc, { ids: [id], ...change }, origin);
  }, origin);
  return changes.map(({ id }) => id);
}
