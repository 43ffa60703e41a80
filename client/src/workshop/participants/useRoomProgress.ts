// How the room is doing, for the facilitator: how many have voted and how many drafts each company
// holds (counts only; the server never says who or what). Asked of the server while a panel that
// shows it is open, every few seconds and again at once when the page comes back into view.
import type { RoomProgress } from '@kyoso/shared';
import { useEffect, useState } from 'react';
import type { WorkshopSession } from '../../sync/workshop-types';

const EVERY_MS = 3000;

/** The latest counts (null until the first answer, or for anyone but the facilitator). */
export function useRoomProgress(workshop: WorkshopSession, active: boolean): RoomProgress | null {
  const [progress, setProgress] = useState<RoomProgress | null>(null);
  useEffect(() => {
    if (!active || !workshop.canControl) return;
    let stopped = false;
    let asking = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      if (asking) return;
      asking = true;
      clearTimeout(timer);
      const token = workshop.participant.token() ?? workshop.linkToken;
      const answer = await workshop.api.progress(token);
      asking = false;
      if (stopped) return;
      // A failed ask keeps the last counts; the next one tries again.
      if (answer.ok) setProgress(answer.value);
      timer = setTimeout(() => void ask(), EVERY_MS);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void ask();
    };
    void ask();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [workshop, active]);
  return progress;
}
