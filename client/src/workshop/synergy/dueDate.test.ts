import { describe, expect, it } from 'vitest';
import { dueWarning, formatDue, isOverdue } from './dueDate';

describe('due dates', () => {
  it('reads the stored day in either language, whatever the time zone', () => {
    expect(formatDue('2026-12-24', 'ja')).toBe('2026年12月24日');
    expect(formatDue('2026-12-24', 'en')).toBe('Dec 24, 2026');
    expect(formatDue('bad', 'en')).toBe('bad');
  });

  it('is overdue only after its day', () => {
    const now = new Date(2026, 11, 24, 23, 0);
    expect(isOverdue('2026-12-23', now)).toBe(true);
    expect(isOverdue('2026-12-24', now)).toBe(false);
  });

  it('warns of a date that has passed or is more than ten years away (7011 for 2027), nothing else', () => {
    const now = new Date(2026, 11, 24, 12, 0);
    expect(dueWarning('2026-12-23', now)).toBe('past');
    expect(dueWarning('2027-03-31', now)).toBeNull();
    expect(dueWarning('2036-12-31', now)).toBeNull();
    expect(dueWarning('2037-01-01', now)).toBe('far');
    expect(dueWarning('7011-02-02', now)).toBe('far');
    expect(dueWarning(null, now)).toBeNull();
  });
});
