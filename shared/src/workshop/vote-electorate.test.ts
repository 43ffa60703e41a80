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
const closed = { endedAt: at(20) };
const open = { endedAt: null };

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

  it('leaves out the facilitator, observers, people still waiting and people removed without dots', () => {
    const roster = [
      entry('member'),
      entry('facilitator', { role: 'facilitator', company: null }),
      entry('observer', { role: 'observer', company: null }),
      entry('waiting', { status: 'waiting' }),
      entry('removed', { status: 'removed', removedAt: at(15) }),
    ];
    expect(roundElectorate(open, roster, [])).toBe(1);
    expect(roundElectorate(closed, roster, [])).toBe(1);
  });

  it('counts everyone with dots once, on the roster or not (removed since, or a token older than the roster)', () => {
    const roster = [entry('stayed'), entry('removed', { status: 'removed', removedAt: at(15) })];
    expect(roundElectorate(closed, roster, ids('stayed', 'removed', 'unlisted'))).toBe(3);
  });
});
