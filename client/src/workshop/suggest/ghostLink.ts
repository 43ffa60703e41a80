// The suggestion someone is looking at (hovered or selected in the panel), shared by the panel and
// the canvas overlay that draws it as a dashed ghost link. Kept per canvas, never in a document.
import type { ShapeId } from '@kyoso/shared';
import type { CanvasStores } from '../../canvas/canvasStores';
import { createValueStore, type ValueStore } from '../../sync/store';

export interface GhostLink {
  asset: ShapeId;
  need: ShapeId;
}

const sameLink = (a: GhostLink | null, b: GhostLink | null) =>
  a === b || (a !== null && b !== null && a.asset === b.asset && a.need === b.need);

const canvases = new WeakMap<CanvasStores, ValueStore<GhostLink | null>>();

export function ghostLinkOf(stores: CanvasStores): ValueStore<GhostLink | null> {
  let store = canvases.get(stores);
  if (!store) {
    store = createValueStore<GhostLink | null>(null, sameLink);
    canvases.set(stores, store);
  }
  return store;
}
