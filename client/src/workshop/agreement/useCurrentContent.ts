// The content every card would be agreed to now, and its digest: read from the board's shapes,
// recomputed only when they change, and looked up per card on demand.
import { currentAgreementContent } from '@kyoso/shared';
import { useMemo } from 'react';
import { useStore } from '../../bindings/hooks';
import type { BoardSession } from '../../sync/session-types';

export type CurrentContent = ReturnType<typeof currentAgreementContent>;

export function useCurrentContent(session: BoardSession): CurrentContent {
  const shapes = useStore(session.shapes);
  return useMemo(() => currentAgreementContent(shapes), [shapes]);
}
