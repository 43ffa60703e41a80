// Agreeing on a card for this member's company (or withdrawing), through the server, which takes
// the company and the name from the participant token. Progress and failures are kept for the UI;
// the result itself arrives for everyone through the ledger.
import type { ShapeId } from '@kyoso/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TranslateFn } from '../../i18n/I18nProvider';
import { useBackOnline } from '../../bindings/useBackOnline';
import type { WorkshopSession } from '../../sync/workshop-types';
import type { CommandResult } from '../../sync/commandsApi';
import { JOIN_WAIT_MS, tokenWithin } from '../participantToken';

export interface AgreeProblem {
  card: ShapeId;
  message: string;
  /** The server could not be reached: the message clears itself once it can be again. */
  network?: boolean;
}

/** A refused agreement, in the UI language (the server's reason is English; kept after ours). */
export function agreeFailure(result: Extract<CommandResult<unknown>, { ok: false }>, t: TranslateFn): string {
  if (result.status === 0) return t('agreement.error.network');
  if (result.status === 409) return t('agreement.error.changed');
  return t('agreement.error', {
    message: result.message || t('agreement.error.status', { status: result.status }),
  });
}

export function useAgree(workshop: WorkshopSession, t: TranslateFn) {
  const [pending, setPending] = useState<ShapeId | null>(null);
  const [problem, setProblem] = useState<AgreeProblem | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const agree = useCallback(
    /** `digest`: of the content the person agrees to, so a change meanwhile is refused, not agreed. */
    async (card: ShapeId, on: boolean, digest?: string) => {
      const { participant, api } = workshop;
      setPending(card);
      setProblem(null);
      let token = participant.token();
      if (!token) {
        if (participant.get().status === 'failed') participant.retry();
        token = await tokenWithin(participant, JOIN_WAIT_MS);
      }
      if (!alive.current) return;
      if (!token) {
        setPending(null);
        const failed = participant.get().status === 'failed';
        setProblem({ card, message: t(failed ? 'agreement.error.notJoined' : 'agreement.error.joining') });
        return;
      }
      const result = await api.agree(token, card, on, digest);
      if (!alive.current) return;
      setPending(null);
      if (!result.ok) {
        if (result.status === 401) participant.retry();
        setProblem({ card, message: agreeFailure(result, t), network: result.status === 0 });
      }
    },
    [workshop, t],
  );

  useBackOnline(workshop.connection, () => setProblem(null), problem?.network === true);

  return { pending, problem, agree, dismiss: () => setProblem(null) };
}
