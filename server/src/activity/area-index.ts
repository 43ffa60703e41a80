// The template areas of a content document (frames with `areaKind`/`areaCompany`), kept in step
// with every transaction from what it touched, so the recorder can tell "moved into an area"
// without scanning the board. Boards have a handful of frames; cards are never read here.
import * as Y from 'yjs';
import { areaAt, readShape, shapesMap, type FrameShape, type ShapeId } from '@kyoso/shared';

export class AreaIndex {
  private readonly areas = new Map<string, FrameShape>();
  private readonly root: Y.Map<unknown>;

  constructor(private readonly doc: Y.Doc) {
    this.root = shapesMap(doc);
    this.root.forEach((_value, id) => this.reread(id));
    doc.on('afterTransaction', this.follow);
  }

  private readonly follow = (transaction: Y.Transaction): void => {
    for (const [type, keys] of transaction.changed) {
      if ((type as unknown) === this.root) {
        for (const id of keys) if (id !== null) this.reread(id);
      } else if (type._item?.parent === this.root && typeof type._item.parentSub === 'string') {
        this.reread(type._item.parentSub);
      }
    }
  };

  /** Only frames are read: a card's map is looked at for its `type` alone. */
  private reread(id: string): void {
    const value = this.root.get(id);
    const isFrame = value instanceof Y.Map && value.get('type') === 'frame';
    if (!isFrame) {
      this.areas.delete(id);
      return;
    }
    const result = readShape(id, value);
    const frame = result.ok && result.shape.type === 'frame' ? result.shape : null;
    if (frame && (frame.areaKind !== undefined || frame.areaCompany !== undefined)) this.areas.set(id, frame);
    else this.areas.delete(id);
  }

  /** The smallest area containing the point, by the editor's own rule (`areaAt`), or null. */
  at(point: { x: number; y: number }): FrameShape | null {
    return areaAt([...this.areas.values()], point);
  }

  has(id: ShapeId): boolean {
    return this.areas.has(id);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.follow);
  }
}
