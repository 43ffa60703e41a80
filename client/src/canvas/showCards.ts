// "Show on the board": fits the view to some cards in the part of the canvas that the open panels
// (either side of the panel dock) and the bars at the top (the property bar the selection brings,
// the agenda) leave free, and selects them so that they stand out.
import { contains, isBoxShape, type ShapeId } from '@kyoso/shared';
import { cardsBounds } from './cardBounds';
import type { CanvasStores } from './canvasStores';
import { coveredInsets } from './sidePanelInsets';
import type { BoardSession } from '../sync/session-types';
import { fitBeside, visibleRect } from './viewport';

/** Returns false when none of the cards is on the board (yet, or any more). */
export function showCards(session: BoardSession, stores: CanvasStores, ids: readonly ShapeId[]): boolean {
  const bounds = cardsBounds(ids, session.shapes.byId);
  if (!bounds) return false;
  stores.camera.set(fitBeside(bounds, stores.size.get(), coveredInsets(stores.element.current)));
  const present = ids.filter((id) => {
    const shape = session.shapes.byId(id);
    return shape !== undefined && isBoxShape(shape);
  });
  stores.editor.update({ selection: present, editing: null });
  return true;
}

/**
 * Selects shapes the page just made and moves the view only when some of them lie outside what
 * the panels and bars leave free (a view that jumps for no reason loses people).
 */
export function revealCards(session: BoardSession, stores: CanvasStores, ids: readonly ShapeId[]): void {
  const bounds = cardsBounds(ids, session.shapes.byId);
  if (!bounds) return;
  const camera = stores.camera.get();
  const size = stores.size.get();
  const insets = coveredInsets(stores.element.current);
  const view = visibleRect(camera, size);
  const free = {
    x: view.x + insets.left / camera.zoom,
    y: view.y + insets.top / camera.zoom,
    w: view.w - (insets.left + insets.right) / camera.zoom,
    h: view.h - (insets.top + insets.bottom) / camera.zoom,
  };
  if (contains(free, bounds)) stores.editor.update({ selection: [...ids], editing: null });
  else showCards(session, stores, ids);
}
