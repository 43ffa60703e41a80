// A failed voting command, in words for the person who tried it: nothing fails silently.
import type { TranslateFn } from '../../i18n/I18nProvider';
import type { CommandFailure } from './ballotStore';

export function voteFailure(result: CommandFailure, t: TranslateFn): string {
  if (result.status === 0) return t('voting.error.network');
  return result.message || t('voting.error.status', { status: result.status });
}
