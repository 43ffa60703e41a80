// The facilitator's roster commands (admit, turn down, remove, require admission) with what the
// panel shows meanwhile: which one is running, and what came of it, in the UI language. The live
// roster itself changes through the `participants` channel once the server stored the change.
import type { ParticipantId, RosterEntry } from '@kyoso/shared';
import { useCallback, useState } from 'react';
import { useBackOnline } from '../../bindings/useBackOnline';
import type { TranslateFn } from '../../i18n/I18nProvider';
import type { WorkshopSession } from '../../sync/workshop-types';
import type { CommandResult } from '../../sync/commandsApi';

/** `network`: the server could not be reached; the message clears itself once it can be again. */
export type RosterOutcome = { tone: 'info' | 'error'; text: string; network?: boolean } | null;
/** A participant's id while a command on them runs, `admission` while the switch saves. */
export type RosterPending = ParticipantId | 'admission' | null;

/** A refused roster command, in the UI language. */
export function rosterFailure(
  result: Extract<CommandResult<unknown>, { ok: false }>,
  t: TranslateFn,
): string {
  if (result.status === 0) return t('participants.error.network');
  if (result.status === 404) return t('participants.error.unknown');
  if (result.status === 409) return t('participants.error.alreadyRemoved');
  if (result.status === 403) return t('participants.error.forbidden');
  if (result.status === 400 && /yourself/.test(result.message)) return t('participants.error.self');
  return t('participants.error.other', { message: result.message || String(result.status) });
}

export function useRosterActions(workshop: WorkshopSession, t: TranslateFn) {
  const [pending, setPending] = useState<RosterPending>(null);
  const [outcome, setOutcome] = useState<RosterOutcome>(null);
  // The facilitator's participant token names who acted; the link works as well.
  const token = () => workshop.participant.token() ?? workshop.linkToken;

  const run = useCallback(
    async (
      key: Exclude<RosterPending, null>,
      command: () => Promise<CommandResult<unknown>>,
      /** What to say once it worked (null: the panel shows it anyway). */
      done: string | null,
    ) => {
      setPending(key);
      setOutcome(null);
      const result = await command();
      setPending(null);
      if (!result.ok)
        setOutcome({ tone: 'error', text: rosterFailure(result, t), network: result.status === 0 });
      else if (done) setOutcome({ tone: 'info', text: done });
      return result.ok;
    },
    [t],
  );

  useBackOnline(workshop.connection, () => setOutcome(null), outcome?.network === true);

  return {
    pending,
    outcome,
    dismiss: () => setOutcome(null),
    admit: (entry: RosterEntry) =>
      run(
        entry.id,
        () => workshop.api.admitParticipant(token(), entry.id),
        t('participants.admitted', { name: entry.name }),
      ),
    /** Removes someone let in, or turns a waiting request down. */
    remove: (entry: RosterEntry) =>
      run(
        entry.id,
        () => workshop.api.removeParticipant(token(), entry.id),
        t(entry.status === 'waiting' ? 'participants.declined' : 'participants.removed', {
          name: entry.name,
        }),
      ),
    setAdmission: (admission: boolean) =>
      run('admission', () => workshop.api.setAdmission(token(), admission), null),
  };
}
