// "Show on the board" from a panel: beside the panel where it leaves room, else (a phone's panel
// sheet covers the board) with the panel closed first, so the cards shown are not behind it. The
// panel's component stays mounted while closed, so its filters and place in the list are kept.
import type { ShapeId } from '@kyoso/shared';
import { useCallback, useEffect, useState } from 'react';
import type { BoardSession } from '../sync/session-types';
import type { CanvasStores } from './canvasStores';
import { leavesRoomToShow, showCards } from './showCards';

export function useShowFromPanel(
  session: BoardSession,
  stores: CanvasStores,
  open: boolean,
  setOpen: (open: boolean) => void,
): (ids: readonly ShapeId[]) => void {
  // Cards to show once the panel has closed (and the board is in sight again).
  const [toShow, setToShow] = useState<readonly ShapeId[] | null>(null);
  useEffect(() => {
    if (open || !toShow) return;
    setToShow(null);
    showCards(session, stores, toShow);
  }, [open, toShow, session, stores]);
  return useCallback(
    (ids: readonly ShapeId[]) => {
      if (leavesRoomToShow(stores)) {
        showCards(session, stores, ids);
        return;
      }
      setToShow(ids);
      setOpen(false);
    },
    [session, stores, setOpen],
  );
}
