// Whether a panel is open: remembered per board in this browser, and opened when the facilitator
// moves the workshop to a phase where the panel is what people need.
import type { PhaseKey } from '@kyoso/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { readFlag, writeFlag } from '../bindings/storedFlag';
import type { WorkshopSession } from '../sync/workshop-types';
import { currentPhaseKey, useCurrentPhaseKey } from './currentPhase';

/**
 * `openByDefault` decides, from the current phase, whether the panel starts open the first time
 * this browser opens the board; after that the person's own choice is remembered, until the
 * facilitator moves into one of `openInPhases` (opens it) or out of one (closes it). A panel open
 * from the start tells `openOnArrival` (the canvas fits the board beside it).
 */
export function usePanelOpen(
  workshop: WorkshopSession,
  name: string,
  openByDefault: (phase: PhaseKey | null) => boolean,
  openInPhases: readonly PhaseKey[],
  openOnArrival: () => void,
): [boolean, (open: boolean) => void] {
  const key = `kyoso.panel.${name}.${workshop.identity.boardId}`;
  const [open, setOpenState] = useState(() => readFlag(key, openByDefault(currentPhaseKey(workshop))));
  const arrival = useRef({ open, tell: openOnArrival });
  useEffect(() => {
    if (arrival.current.open) arrival.current.tell();
  }, []);
  const setOpen = useCallback(
    (next: boolean) => {
      setOpenState(next);
      writeFlag(key, next);
    },
    [key],
  );
  const phase = useCurrentPhaseKey(workshop);
  const seen = useRef(phase);
  // Panels follow the agenda: they open with their phases and close when the workshop moves on
  // from them, so one step's panel does not sit over the next step's.
  useEffect(() => {
    const previous = seen.current;
    if (phase === previous) return;
    seen.current = phase;
    if (phase && openInPhases.includes(phase)) setOpen(true);
    else if (previous && openInPhases.includes(previous)) setOpen(false);
  }, [phase, openInPhases, setOpen]);
  return [open, setOpen];
}
