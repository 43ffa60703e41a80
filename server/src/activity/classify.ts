// What one accepted shape change was, for the activity list: created, deleted, moved, edited, or
// a card that took a template area's kind or company. Read from the shape before and after (the
// guard already read both), never from the rest of the board.
import {
  excerpt,
  MAX_ENTRY_LABEL,
  utf16Width,
  type ActivityArea,
  type FrameShape,
  type Shape,
} from '@kyoso/shared';
import type { ShapeChange } from '../trust/write-guard.js';

export type ChangeKind = 'created' | 'edited' | 'moved' | 'deleted' | 'area';

export interface ClassifiedChange {
  kind: ChangeKind;
  /** The shape whose text names it (before a deletion, after anything else): read at the write. */
  named: Shape;
  /** `edited`: the shape before the change (its text is what the entry says it was). */
  previous?: Shape;
  /** `area`: the area and what it gave the card. */
  area?: ActivityArea;
  /** `area`: the card also moved in this change (a drop), rather than only taking the class. */
  moved?: boolean;
}

const POSITION = new Set(['x', 'y']);

/** The start of a shape's text on one line, cut at a word's end (MAX_ENTRY_LABEL units at most). */
export const labelOf = (shape: Shape | null): string =>
  excerpt(shape && 'text' in shape ? shape.text : '', MAX_ENTRY_LABEL, utf16Width);

export function classifyChange(
  change: ShapeChange,
  areaAt: (point: { x: number; y: number }) => FrameShape | null,
): ClassifiedChange | null {
  const { before, after, fields } = change;
  if (!before) return after ? { kind: 'created', named: after } : null;
  if (!after) return { kind: 'deleted', named: before };
  const moved = fields.has('x') || fields.has('y');
  if (after.type === 'sticky' && before.type === 'sticky') {
    const kindChanged = after.kind !== before.kind;
    const companyChanged = after.company !== before.company;
    if (kindChanged || companyChanged) {
      const area = areaAt({ x: after.x + after.w / 2, y: after.y + after.h / 2 });
      const fromArea =
        area !== null &&
        ((kindChanged && area.areaKind !== undefined && area.areaKind === after.kind) ||
          (companyChanged && area.areaCompany !== undefined && area.areaCompany === after.company));
      if (fromArea)
        return {
          kind: 'area',
          named: after,
          moved,
          area: { frame: area.id, kind: after.kind, company: after.company },
        };
    }
  }
  // A connector's x/y is its label's offset: an edit, not a move.
  let onlyMoved = after.type !== 'connector' && moved;
  for (const field of fields) onlyMoved &&= POSITION.has(field);
  return onlyMoved ? { kind: 'moved', named: after } : { kind: 'edited', named: after, previous: before };
}
