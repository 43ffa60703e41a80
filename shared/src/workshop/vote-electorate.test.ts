import { describe, expect, it } from 'vitest';
import type { CompanyKey, ParticipantId } from '../ids.js';
import type { RosterEntry } from './roster.js';
import { roundElectorate } from './vote-electorate.js';

const at = (minute: number) => `2026-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const entry = (id: string, fields: Partial<RosterEntry> = {}): RosterEntry => ({
  id: id as ParticipantId,
  name: id,
  role: 'member',
  company: 'a' as CompanyKey,
  status: 'admitted',
  joinedAt: at(0),
  admittedAt: null,
  removedAt: null,
  ...fields,
});
const ids = (...names: string[]) => names as ParticipantId[];

// The round ran from 10:10 to 10:20.
const closed = { startedAt: at(10), endedAt: at(20) };
const open = { startedAt: at(10), endedAt: null };

describe('roundElectorate', () => {
  it('counts the members let in before the round closed, not those let in as it closed or after', () => {
    const roster = [
      entry('early'),
      entry('during', { joinedAt: at(12) }),
      entry('admittedDuring', { joinedAt: at(5), admittedAt: at(15) }),
      entry('atTheEnd', { joinedAt: at(19), admittedAt: at(20) }),
      entry('joinedAfter', { joinedAt: at(25) }),
      entry('admittedAfter', { joinedAt: at(18), admittedAt: at(21) }),
    ];
    expect(roundElectorate(closed, roster, [])).toBe(3);
  });

  it('counts everyone let in so far while the round is open: they can still vote', () => {
    const roster = [entry('early'), entry('late', { joinedAt: at(40), admittedAt: at(45) })];
    expect(roundElectorate(open, roster, [])).toBe(2);
  });

  it('leaves out the facilitator, observers, people still waiting and people removed before it began', () => {
    const roster = [
      entry('member'),
      entry('facilitator', { role: 'facilitator', company: null }),
      entry('observer', { role: 'observer', company: null }),
      entry('waiting', { status: 'waiting' }),
      entry('removedBefore', { status: 'removed', removedAt: at(5) }),
    ];
    expect(roundElectorate(open, roster, [])).toBe(1);
    expect(roundElectorate(closed, roster, [])).toBe(1);
  });

  it('counts someone removed while it ran, dots or not: the number never tells whether they voted', () => {
    const roster = [entry('stayed'), entry('removedDuring', { status: 'removed', removedAt: at(15) })];
    expect(roundElectorate(closed, roster, [])).toBe(2);
    expect(roundElectorate(closed, roster, ids('removedDuring'))).toBe(2);
  });

  it('adds voters the roster does not list (tokens older than it), once', () => {
    const roster = [entry('stayed')];
    expect(roundElectorate(closed, roster, ids('stayed', 'unlisted', 'unlisted'))).toBe(2);
  });
});
