// Why a reveal did not happen, in words for the member who tried, and what they can do next.
// Server reasons are English; they are kept as a detail under a message in the UI language.
import type { MessageKey } from '../../i18n/messages';
import type { CommandResult } from '../../sync/commandsApi';
import type { ParticipantState } from '../../sync/participant';

export interface RevealProblem {
  message: MessageKey;
  /** The server's own words, when it gave any. */
  detail: string | null;
  /** Whether trying again may work (the selection is kept for it). */
  retryable: boolean;
}

type Failure = Extract<CommandResult<unknown>, { ok: false }>;

export function revealFailure(result: Failure): RevealProblem {
  const detail = result.message || null;
  if (result.status === 0) return { message: 'drafting.error.network', detail: null, retryable: true };
  if (result.status === 401) return { message: 'drafting.error.participant', detail, retryable: true };
  if (result.status === 403) return { message: 'drafting.error.forbidden', detail, retryable: false };
  if (result.status === 404) return { message: 'drafting.error.missing', detail, retryable: true };
  if (result.status === 400) return { message: 'drafting.error.rejected', detail, retryable: false };
  return { message: 'drafting.error.server', detail: detail ?? `HTTP ${result.status}`, retryable: true };
}

/** A participant that is not usable for commands (yet), or null when it is. */
export function participantProblem(state: ParticipantState): RevealProblem | null {
  if (state.status === 'ready') return null;
  if (state.status === 'joining' || state.status === 'waiting')
    return { message: 'drafting.error.joining', detail: null, retryable: true };
  return { message: 'drafting.error.notJoined', detail: state.message || null, retryable: true };
}
