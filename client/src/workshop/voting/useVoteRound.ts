// The latest vote round from the ledger, re-rendering only when its number or state changes.
import type { VoteRound } from '@kyoso/shared';
import { useStoreSelector } from '../../bindings/hooks';
import type { LedgerView, WorkshopSession } from '../../sync/workshop-types';

const sameRound = (a: VoteRound | null, b: VoteRound | null) =>
  a === b || (a !== null && b !== null && a.round === b.round && a.status === b.status);
const roundOf = (ledger: LedgerView) => ledger.vote;

export function useVoteRound(workshop: WorkshopSession): VoteRound | null {
  return useStoreSelector(workshop.ledger, roundOf, sameRound);
}

/** "3:open": changes whenever a round starts, ends or is revealed. */
export const roundKey = (round: VoteRound | null): string => (round ? `${round.round}:${round.status}` : '');
