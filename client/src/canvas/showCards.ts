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
  if (contains(freeRect(stores), bounds)) stores.editor.update({ selection: [...ids], editing: null });
  else showCards(session, stores, ids);
}

/**
 * Pans, at the same zoom, just enough to bring a card whole into what the panels and bars leave
 * free (its top left first when it is larger): a card being edited is typed into where it can be
 * seen, not half under the toolbar.
 */
export function panIntoView(session: BoardSession, stores: CanvasStores, id: ShapeId): void {
  const bounds = cardsBounds([id], session.shapes.byId);
  if (!bounds) return;
  const free = freeRect(stores);
  const shift = (start: number, length: number, freeStart: number, freeLength: number) =>
    start < freeStart || length > freeLength
      ? start - freeStart
      : Math.max(0, start + length - (freeStart + freeLength));
  const dx = shift(bounds.x, bounds.w, free.x, free.w);
  const dy = shift(bounds.y, bounds.h, free.y, free.h);
  if (dx === 0 && dy === 0) return;
  const camera = stores.camera.get();
  stores.camera.set({ ...camera, x: camera.x + dx, y: camera.y + dy });
}

/** How much of a card (0 to 1) the panels and bars leave in sight (0 when it is gone). */
export function shareInSight(session: BoardSession, stores: CanvasStores, id: ShapeId): number {
  const bounds = cardsBounds([id], session.shapes.byId);
  if (!bounds || bounds.w <= 0 || bounds.h <= 0) return 0;
  const free = freeRect(stores);
  const w = Math.min(bounds.x + bounds.w, free.x + free.w) - Math.max(bounds.x, free.x);
  const h = Math.min(bounds.y + bounds.h, free.y + free.h) - Math.max(bounds.y, free.y);
  return w > 0 && h > 0 ? (w * h) / (bounds.w * bounds.h) : 0;
}

/** Less free board than this, either way, is no room to show cards in. */
const ROOM_PX = 160;

/**
 * Whether the panels and bars leave room to show cards in: not so on a phone while a sheet
 * covers the board (a member's drafts), which must step aside first.
 */
export function leavesRoomToShow(stores: CanvasStores): boolean {
  const insets = coveredInsets(stores.element.current);
  const size = stores.size.get();
  return size.w - insets.left - insets.right >= ROOM_PX && size.h - insets.top - insets.bottom >= ROOM_PX;
}

/** The part of the view, in world coordinates, that the panels and bars leave free. */
function freeRect(stores: CanvasStores) {
  const camera = stores.camera.get();
  const insets = coveredInsets(stores.element.current);
  const view = visibleRect(camera, stores.size.get());
  return {
    x: view.x + insets.left / camera.zoom,
    y: view.y + insets.top / camera.zoom,
    w: view.w - (insets.left + insets.right) / camera.zoom,
    h: view.h - (insets.top + insets.bottom) / camera.zoom,
  };
}
