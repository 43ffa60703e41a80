// Others' cursors, hidden or shown: each person's own choice (remembered in this browser, for
// every board), and the facilitator's for everyone (the `control` channel), which members and
// observers follow while the facilitator still sees the room.
import { useEffect } from 'react';
import { readFlag, writeFlag } from '../bindings/storedFlag';
import type { BoardSession } from '../sync/session-types';
import type { WorkshopSession } from '../sync/workshop-types';
import type { CanvasStores } from './canvasStores';

const CHOICE_KEY = 'kyoso.hideCursors';

/** Hides or shows others' cursors for this person, and remembers it. */
export function setMyCursorsHidden(stores: CanvasStores, hidden: boolean): void {
  stores.cursorsHidden.set({ ...stores.cursorsHidden.get(), mine: hidden });
  writeFlag(CHOICE_KEY, hidden);
}

/** Whether this page shows others' cursors now. */
export const cursorsShown = (hidden: { mine: boolean; forAll: boolean }): boolean =>
  !hidden.mine && !hidden.forAll;

/** Keeps `stores.cursorsHidden` in step with this person's choice and the facilitator's. */
export function useCursorsHidden(
  session: BoardSession,
  stores: CanvasStores,
  workshop: WorkshopSession,
): void {
  useEffect(() => {
    const facilitator = session.identity.role === 'facilitator';
    const sync = () =>
      stores.cursorsHidden.set({
        mine: stores.cursorsHidden.get().mine,
        forAll: !facilitator && workshop.control.get().cursorsHidden,
      });
    stores.cursorsHidden.set({ ...stores.cursorsHidden.get(), mine: readFlag(CHOICE_KEY, false) });
    sync();
    return workshop.control.subscribe(sync);
  }, [session, stores, workshop]);
}
