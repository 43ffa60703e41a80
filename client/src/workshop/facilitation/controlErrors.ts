// Turning a failed facilitation change into words for the person who tried it: nothing fails
// silently.
import type { TranslateFn } from '../../i18n/I18nProvider';
import type { CommandResult } from '../../sync/commandsApi';

/** A server command's failure, in the UI language. */
export function commandFailure(
  result: Extract<CommandResult<unknown>, { ok: false }>,
  t: TranslateFn,
): string {
  if (result.status === 0) return t('facilitation.error.network');
  return result.message || t('facilitation.error.status', { status: result.status });
}

/**
 * Runs a change to `control`; returns null when it worked, else the reason (a read-only page,
 * a rejected value) as text for the UI.
 */
export function tryControl(change: () => void, t: TranslateFn): string | null {
  try {
    change();
    return null;
  } catch (error) {
    return t('facilitation.error', { message: error instanceof Error ? error.message : String(error) });
  }
}
