// The connectors at each shape of a room's document, kept in step with every transaction from
// the shapes it touched, so the rules can ask "which cards does this synergy point link?" without
// scanning the board.
import * as Y from 'yjs';
import { readShape, shapesMap, touchedShapes, type CompanyKey, type ShapeId } from '@kyoso/shared';

export class ConnectorIndex {
  private readonly ends = new Map<string, { from: string; to: string }>();
  private readonly atShape = new Map<string, Set<string>>();

  constructor(private readonly doc: Y.Doc) {
    shapesMap(doc).forEach((_value, id) => this.reread(id));
    doc.on('afterTransaction', this.follow);
  }

  private readonly follow = (transaction: Y.Transaction): void => {
    for (const id of touchedShapes(transaction).shapes.keys()) if (this.mayBeConnector(id)) this.reread(id);
  };

  /** Most changes are to cards: a shape that is not and was not a connector is not read at all. */
  private mayBeConnector(id: string): boolean {
    if (this.ends.has(id)) return true;
    const value = shapesMap(this.doc).get(id);
    return value instanceof Y.Map && value.get('type') === 'connector';
  }

  private reread(id: string): void {
    const old = this.ends.get(id);
    if (old) {
      this.ends.delete(id);
      for (const end of [old.from, old.to]) {
        const set = this.atShape.get(end);
        set?.delete(id);
        if (set?.size === 0) this.atShape.delete(end);
      }
    }
    const result = readShape(id, shapesMap(this.doc).get(id));
    if (!result.ok || result.shape.type !== 'connector') return;
    const { from, to } = result.shape;
    this.ends.set(id, { from, to });
    for (const end of [from, to]) {
      const set = this.atShape.get(end) ?? new Set<string>();
      set.add(id);
      this.atShape.set(end, set);
    }
  }

  /** The companies of the cards joined to `id` by a connector (null for a card of no company). */
  linkedCardCompanies(id: ShapeId): (CompanyKey | null)[] {
    const companies: (CompanyKey | null)[] = [];
    for (const connector of this.atShape.get(id) ?? []) {
      const ends = this.ends.get(connector);
      if (!ends) continue;
      const other = ends.from === id ? ends.to : ends.from;
      const result = readShape(other, shapesMap(this.doc).get(other));
      if (result.ok && result.shape.type === 'sticky') companies.push(result.shape.company);
    }
    return companies;
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.follow);
  }
}
