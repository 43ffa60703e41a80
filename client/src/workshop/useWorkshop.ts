import { useEffect, useRef, useState } from 'react';
import { openWorkshop, type WorkshopOptions } from '../sync/workshop';
import type { WorkshopSession } from '../sync/workshop-types';

/** Opens the workshop channels while mounted; reopened when the board, token or identity changes. */
export function useWorkshop(options: WorkshopOptions | null): WorkshopSession | null {
  const [workshop, setWorkshop] = useState<WorkshopSession | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const key = options
    ? JSON.stringify([
        options.serverUrl,
        options.linkToken,
        options.identity.boardId,
        options.identity.role,
        options.identity.company,
        options.identity.name,
      ])
    : null;
  useEffect(() => {
    const current = latest.current;
    if (key === null || !current) return;
    const opened = openWorkshop(current);
    setWorkshop(opened);
    return () => {
      setWorkshop(null);
      opened.destroy();
    };
  }, [key]);
  return workshop;
}
