// Pasting clipboard shapes into a board: fresh ids from the shared commands, centred on the
// pointer (or on the free space nearest to it: a paste never lands on top of a card or shape),
// connectors re-joined to the copies, cards taking the kind of the template area they land in
// (as when moved there). One transaction, so one undo step.
import {
  addConnector,
  addShape,
  addSticky,
  classifyCardsByArea,
  grow,
  isBoxShape,
  nearestFree,
  readShapes,
  TakenSpace,
  updateSynergy,
  tagCards,
  type CompanyKey,
  type ShapeId,
  type SynergyFields,
} from '@kyoso/shared';
import type * as Y from 'yjs';
import type { Point } from '../sync/session-types';
import type { ClipboardBox, ClipboardShape } from './clipboard';
import { unionRect } from './rect';

/** Space kept between pasted shapes and those already there. */
const MARGIN = 20;

/** Top-left for pasted shapes spanning `size`: centred on `at`, or the free place nearest it. */
function freePlaceFor(doc: Y.Doc, size: { w: number; h: number }, at: Point): Point {
  const ideal = { x: Math.round(at.x - size.w / 2), y: Math.round(at.y - size.h / 2) };
  const taken = new TakenSpace();
  for (const shape of readShapes(doc).shapes)
    if (isBoxShape(shape) && shape.type !== 'frame') taken.add(grow(shape, MARGIN));
  return nearestFree(taken, size, ideal, { step: MARGIN }) ?? ideal;
}

export interface PasteTarget {
  /** World point the pasted shapes are centred on. */
  at: Point;
  /** Companies of this board: a card from another board keeps its company only if it exists here. */
  companies: readonly CompanyKey[];
  /**
   * The pasting member's company: cards of other companies (and of unknown ones) become theirs, as a
   * member makes cards only for their own company. Null for the facilitator: cards keep theirs.
   */
  ownCompany: CompanyKey | null;
}

function boxBounds(boxes: readonly ClipboardBox[]) {
  return boxes.reduce<ReturnType<typeof unionRect>>((acc, box) => unionRect(acc, box), null);
}

/** A pasted synergy card keeps its fields; owners only for companies of this board. */
function pasteSynergy(doc: Y.Doc, id: ShapeId, fields: SynergyFields, target: PasteTarget, origin: unknown) {
  const { owners, ...rest } = fields;
  const kept = Object.entries(owners).filter(([company]) => target.companies.some((key) => key === company));
  updateSynergy(doc, { id, ...rest, owners: Object.fromEntries(kept) }, origin);
}

export function pasteShapes(
  doc: Y.Doc,
  shapes: readonly ClipboardShape[],
  target: PasteTarget,
  origin: unknown,
): ShapeId[] {
  const boxes = shapes.filter((shape): shape is ClipboardBox => shape.type !== 'connector');
  const bounds = boxBounds(boxes);
  if (!bounds) return [];
  const place = freePlaceFor(doc, bounds, target.at);
  const dx = place.x - bounds.x;
  const dy = place.y - bounds.y;
  const newIds = new Map<ShapeId, ShapeId>();
  doc.transact(() => {
    for (const shape of shapes) {
      if (shape.type === 'connector') continue;
      const placed = {
        x: shape.x + dx,
        y: shape.y + dy,
        w: shape.w,
        h: shape.h,
        text: shape.text,
        color: shape.color,
      };
      const id =
        shape.type === 'sticky'
          ? addSticky(
              doc,
              {
                ...placed,
                company:
                  shape.company && target.companies.includes(shape.company) && target.ownCompany === null
                    ? shape.company
                    : target.ownCompany,
                kind: shape.kind,
              },
              origin,
            )
          : addShape(doc, { ...placed, type: shape.type }, origin);
      if (shape.type === 'sticky' && shape.synergy) pasteSynergy(doc, id, shape.synergy, target, origin);
      if (shape.type === 'sticky' && shape.tags) tagCards(doc, { ids: [id], add: [...shape.tags] }, origin);
      newIds.set(shape.id, id);
    }
    for (const shape of shapes) {
      if (shape.type !== 'connector') continue;
      const from = newIds.get(shape.from);
      const to = newIds.get(shape.to);
      if (!from || !to) continue;
      const { text, startArrow, endArrow, color } = shape;
      newIds.set(shape.id, addConnector(doc, { from, to, text, startArrow, endArrow, color }, origin));
    }
    classifyCardsByArea(doc, { ids: [...newIds.values()], member: target.ownCompany }, origin);
  }, origin);
  return [...newIds.values()];
}
