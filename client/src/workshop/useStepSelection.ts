// A new step starts with nothing selected: what someone left selected (the cards they revealed,
// a card they voted on) would otherwise keep its property bar over the next step's board. Text
// being typed is left alone: a step change never takes a sentence out from under someone.
import { useEffect } from 'react';
import type { CanvasStores } from '../canvas/canvasStores';
import type { WorkshopSession } from '../sync/workshop-types';

export function useStepSelection(workshop: WorkshopSession, stores: CanvasStores): void {
  useEffect(() => {
    let phase = workshop.control.get().phase;
    return workshop.control.subscribe(() => {
      const next = workshop.control.get().phase;
      if (next === phase) return;
      phase = next;
      const editor = stores.editor.get();
      if (editor.editing === null && editor.selection.length > 0) stores.editor.update({ selection: [] });
    });
  }, [workshop, stores]);
}
