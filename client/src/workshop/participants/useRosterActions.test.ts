import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/messages';
import { rosterFailure } from './useRosterActions';

const t = ((key: string, vars?: Record<string, string | number>) =>
  translate('en', key as never, vars)) as Parameters<typeof rosterFailure>[1];

describe('rosterFailure', () => {
  it('says what went wrong in the UI language, not the server’s English', () => {
    const failed = (status: number, message = '') => rosterFailure({ ok: false, status, message }, t);
    expect(failed(0)).toBe('The server could not be reached. Please try again.');
    expect(failed(404, 'no participant x on this board')).toMatch(/not on the board/);
    expect(failed(409)).toMatch(/already been removed/);
    expect(failed(403)).toMatch(/Only the facilitator/);
    expect(failed(400, 'you cannot remove yourself')).toBe('You cannot remove yourself.');
    expect(failed(503, 'the board is reloading; retry')).toBe(
      'That did not work (the board is reloading; retry).',
    );
  });
});
