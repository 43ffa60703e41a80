import { describe, expect, it } from 'vitest';
import type { Company, CompanyKey, ParticipantId, RosterEntry } from '@kyoso/shared';
import { rosterView, waitingCount } from './rosterGroups';

const companies: Company[] = [
  { key: 'a' as CompanyKey, name: 'あさひ物流', color: '#2f6fde' },
  { key: 'b' as CompanyKey, name: 'Blue Ocean', color: '#e0572b' },
];

let n = 0;
function entry(fields: Partial<RosterEntry> & Pick<RosterEntry, 'name' | 'role'>): RosterEntry {
  n += 1;
  return {
    id: `participant${String(n).padStart(5, '0')}` as ParticipantId,
    company: null,
    status: 'admitted',
    joinedAt: new Date(Date.UTC(2026, 0, 1, 9, n)).toISOString(),
    admittedAt: null,
    removedAt: null,
    ...fields,
  };
}

describe('rosterView', () => {
  const facilitator = entry({ name: '進行', role: 'facilitator' });
  const sato = entry({ name: '佐藤', role: 'member', company: 'a' as CompanyKey });
  const ben = entry({ name: 'Ben', role: 'member', company: 'b' as CompanyKey });
  const observer = entry({ name: '見学', role: 'observer' });
  const waiting = entry({ name: '田中', role: 'member', company: 'a' as CompanyKey, status: 'waiting' });
  const removed = entry({ name: 'Eve', role: 'member', company: 'b' as CompanyKey, status: 'removed' });
  const roster = { admission: true, participants: [facilitator, sato, ben, observer, waiting, removed] };

  it('puts waiting requests apart, groups the others by role and company, and counts the removed', () => {
    const view = rosterView(roster, companies, new Set(), facilitator.id);
    expect(view.waiting).toEqual([waiting]);
    expect(view.removed).toBe(1);
    expect(
      view.groups.map((group) => [
        group.kind === 'company' ? group.company.key : group.kind,
        group.rows.map((row) => row.entry.name),
      ]),
    ).toEqual([
      ['facilitator', ['進行']],
      ['a', ['佐藤']],
      ['b', ['Ben']],
      ['observers', ['見学']],
    ]);
  });

  it('marks who is on the canvas as the server says, observers too; this page is here', () => {
    const here = new Set([sato.id, observer.id, waiting.id]);
    const rows = rosterView(roster, companies, here, facilitator.id).groups.flatMap((g) => g.rows);
    expect(rows.map((row) => [row.entry.name, row.here, row.you])).toEqual([
      ['進行', true, true],
      ['佐藤', true, false],
      ['Ben', false, false],
      ['見学', true, false],
    ]);
  });

  it('leaves out groups nobody is in, and counts who waits', () => {
    const view = rosterView({ admission: false, participants: [ben] }, companies, new Set(), null);
    expect(view.groups.map((group) => group.kind)).toEqual(['company']);
    expect(waitingCount(roster)).toBe(1);
    expect(waitingCount(null)).toBe(0);
  });
});
