// The moment a countdown reaches zero on this page: a soft chime (once the person has interacted
// with the page) and a few seconds of visual pulse. A page that opens after the time is up only
// shows "time's up", without the signal.
import type { TimerState } from '@kyoso/shared';
import { useEffect, useRef, useState } from 'react';
import { armChime, playChime } from './chime';

const PULSE_MS = 4000;

export function useTimeUp(timer: TimerState | null, remainingMs: number | null): boolean {
  const [pulsing, setPulsing] = useState(false);
  const last = useRef<{ endsAt: number | null; remainingMs: number } | null>(null);

  useEffect(() => armChime(), []);

  useEffect(() => {
    const previous = last.current;
    last.current = timer && remainingMs !== null ? { endsAt: timer.endsAt, remainingMs } : null;
    if (!timer || remainingMs === null || remainingMs > 0) {
      setPulsing(false);
      return;
    }
    // Seen running above zero a moment ago, and the same countdown: it just ran out.
    if (previous && previous.endsAt === timer.endsAt && timer.endsAt !== null && previous.remainingMs > 0) {
      setPulsing(true);
      playChime();
    }
  }, [timer, remainingMs]);

  useEffect(() => {
    if (!pulsing) return;
    const stop = setTimeout(() => setPulsing(false), PULSE_MS);
    return () => clearTimeout(stop);
  }, [pulsing]);

  return pulsing;
}
