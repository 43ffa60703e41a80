// "Show on the board": fits the view to some cards in the part of the canvas that the open panels
// (either side of the panel dock) and the bars at the top (the property bar the selection brings,
// the agenda) leave free, and selects them so that they stand out.
import { isBoxShape, type ShapeId } from '@kyoso/shared';
import { cardsBounds } from './cardBounds';
import type { CanvasStores } from './canvasStores';
import { coveredInsets } from './sidePanelInsets';
import type { BoardSession } from '../sync/session-types';
import { fitBeside } from './viewport';

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
