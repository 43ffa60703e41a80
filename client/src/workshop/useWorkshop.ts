import { useOpenWhileMounted } from '../bindings/hooks';
import { openWorkshop, type WorkshopOptions } from '../sync/workshop';
import type { WorkshopSession } from '../sync/workshop-types';

/** Opens the workshop channels while mounted; reopened when the board, token or identity changes. */
export function useWorkshop(options: WorkshopOptions | null): WorkshopSession | null {
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
  return useOpenWhileMounted(key, () => openWorkshop(options!));
}
