// Cards to work with, written into one board document (a facilitator's or a member's client):
// company a's asset and company b's gap, and a synergy point linking them.
import type * as Y from 'yjs';
import { addSticky, createSynergy, type CompanyKey, type ShapeId } from '@kyoso/shared';

/** Company a's asset at the origin and company b's gap `gapX` to the right of it. */
export function seedPair(
  doc: Y.Doc,
  texts: { asset: string; gap: string },
  { gapX = 700, origin = 'seed' as unknown } = {},
): { asset: ShapeId; gap: ShapeId } {
  const asset = addSticky(
    doc,
    { x: 0, y: 0, text: texts.asset, company: 'a' as CompanyKey, kind: 'asset' },
    origin,
  );
  const gap = addSticky(
    doc,
    { x: gapX, y: 0, text: texts.gap, company: 'b' as CompanyKey, kind: 'gap' },
    origin,
  );
  return { asset, gap };
}

/** seedPair and the synergy point linking the two. */
export function seedSynergyPoint(
  doc: Y.Doc,
  texts: { asset: string; gap: string; title: string },
  origin: unknown = 'seed',
): { asset: ShapeId; gap: ShapeId; point: ShapeId } {
  const { asset, gap } = seedPair(doc, texts, { origin });
  const point = createSynergy(doc, { title: texts.title, from: [asset], to: [gap] }, origin);
  return { asset, gap, point };
}
