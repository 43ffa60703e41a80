// Keeps a card in sight when selecting it moves a panel over it. On a narrow or upright screen a
// panel is a sheet below the selection's property bar: tapping a card just below the sheet brings
// the bar, the bar pushes the sheet down, and the card just tapped disappears under it. Once the
// layout has settled and the finger is lifted, the board pans just enough to show the card whole.
// Nothing moves when no more of the card is covered than before, when it was dragged, or when
// something else moved the view meanwhile.
import { useEffect } from 'react';
import type { ShapeId } from '@kyoso/shared';
import type { BoardSession } from '../sync/session-types';
import type { CanvasStores } from './canvasStores';
import { panIntoView, shareInSight } from './showCards';

/** Frames for the property bar to render and the panel sheet to follow it. */
const SETTLE_FRAMES = 3;

export function useSelectionInSight(session: BoardSession, stores: CanvasStores): void {
  useEffect(() => {
    let pressed = false;
    let pending: {
      id: ShapeId;
      at: string;
      share: number;
      camera: unknown;
      frame: number;
      settled: boolean;
    } | null = null;
    const positionOf = (id: ShapeId) => {
      const shape = session.shapes.byId(id);
      return shape && 'x' in shape ? `${shape.x},${shape.y}` : '';
    };
    const check = () => {
      if (!pending || !pending.settled || pressed) return;
      const { id, at, share, camera } = pending;
      pending = null;
      const selection = stores.editor.get().selection;
      if (selection.length !== 1 || selection[0] !== id || positionOf(id) !== at) return;
      if (stores.camera.get() !== camera) return;
      if (shareInSight(session, stores, id) < share - 0.01) panIntoView(session, stores, id);
    };
    const settle = (left: number) => {
      if (!pending) return;
      if (left > 0) {
        pending.frame = requestAnimationFrame(() => settle(left - 1));
        return;
      }
      pending.settled = true;
      check();
    };
    let selection = stores.editor.get().selection;
    const offEditor = stores.editor.subscribe(() => {
      const next = stores.editor.get().selection;
      if (next === selection) return;
      selection = next;
      if (pending) cancelAnimationFrame(pending.frame);
      pending = null;
      const id = next.length === 1 ? next[0] : undefined;
      if (id === undefined) return;
      // Measured now, before the bar the selection brings has rendered.
      const share = shareInSight(session, stores, id);
      if (share === 0) return;
      pending = { id, at: positionOf(id), share, camera: stores.camera.get(), frame: 0, settled: false };
      settle(SETTLE_FRAMES);
    });
    const down = () => {
      pressed = true;
    };
    const up = () => {
      pressed = false;
      check();
    };
    window.addEventListener('pointerdown', down, true);
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
    return () => {
      offEditor();
      if (pending) cancelAnimationFrame(pending.frame);
      window.removeEventListener('pointerdown', down, true);
      window.removeEventListener('pointerup', up, true);
      window.removeEventListener('pointercancel', up, true);
    };
  }, [session, stores]);
}
