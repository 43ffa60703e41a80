// Loads a version's shapes and weighs them against the board now (restoreImpact.ts): null while
// loading, or when the version could not be read (the dialog then says only what a restore does).
import { useEffect, useState } from 'react';
import { useStore } from '../bindings/hooks';
import type { BoardSession } from '../sync/session-types';
import type { WorkshopSession } from '../sync/workshop-types';
import { restoreImpact, type RestoreImpact } from './restoreImpact';
import type { Version, VersionsApi } from './versionsApi';

export function useRestoreImpact(
  api: VersionsApi,
  session: BoardSession,
  workshop: WorkshopSession,
  version: Version,
): RestoreImpact | null {
  const { agreements } = useStore(workshop.ledger);
  const [target, setTarget] = useState<Parameters<typeof restoreImpact>[1] | null>(null);
  useEffect(() => {
    let live = true;
    setTarget(null);
    void api.get(version.id).then((result) => {
      if (live && result.ok) setTarget(result.value.shapes);
    });
    return () => {
      live = false;
    };
  }, [api, version.id]);
  return target ? restoreImpact(session.shapes.all(), target, agreements) : null;
}
