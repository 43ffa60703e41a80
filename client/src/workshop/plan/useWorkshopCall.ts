// Calls a workshop command with this page's participant token; a failure becomes a message in the
// reader's language (`failed` names the message key, with the server's reason in it).
import { useCallback, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import type { CommandResult } from '../../sync/commandsApi';
import type { WorkshopSession } from '../../sync/workshop-types';
import { JOIN_WAIT_MS, tokenWithin } from '../participantToken';

export function useWorkshopCall(workshop: WorkshopSession, failed: MessageKey) {
  const { t } = useI18n();
  const [problem, setProblem] = useState('');
  const run = useCallback(
    async <T>(call: (token: string) => Promise<CommandResult<T>>): Promise<T | null> => {
      const token = workshop.participant.token() ?? (await tokenWithin(workshop.participant, JOIN_WAIT_MS));
      const result = token ? await call(token) : ({ ok: false, status: 0, message: '' } as const);
      if (result.ok) {
        setProblem('');
        return result.value;
      }
      setProblem(t(failed, { message: result.message || String(result.status) }));
      return null;
    },
    [workshop, t, failed],
  );
  return { run, problem, setProblem };
}
