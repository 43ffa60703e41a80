// Keeps a member's own ballot fresh: read when the round starts, ends or is revealed, once the
// participant token is there, and again when the page comes back (focus, network, reconnect),
// since a ballot can change from another tab of the same person.
import { useEffect } from 'react';
import type { BoardSession } from '../../sync/session-types';
import type { WorkshopSession } from '../../sync/workshop-types';
import { ballotOf } from './ballotOf';
import { roundKey, useVoteRound } from './useVoteRound';

export function useBallotSync(session: BoardSession, workshop: WorkshopSession, isVoter: boolean): void {
  const key = roundKey(useVoteRound(workshop));

  useEffect(() => {
    if (isVoter && key) ballotOf(workshop).refresh();
  }, [workshop, isVoter, key]);

  useEffect(() => {
    if (!isVoter) return;
    const ballot = ballotOf(workshop);
    const refresh = () => {
      if (workshop.ledger.get().vote) ballot.refresh();
    };
    let joined = workshop.participant.token() !== null;
    const offParticipant = workshop.participant.subscribe(() => {
      const now = workshop.participant.token() !== null;
      if (now && !joined) refresh();
      joined = now;
    });
    let connected = session.connection.get().status === 'connected';
    const offConnection = session.connection.subscribe(() => {
      const now = session.connection.get().status === 'connected';
      if (now && !connected) refresh();
      connected = now;
    });
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    window.addEventListener('online', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      offParticipant();
      offConnection();
      window.removeEventListener('focus', refresh);
      window.removeEventListener('online', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [session, workshop, isVoter]);
}
