// When a step opens a panel over the board (drafts, synergy points, suggestions, agreements, and
// the voting panel when a round starts, ends or is revealed), the cards the person was looking at
// stay in view: they are moved beside the panel (zoomed out only
// when they would not fit there), instead of being left under it. Nothing moves when no panel took
// room, or while the page follows someone (the leader's view decides then).
import { useEffect } from 'react';
import type { CanvasStores } from '../canvas/canvasStores';
import { coveredInsets, sidePanelInsets } from '../canvas/sidePanelInsets';
import { cardsBounds } from '../canvas/cardBounds';
import { fitBeside, visibleRect } from '../canvas/viewport';
import type { BoardSession, Rect } from '../sync/session-types';
import type { WorkshopSession } from '../sync/workshop-types';
import { followChoiceOf } from './facilitation/followChoice';
import { followTarget } from './facilitation/followTarget';
import { roundKey } from './voting/useVoteRound';

/**
 * How long to watch for the step's panels to open: they mount through effects, and a panel's code
 * may still be loading (a lazy chunk on a slow connection or a busy machine).
 */
const SETTLE_MS = 2000;

export function useStepView(session: BoardSession, workshop: WorkshopSession, stores: CanvasStores): void {
  useEffect(() => {
    const stepOf = () => `${workshop.control.get().phase ?? ''}|${roundKey(workshop.ledger.get().vote)}`;
    let step = stepOf();
    let frame = 0;
    const onChange = () => {
      const next = stepOf();
      if (next === step) return;
      step = next;
      const following = followTarget(
        followChoiceOf(session).get(),
        workshop.control.get().followMe,
        session.doc.clientID,
      );
      if (following) return;
      const canvas = stores.element.current;
      const seen = visibleRect(stores.camera.get(), stores.size.get());
      const before = sidePanelInsets(canvas);
      cancelAnimationFrame(frame);
      const until = performance.now() + SETTLE_MS;
      const settle = () => {
        const after = sidePanelInsets(canvas);
        const grew =
          after.left > before.left ||
          after.right > before.right ||
          after.top > before.top ||
          after.bottom > before.bottom;
        if (grew) keepInView(session, stores, seen);
        else if (performance.now() < until) frame = requestAnimationFrame(settle);
      };
      frame = requestAnimationFrame(settle);
    };
    const offs = [workshop.control.subscribe(onChange), workshop.ledger.subscribe(onChange)];
    return () => {
      for (const off of offs) off();
      cancelAnimationFrame(frame);
    };
  }, [session, workshop, stores]);
}

/**
 * The cards that were in `seen`, in what the panels and bars leave free: at the current zoom when
 * they fit there (moved only), else zoomed out just enough; never zoomed in.
 */
function keepInView(session: BoardSession, stores: CanvasStores, seen: Rect): void {
  const cards = session.shapes.search(seen).filter((id) => session.shapes.byId(id)?.type === 'sticky');
  const bounds = cardsBounds(cards, session.shapes.byId);
  if (!bounds) return;
  const size = stores.size.get();
  const insets = coveredInsets(stores.element.current);
  const fitted = fitBeside(bounds, size, insets);
  const camera = stores.camera.get();
  if (fitted.zoom < camera.zoom) {
    stores.camera.set(fitted);
    return;
  }
  // Fits as it is: centred in the free part of the canvas, at the zoom the person chose.
  const free = {
    x: insets.left + (size.w - insets.left - insets.right) / 2,
    y: insets.top + (size.h - insets.top - insets.bottom) / 2,
  };
  stores.camera.set({
    zoom: camera.zoom,
    x: bounds.x + bounds.w / 2 - free.x / camera.zoom,
    y: bounds.y + bounds.h / 2 - free.y / camera.zoom,
  });
}
