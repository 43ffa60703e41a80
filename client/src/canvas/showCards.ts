// "Show on the board": fits the view to some cards, beside whichever panel is open and below the
// bars at the top (the property bar the selection brings, the agenda), and selects them so that
// they stand out.
import { isBoxShape, type ShapeId } from '@kyoso/shared';
import type { CanvasStores } from './canvasStores';
import type { BoardSession } from '../sync/session-types';
import { fitBeside, type Insets } from './viewport';

/** Room kept for what sits over the board's top (property bar, agenda bar) and bottom (launchers). */
export const BAR_INSETS = { top: 140, bottom: 110 } as const;
import { cardsBounds } from './cardBounds';

/** How much of the canvas a panel element covers on the left or the right. */
export function panelInsets(
  panel: HTMLElement | null,
  canvas: HTMLElement | null,
  side: 'left' | 'right',
): { left?: number; right?: number } {
  if (!panel || !canvas) return {};
  const p = panel.getBoundingClientRect();
  const c = canvas.getBoundingClientRect();
  return side === 'left' ? { left: p.right - c.left } : { right: c.right - p.left };
}

/** Returns false when none of the cards is on the board (yet, or any more). */
export function showCards(
  session: BoardSession,
  stores: CanvasStores,
  ids: readonly ShapeId[],
  insets: Insets = {},
): boolean {
  const bounds = cardsBounds(ids, session.shapes.byId);
  if (!bounds) return false;
  stores.camera.set(fitBeside(bounds, stores.size.get(), { ...BAR_INSETS, ...insets }));
  const present = ids.filter((id) => {
    const shape = session.shapes.byId(id);
    return shape !== undefined && isBoxShape(shape);
  });
  stores.editor.update({ selection: present, editing: null });
  return true;
}
