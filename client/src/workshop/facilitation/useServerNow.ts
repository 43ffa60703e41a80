// The server clock (workshop.now()), re-read a few times a second until `until` (server time)
// has passed: a countdown re-renders while it runs and stops ticking once it is over.
import { useEffect, useState } from 'react';
import type { WorkshopSession } from '../../sync/workshop-types';

export function useServerNow(workshop: WorkshopSession, until: number | null, intervalMs = 250): number {
  const [now, setNow] = useState(() => workshop.now());
  useEffect(() => {
    setNow(workshop.now());
    if (until === null) return;
    const timer = setInterval(() => {
      const current = workshop.now();
      setNow(current);
      if (current >= until) clearInterval(timer);
    }, intervalMs);
    return () => clearInterval(timer);
  }, [workshop, until, intervalMs]);
  return now;
}
