// Sending, resolving and deleting comments through the server, with the participant token this
// page joined with; what went wrong is kept, in the reader's language, for the thread to show.
import type { ShapeId } from '@kyoso/shared';
import { useCallback, useState } from 'react';
import type { TranslateFn } from '../../i18n/I18nProvider';
import type { CommandResult } from '../../sync/commandsApi';
import type { WorkshopSession } from '../../sync/workshop-types';
import { JOIN_WAIT_MS, tokenWithin } from '../participantToken';

export function useCommentActions(workshop: WorkshopSession, t: TranslateFn) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = useCallback(
    async (call: (token: string) => Promise<CommandResult<unknown>>): Promise<boolean> => {
      setBusy(true);
      setProblem(null);
      const token = workshop.participant.token() ?? (await tokenWithin(workshop.participant, JOIN_WAIT_MS));
      if (!token) {
        setBusy(false);
        setProblem(t('comments.error.joining'));
        return false;
      }
      const result = await call(token);
      setBusy(false);
      if (result.ok) return true;
      setProblem(
        result.status === 0
          ? t('comments.error.network')
          : t('comments.error', { message: result.message || String(result.status) }),
      );
      return false;
    },
    [workshop, t],
  );
  const { api } = workshop;
  return {
    busy,
    problem,
    send: (card: ShapeId, text: string) => run((token) => api.comment(token, card, text)),
    resolve: (card: ShapeId, resolved: boolean) => run((token) => api.resolveThread(token, card, resolved)),
    remove: (id: string) => run((token) => api.deleteComment(token, id)),
  };
}
