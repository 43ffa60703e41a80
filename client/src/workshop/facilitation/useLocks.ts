// Gives the facilitator Ctrl/⌘+Shift+L to lock or unlock the selection. (The editor keeps its
// copy of the locks itself: canvas/CanvasEditor.tsx.)
import { setShapesLocked } from '@kyoso/shared';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import type { CanvasStores } from '../../canvas/canvasStores';
import type { TranslateFn } from '../../i18n/I18nProvider';
import { useKeyBinding } from '../../canvas/keyBindings';
import type { BoardSession } from '../../sync/session-types';
import type { WorkshopSession } from '../../sync/workshop-types';
import { errorText, showNotice } from './notices';

export const LOCK_SHORTCUT = 'Mod+Shift+L';

/** Locks the selection unless all of it is locked already, in which case it unlocks it. */
export function toggleSelectionLock(
  session: BoardSession,
  stores: CanvasStores,
  workshop: WorkshopSession,
): void {
  const ids = stores.editor.get().selection.filter((id) => session.shapes.byId(id));
  if (ids.length === 0) return;
  const locks = stores.locks.get();
  const allLocked = ids.every((id) => locks.shapes.has(id));
  workshop.runControl((doc, origin) => setShapesLocked(doc, { ids, locked: !allLocked }, origin));
}

export function useLockShortcut(
  { session, stores, workshop }: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'>,
  t: TranslateFn,
): void {
  useKeyBinding(
    {
      keys: LOCK_SHORTCUT,
      run: () => {
        try {
          toggleSelectionLock(session, stores, workshop);
        } catch (error) {
          showNotice(stores, 'error', t('facilitation.error', { message: errorText(error) }));
        }
      },
    },
    workshop.canControl,
  );
}
