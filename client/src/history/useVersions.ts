// The history panel's data: the version list (loaded when the panel opens, refreshed after a save
// or a restore), saving, and restoring: the server keeps the current state as a "before restore"
// version and answers the shapes, which this editor applies as one local, undoable change.
import type { Shape } from '@kyoso/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useBackOnline } from '../bindings/useBackOnline';
import type { BoardSession } from '../sync/session-types';
import type { WorkshopSession } from '../sync/workshop-types';
import type { CommandResult } from '../sync/commandsApi';
import { applyRestore } from './applyRestore';
import { createVersionsApi, type Version } from './versionsApi';

export type ListState =
  | { phase: 'loading' }
  | { phase: 'ready'; versions: Version[] }
  | { phase: 'failed'; status: number; message: string };

export function useVersions(session: BoardSession, workshop: WorkshopSession) {
  const api = useMemo(
    () =>
      createVersionsApi(session.identity.boardId, () => workshop.participant.token() ?? workshop.linkToken),
    [session.identity.boardId, workshop],
  );
  const [list, setList] = useState<ListState>({ phase: 'loading' });

  const refresh = useCallback(async () => {
    const result = await api.list();
    setList(result.ok ? { phase: 'ready', versions: result.value } : { phase: 'failed', ...result });
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  // A list that could not load for want of the server loads again once it is back.
  useBackOnline(workshop.connection, () => void refresh(), list.phase === 'failed' && list.status === 0);

  const save = useCallback(
    async (name: string): Promise<CommandResult<Version>> => {
      const result = await api.save(name);
      if (result.ok) await refresh();
      return result;
    },
    [api, refresh],
  );

  /** Restores on the server, then on this board; refreshes the list either way. */
  const restore = useCallback(
    async (version: Version): Promise<CommandResult<Version>> => {
      const result = await api.restore(version.id);
      if (!result.ok) return result;
      const problem = applyRestore(session, result.value.shapes as Shape[]);
      await refresh();
      return problem === null
        ? { ok: true, value: result.value.version }
        : { ok: false, status: 422, message: problem };
    },
    [api, refresh, session],
  );

  return { api, list, refresh, save, restore };
}
