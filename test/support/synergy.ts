// A synergy point to work with: company a's asset, company b's gap, and the point linking them,
// written into one board document (a facilitator's or a member's client).
import type * as Y from 'yjs';
import { addSticky, createSynergy, type CompanyKey, type ShapeId } from '@kyoso/shared';

export function seedSynergyPoint(
  doc: Y.Doc,
  texts: { asset: string; gap: string; title: string },
  origin: unknown = 'seed',
): { asset: ShapeId; gap: ShapeId; point: ShapeId } {
  const asset = addSticky(
    doc,
    { x: 0, y: 0, text: texts.asset, company: 'a' as CompanyKey, kind: 'asset' },
    origin,
  );
  const gap = addSticky(
    doc,
    { x: 700, y: 0, text: texts.gap, company: 'b' as CompanyKey, kind: 'gap' },
    origin,
  );
  const point = createSynergy(doc, { title: texts.title, from: [asset], to: [gap] }, origin);
  return { asset, gap, point };
}
