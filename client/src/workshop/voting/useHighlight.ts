// The top N of a revealed round that stand out on every page, as the facilitator set it in
// `control` (null: none, or one set for another round).
import type { VoteRound } from '@kyoso/shared';
import { useStoreSelector } from '../../bindings/hooks';
import type { WorkshopSession } from '../../sync/workshop-types';

export function useHighlightTop(workshop: WorkshopSession, round: VoteRound | null): number | null {
  return useStoreSelector(workshop.control, (control) =>
    round?.status === 'revealed' && control.highlight?.round === round.round ? control.highlight.top : null,
  );
}
