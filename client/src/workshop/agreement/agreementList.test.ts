import {
  currentAgreementContent,
  foldAgreements,
  type Company,
  type CompanyKey,
  type LedgerEvent,
  type Shape,
  type ShapeId,
} from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { box } from '../../canvas/testShapes';
import { agreementEntries, agreementTally, synergiesWithoutAgreement } from './agreementList';

const companies: Company[] = [
  { key: 'a' as CompanyKey, name: 'A社', color: '#2f6fde' },
  { key: 'b' as CompanyKey, name: 'B社', color: '#e0572b' },
];
const shapes: Shape[] = [
  box('sticky', 0, 0, 100, 100, { id: 'one', kind: 'synergy' }),
  box('sticky', 0, 0, 100, 100, { id: 'two', kind: 'asset' }),
  box('sticky', 0, 0, 100, 100, { id: 'three', kind: 'synergy' }),
  box('sticky', 0, 0, 100, 100, { id: 'open', kind: 'synergy' }),
];
const byId = (id: ShapeId) => shapes.find((s) => s.id === id);
const current = currentAgreementContent(shapes);
/** An agreement to the card as it is in `shapes` (a deleted card's, as it was). */
const event = (type: 'agreed' | 'withdrawn', company: string, card: string, at: string) =>
  ({
    type,
    at,
    by: { participant: `p${company}`, name: `N${company}`, role: 'member', company },
    company,
    card,
    ...(type === 'agreed' ? (current(card as ShapeId) ?? {}) : {}),
  }) as LedgerEvent;

describe('the agreements list', () => {
  const agreements = foldAgreements([
    event('agreed', 'a', 'one', '2026-05-01T10:00:00Z'),
    event('agreed', 'a', 'two', '2026-05-01T10:01:00Z'),
    event('agreed', 'b', 'two', '2026-05-01T10:02:00Z'),
    event('agreed', 'b', 'three', '2026-05-01T10:03:00Z'),
    event('agreed', 'a', 'gone', '2026-05-01T10:04:00Z'),
    event('agreed', 'b', 'gone', '2026-05-01T10:04:30Z'),
    event('agreed', 'a', 'withdrawn', '2026-05-01T10:05:00Z'),
    event('withdrawn', 'a', 'withdrawn', '2026-05-01T10:06:00Z'),
  ]);
  const entries = agreementEntries(agreements, companies, byId, current);

  it('puts cards agreed by all first, then the most agreed and latest, and deleted cards last', () => {
    expect(entries.map((e) => e.id)).toEqual(['two', 'three', 'one', 'gone']);
    expect(entries.find((e) => e.id === 'gone')?.card).toBeNull();
  });

  it('says who agreed for each company and when, and who is still waited for', () => {
    const three = entries.find((e) => e.id === 'three')!;
    expect(three.status).toMatchObject({ agreed: false, waitingFor: ['a'], agreedBy: ['b'] });
    expect(three.companies.map((c) => [c.company.key, c.mark?.name ?? null])).toEqual([
      ['a', null],
      ['b', 'Nb'],
    ]);
  });

  it('tells an agreement to earlier content apart: the card is no longer agreed', () => {
    const edited = shapes.map((s) => (s.id === 'two' ? { ...s, text: '変更後' } : s));
    const list = agreementEntries(agreements, companies, byId, currentAgreementContent(edited));
    const two = list.find((e) => e.id === 'two')!;
    expect(two.status).toMatchObject({ agreed: false, agreedBy: [], changedSince: ['a', 'b'] });
  });

  it('counts agreed cards among those still on the board', () => {
    expect(agreementTally(entries)).toEqual({ agreed: 1, total: 3 });
  });

  it('lists synergy cards nobody has agreed on yet', () => {
    expect(synergiesWithoutAgreement(shapes, agreements).map((s) => s.id)).toEqual(['open']);
  });
});
