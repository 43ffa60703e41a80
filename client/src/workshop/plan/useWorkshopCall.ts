// Calls a workshop command with this page's participant token; a failure becomes a message in the
// reader's language (`failed` names the message key, with the server's reason in it).
import { useCallback, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import type { CommandResult } from '../../sync/commandsApi';
import type { WorkshopSession } from '../../sync/workshop-types';
import { JOIN_WAIT_MS, tokenWithin } from '../participantToken';

/** `byStatus`: a message of its own for an answer the person can act on (429: wait a while). */
export function useWorkshopCall(
  workshop: WorkshopSession,
  failed: MessageKey,
  byStatus: Partial<Record<number, MessageKey>> = {},
) {
  const { t } = useI18n();
  const [problem, setProblem] = useState('');
  // Read when a call fails: a literal the caller makes anew each render must not renew `run`.
  const statusMessages = useRef(byStatus);
  statusMessages.current = byStatus;
  const run = useCallback(
    async <T>(call: (token: string) => Promise<CommandResult<T>>): Promise<T | null> => {
      const token = workshop.participant.token() ?? (await tokenWithin(workshop.participant, JOIN_WAIT_MS));
      const result = token ? await call(token) : ({ ok: false, status: 0, message: '' } as const);
      if (result.ok) {
        setProblem('');
        return result.value;
      }
      const own = statusMessages.current[result.status];
      setProblem(own ? t(own) : t(failed, { message: result.message || String(result.status) }));
      return null;
    },
    [workshop, t, failed],
  );
  return { run, problem, setProblem };
}
