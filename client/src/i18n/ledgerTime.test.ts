import { describe, expect, it } from 'vitest';
import { formatLedgerTime } from './ledgerTime';

const now = new Date('2026-05-01T12:00:00Z');

describe('ledger times', () => {
  it('shows only the time for today', () => {
    expect(formatLedgerTime('2026-05-01T09:05:00Z', 'ja', now, 'UTC')).toBe('09:05');
    expect(formatLedgerTime('2026-05-01T09:05:00Z', 'en', now, 'UTC')).toMatch(/^09:05\s?AM$/);
  });

  it('adds the date before today', () => {
    expect(formatLedgerTime('2026-04-28T09:05:00Z', 'ja', now, 'UTC')).toBe('4/28 09:05');
  });

  it('is empty for a time it cannot read', () => {
    expect(formatLedgerTime('nonsense', 'ja', now, 'UTC')).toBe('');
  });
});
