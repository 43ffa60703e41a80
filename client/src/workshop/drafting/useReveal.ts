// Revealing drafts: confirm, wait for the participant registration if it is still under way, call
// the server, and keep what happened (progress, the cards revealed, or why it failed) for the panel.
// A failure keeps the selection: "try again" reveals what is selected then.
import type { ShapeId } from '@kyoso/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useBackOnline } from '../../bindings/useBackOnline';
import type { WorkshopSession } from '../../sync/workshop-types';
import { JOIN_WAIT_MS, tokenWithin } from '../participantToken';
import { participantProblem, revealFailure, type RevealProblem } from './revealProblem';

export type RevealScope = 'selected' | 'all';

export type RevealState =
  | { status: 'idle' }
  | { status: 'confirm'; scope: RevealScope }
  | { status: 'busy'; scope: RevealScope; waitingForParticipant: boolean }
  | { status: 'done'; revealed: readonly ShapeId[] }
  | { status: 'failed'; scope: RevealScope; problem: RevealProblem };

export function useReveal(workshop: WorkshopSession, selection: () => readonly ShapeId[]) {
  const [state, setState] = useState<RevealState>({ status: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(
    async (scope: RevealScope) => {
      const cards = scope === 'all' ? 'all' : [...selection()];
      if (cards !== 'all' && cards.length === 0) return setState({ status: 'idle' });
      const { participant, api } = workshop;
      let token = participant.token();
      if (!token) {
        setState({ status: 'busy', scope, waitingForParticipant: true });
        if (participant.get().status === 'failed') participant.retry();
        token = await tokenWithin(participant, JOIN_WAIT_MS);
        if (!alive.current) return;
      }
      if (!token) {
        const problem = participantProblem(participant.get()) ?? {
          message: 'drafting.error.joining',
          detail: null,
          retryable: true,
        };
        return setState({ status: 'failed', scope, problem });
      }
      setState({ status: 'busy', scope, waitingForParticipant: false });
      const result = await api.reveal(token, cards);
      if (!alive.current) return;
      if (result.ok) setState({ status: 'done', revealed: result.value.revealed });
      else {
        // A refused participant token (links rotated): join again before the next try.
        if (result.status === 401) participant.retry();
        setState({ status: 'failed', scope, problem: revealFailure(result) });
      }
    },
    [workshop, selection],
  );

  // "Could not reach the server" clears once it can be reached: nothing was revealed, the drafts
  // and their selection are still there to reveal again.
  const offline = state.status === 'failed' && state.problem.message === 'drafting.error.network';
  useBackOnline(workshop.connection, () => setState({ status: 'idle' }), offline);

  return {
    state,
    /** Opens the confirmation. */
    ask: (scope: RevealScope) => setState({ status: 'confirm', scope }),
    confirm: () => {
      if (state.status === 'confirm') void run(state.scope);
    },
    retry: () => {
      if (state.status === 'failed') void run(state.scope);
    },
    dismiss: () => setState({ status: 'idle' }),
  };
}
