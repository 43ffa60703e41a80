// Where revealed drafts land: in their company's lane and their kind's area when the board has
// one (the company profile's "強み・資産" of that company), on free places inside it, shrunk a
// little when the area is nearly full; otherwise beside the company's other cards, or to the
// right of the board when the company has none yet. Never on top of another card or shape, and
// the same place for the same board and cards (no randomness).
import type { Rect } from '../geometry/connector-line.js';
import { contains, grow, TakenSpace, unionOf } from '../geometry/free-space.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import { isBoxShape, type Shape } from '../model/shape.js';
import type { FrameShape } from '../model/shapes/frame.js';
import type { StickyShape } from '../model/shapes/sticky.js';
import { CARD_KINDS } from '../model/shapes/fields.js';
import { isArea } from '../templates/areas.js';

/** Where a card goes, and its size there. */
export type Placement = Rect;

/** Space between cards and around them inside an area (the templates' own spacing). */
const PAD = 20;
/** Space between the board and cards put beside it. */
const MARGIN = 160;
/** Cards in an area may shrink this far (of their size) so that more of them fit. */
const SCALES = [1, 0.85, 0.7, 0.6] as const;
/** Cards put beside others go in columns this many cards high. */
const COLUMN_CARDS = 6;

/** The area a company's card of this kind belongs in: its lane's area for the kind, else a shared one. */
function areaFor(areas: readonly FrameShape[], company: CompanyKey, kind: string | null): FrameShape | null {
  if (kind === null) return null;
  return (
    areas.find((area) => area.areaCompany === company && area.areaKind === kind) ??
    areas.find((area) => area.areaCompany === undefined && area.areaKind === kind) ??
    null
  );
}

const inside = (inner: Rect, outer: Rect) => inner !== outer && contains(outer, inner);

/** Free places for `count` cards of `size` inside `area`, row by row; as many as there are. */
function freeSlots(area: Rect, size: { w: number; h: number }, count: number, taken: TakenSpace): Rect[] {
  const slots: Rect[] = [];
  for (let y = area.y + PAD; y + size.h <= area.y + area.h - PAD && slots.length < count; y += size.h + PAD)
    for (
      let x = area.x + PAD;
      x + size.w <= area.x + area.w - PAD && slots.length < count;
      x += size.w + PAD
    ) {
      const slot = { x, y, ...size };
      if (!taken.hits(grow(slot, PAD / 2 - 1))) slots.push(slot);
    }
  return slots;
}

/**
 * Places cards inside `area` on free places, at the largest size at which all of them fit (down
 * to 60%); the ones that still do not fit are returned.
 */
function placeInArea(
  cards: readonly StickyShape[],
  area: Rect,
  taken: TakenSpace,
  out: Map<ShapeId, Placement>,
): StickyShape[] {
  const w = Math.max(...cards.map((card) => card.w));
  const h = Math.max(...cards.map((card) => card.h));
  let slots: Rect[] = [];
  for (const scale of SCALES) {
    slots = freeSlots(area, { w: Math.round(w * scale), h: Math.round(h * scale) }, cards.length, taken);
    if (slots.length === cards.length) break;
  }
  const scale = slots[0] ? slots[0].w / w : 1;
  cards.slice(0, slots.length).forEach((card, i) => {
    const slot = slots[i]!;
    const placed = { x: slot.x, y: slot.y, w: Math.round(card.w * scale), h: Math.round(card.h * scale) };
    out.set(card.id, placed);
    taken.add(placed);
  });
  return cards.slice(slots.length);
}

/** The first free place for `size` in columns going right from `start` (COLUMN_CARDS high). */
function besideSlot(
  start: { x: number; y: number },
  size: { w: number; h: number },
  taken: TakenSpace,
): Rect {
  for (let column = 0; ; column++) {
    for (let row = 0; row < COLUMN_CARDS; row++) {
      const slot = { x: start.x + column * (size.w + PAD), y: start.y + row * (size.h + PAD), ...size };
      if (!taken.hits(grow(slot, PAD / 2 - 1))) return slot;
    }
  }
}

/** Where each card goes (position and size) when `company` reveals `cards` onto `board`. */
export function layoutReveal(
  cards: readonly StickyShape[],
  board: readonly Shape[],
  company: CompanyKey,
): Map<ShapeId, Placement> {
  const out = new Map<ShapeId, Placement>();
  const taken = new TakenSpace();
  const areas: FrameShape[] = [];
  for (const shape of board) {
    if (!isBoxShape(shape)) continue;
    if (shape.type === 'frame') {
      if (isArea(shape)) areas.push(shape);
      continue;
    }
    taken.add(shape);
  }

  // Into areas, kind by kind in their usual order.
  const order = (card: StickyShape) => (card.kind ? CARD_KINDS.indexOf(card.kind) : CARD_KINDS.length);
  const sorted = [...cards].sort((a, b) => order(a) - order(b));
  const byArea = new Map<FrameShape, StickyShape[]>();
  const homeless: StickyShape[] = [];
  for (const card of sorted) {
    const area = areaFor(areas, company, card.kind);
    if (area) byArea.set(area, [...(byArea.get(area) ?? []), card]);
    else homeless.push(card);
  }
  for (const [area, group] of byArea) {
    // Smaller areas inside this one are theirs: a card placed there would read as their kind.
    const nested = areas.filter((other) => inside(other, area));
    for (const other of nested) taken.add(other);
    homeless.push(...placeInArea(group, area, taken, out));
    for (const other of nested) taken.remove(other);
  }
  if (homeless.length === 0) return out;

  // The rest beside the company's cards (those just placed included), else right of the board;
  // area frames count as taken here, so that no card lands in an area of another kind.
  const own = board.filter(
    (shape): shape is StickyShape => shape.type === 'sticky' && shape.company === company,
  );
  const anchor = unionOf([...own, ...out.values()]);
  const everything = unionOf(board.filter(isBoxShape));
  for (const area of areas) taken.add(area);
  const start = anchor
    ? { x: anchor.x + anchor.w + PAD, y: anchor.y }
    : everything
      ? { x: everything.x + everything.w + MARGIN, y: everything.y }
      : { x: 0, y: 0 };
  for (const card of homeless) {
    const slot = besideSlot(start, { w: card.w, h: card.h }, taken);
    out.set(card.id, slot);
    taken.add(slot);
  }
  return out;
}
