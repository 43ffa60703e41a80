// "Bring everyone here": the facilitator writes their current view to `control` as a summon, and
// every other page moves its camera there once (useSummonAnswer.ts). The page that sent a summon
// remembers it so that it does not answer itself.
import { summonTo } from '@kyoso/shared';
import { visibleRect } from '../../canvas/viewport';
import type { CanvasStores } from '../../canvas/canvasStores';
import type { WorkshopSession } from '../../sync/workshop-types';

const sent = new WeakMap<WorkshopSession, Set<number>>();

export const sentSummons = (workshop: WorkshopSession): ReadonlySet<number> =>
  sent.get(workshop) ?? new Set();

/** Summons everyone to what this page shows now; throws like any control change. */
export function summonEveryone(workshop: WorkshopSession, stores: CanvasStores, name: string): void {
  const seq = (workshop.control.get().summon?.seq ?? 0) + 1;
  const mine = sent.get(workshop) ?? new Set<number>();
  sent.set(workshop, mine);
  mine.add(seq);
  workshop.runControl((doc, origin) =>
    summonTo(
      doc,
      { view: visibleRect(stores.camera.get(), stores.size.get()), by: name, now: workshop.now() },
      origin,
    ),
  );
}
