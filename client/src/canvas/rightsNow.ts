// The editor's rights as things stand now (locks, companies, the shapes on the board), for
// actions; and the same as a value components re-render with.
import { useMemo } from 'react';
import { useStore } from '../bindings/hooks';
import type { BoardSession } from '../sync/session-types';
import type { CanvasStores } from './canvasStores';
import { editRights, type EditRights } from './editRights';

export function rightsNow(session: BoardSession, stores: CanvasStores): EditRights {
  return editRights({
    identity: session.identity,
    companies: session.meta.get().companies.map((company) => company.key),
    locks: stores.locks.get(),
    shapes: session.shapes.all(),
    byId: session.shapes.byId,
  });
}

export function useEditRights(session: BoardSession, stores: CanvasStores): EditRights {
  const shapes = useStore(session.shapes);
  const { companies } = useStore(session.meta);
  const locks = useStore(stores.locks);
  return useMemo(
    () =>
      editRights({
        identity: session.identity,
        companies: companies.map((company) => company.key),
        locks,
        shapes,
        byId: session.shapes.byId,
      }),
    [session, companies, locks, shapes],
  );
}
