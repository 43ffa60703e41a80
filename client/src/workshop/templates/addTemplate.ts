// Adds a template to the board as one undo step, then frames it in the view so the facilitator
// sees where it went: in what the bars, launchers and panels leave free (its title was under the
// agenda bar, its foot under the launchers).
import { applyTemplate, isBoxShape, type Locale, type ShapeId } from '@kyoso/shared';
import type { CanvasStores } from '../../canvas/canvasStores';
import { coveredInsets } from '../../canvas/sidePanelInsets';
import { fitBeside } from '../../canvas/viewport';
import type { BoardSession, Rect } from '../../sync/session-types';

/** The box around the given shapes, or null when none of them has a box. */
export function boundsOf(session: BoardSession, ids: readonly ShapeId[]): Rect | null {
  const boxes = ids.flatMap((id) => {
    const shape = session.shapes.byId(id);
    return shape && isBoxShape(shape) ? [shape] : [];
  });
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((box) => box.x));
  const y = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.w));
  const bottom = Math.max(...boxes.map((box) => box.y + box.h));
  return { x, y, w: right - x, h: bottom - y };
}

/** Returns the new shape ids; throws when the command is refused (the caller says why). */
export function addTemplate(
  session: BoardSession,
  stores: CanvasStores,
  template: string,
  locale: Locale,
): ShapeId[] {
  session.history.stopCapturing();
  const ids = session.run((doc, origin) => applyTemplate(doc, { template, locale }, origin));
  session.history.stopCapturing();
  const bounds = boundsOf(session, ids);
  if (bounds) stores.camera.set(fitBeside(bounds, stores.size.get(), coveredInsets(stores.element.current)));
  return ids;
}
