import type { ActivityEntry, CompanyKey, LedgerEvent, ParticipantId, ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { activityFeed, filterFeed, NO_FILTER, peopleIn, peopleOf, personKey, withCompany } from './feed';

const a = 'a' as CompanyKey;
const b = 'b' as CompanyKey;
const aiko = { participant: 'p1234567' as ParticipantId, name: '山田', role: 'member', company: a } as const;
const ben = { participant: 'p7654321' as ParticipantId, name: 'Ben', role: 'member', company: b } as const;
const host = {
  participant: 'f1234567' as ParticipantId,
  name: '佐藤',
  role: 'facilitator',
  company: null,
} as const;
const linkB = { participant: null, name: null, role: 'member', company: b } as const;
const s1 = 's1' as ShapeId;

const entry = (
  id: string,
  at: string,
  by: ActivityEntry['by'],
  type: ActivityEntry['type'] = 'edited',
): ActivityEntry => ({
  id,
  type,
  at: `2026-11-24T10:${at}.000Z`,
  by,
  shapes: [s1],
});
const ledger: LedgerEvent[] = [
  { type: 'agreed', at: '2026-11-24T10:03:00.000Z', by: ben, company: b, card: s1 },
  { type: 'vote-ended', at: '2026-11-24T10:04:00.000Z', by: host, round: 1 },
  { type: 'revealed', at: '2026-11-24T10:00:30.000Z', by: aiko, company: a, cards: [s1, 's2' as ShapeId] },
];

describe('activityFeed: what was agreed', () => {
  it('names an agreement by the title it agreed to, for when the point is gone', () => {
    const agreed = {
      type: 'agreed',
      at: '2026-11-24T10:03:00.000Z',
      by: ben,
      company: b,
      card: s1,
      content: { text: ' 共同配送 ', kind: 'synergy', company: null },
      digest: 'x',
    } as unknown as LedgerEvent;
    expect(activityFeed([], [agreed])[0]).toMatchObject({ kind: 'agreed', label: '共同配送' });
  });

  it('tells a company agreeing again from its first agreement, company by company', () => {
    const agree = (company: CompanyKey, minute: string, by: LedgerEvent['by']) =>
      ({ type: 'agreed', at: `2026-11-24T10:${minute}:00.000Z`, by, company, card: s1 }) as LedgerEvent;
    const kinds = activityFeed([], [agree(a, '01', aiko), agree(b, '02', ben), agree(a, '03', aiko)])
      .reverse()
      .map((item) => [item.kind, item.company]);
    expect(kinds).toEqual([
      ['agreed', 'a'],
      ['agreed', 'b'],
      ['agreed-again', 'a'],
    ]);
  });
});

describe('activityFeed', () => {
  const items = activityFeed(
    [
      entry('e1111111', '00:00', aiko, 'created'),
      entry('e2222222', '02:00', linkB),
      entry('e3333333', '05:00', host, 'deleted'),
    ],
    ledger,
  );

  it('merges the activity with the ledger’s reveals, agreements and votes, newest first', () => {
    expect(items.map((item) => [item.kind, item.who.name])).toEqual([
      ['deleted', '佐藤'],
      ['vote-ended', '佐藤'],
      ['agreed', 'Ben'],
      ['edited', null],
      ['revealed', '山田'],
      ['created', '山田'],
    ]);
    expect(items[1]).toMatchObject({ round: 1, shapes: [] });
    expect(items[2]).toMatchObject({ company: 'b', shapes: ['s1'] });
    expect(items[4]).toMatchObject({ company: 'a', shapes: ['s1', 's2'] });
  });

  it('lists a vote’s results with its voters and its cards, most dots first', () => {
    const s2 = 's2' as ShapeId;
    const [results] = activityFeed(
      [],
      [
        {
          type: 'votes-revealed',
          at: '2026-11-24T10:06:00.000Z',
          by: host,
          round: 2,
          totals: { [s1]: 2, [s2]: 5 },
          voters: 4,
        },
      ],
    );
    expect(results).toMatchObject({ kind: 'votes-revealed', round: 2, voters: 4, shapes: [s2, s1] });
  });

  it('filters by company (or none) and by person; a link token is one person per role and company', () => {
    expect(filterFeed(items, NO_FILTER)).toBe(items);
    expect(filterFeed(items, { company: b, person: null }).map((i) => i.kind)).toEqual(['agreed', 'edited']);
    expect(filterFeed(items, { company: 'none', person: null }).map((i) => i.kind)).toEqual([
      'deleted',
      'vote-ended',
    ]);
    expect(filterFeed(items, { company: null, person: personKey(aiko) }).map((i) => i.kind)).toEqual([
      'revealed',
      'created',
    ]);
    expect(filterFeed(items, { company: a, person: personKey(ben) })).toEqual([]);
    expect(peopleIn(items).map(personKey)).toEqual([
      host.participant,
      ben.participant,
      'link:member:b',
      aiko.participant,
    ]);
  });

  it('offers only the chosen company’s people, and forgets a person of another company', () => {
    const people = peopleIn(items);
    expect(peopleOf(people, b).map(personKey)).toEqual([ben.participant, 'link:member:b']);
    expect(peopleOf(people, 'none').map(personKey)).toEqual([host.participant]);
    expect(peopleOf(people, null)).toHaveLength(4);
    const benChosen = { company: null, person: personKey(ben) };
    expect(withCompany(benChosen, b, people)).toEqual({ company: b, person: personKey(ben) });
    expect(withCompany(benChosen, a, people)).toEqual({ company: a, person: null });
    expect(withCompany(benChosen, null, people)).toEqual(benChosen);
  });
});
