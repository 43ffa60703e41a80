// Plain-object views of the content document's shapes (DESIGN.md Contract, "The content document").
import * as Y from 'yjs';

export interface ShapeSnapshot {
  id: string;
  type: string;
  x: number;
  y: number;
  w?: number;
  h?: number;
  text?: string;
  company?: string;
  kind?: string;
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function snapshotShape(id: string, fields: Y.Map<unknown>): ShapeSnapshot {
  const shape: ShapeSnapshot = {
    id,
    type: str(fields.get('type')) ?? 'unknown',
    x: num(fields.get('x')) ?? 0,
    y: num(fields.get('y')) ?? 0,
  };
  const w = num(fields.get('w'));
  const h = num(fields.get('h'));
  const rawText = fields.get('text');
  const text = rawText instanceof Y.Text ? rawText.toString() : str(rawText);
  const company = str(fields.get('company'));
  const kind = str(fields.get('kind'));
  if (w !== undefined) shape.w = w;
  if (h !== undefined) shape.h = h;
  if (text !== undefined) shape.text = text;
  if (company !== undefined) shape.company = company;
  if (kind !== undefined) shape.kind = kind;
  return shape;
}

/** Every shape in the document's root `shapes` map, as plain objects, in id order. */
export function snapshotShapes(doc: Y.Doc): ShapeSnapshot[] {
  const shapes = doc.getMap<unknown>('shapes');
  const out: ShapeSnapshot[] = [];
  shapes.forEach((value, id) => {
    if (value instanceof Y.Map) out.push(snapshotShape(id, value as Y.Map<unknown>));
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
