import { describe, expect, it } from 'vitest';
import type { Company } from '../companies.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import { agreementStatus, foldAgreements } from './agreements.js';
import type { LedgerEvent } from './ledger.js';

const companies: Company[] = [
  { key: 'acme' as CompanyKey, name: 'Acme', color: '#2f6fde' },
  { key: 'kumo' as CompanyKey, name: '雲産業', color: '#e0572b' },
];
const card = 'card1' as ShapeId;
let clock = 0;
const mark = (
  type: 'agreed' | 'withdrawn',
  company: string,
  name = `${company} rep`,
  on = card,
): LedgerEvent => ({
  type,
  at: new Date(Date.UTC(2025, 4, 1, 10, clock++)).toISOString(),
  by: { participant: `p${company}0000` as never, name, role: 'member', company: company as CompanyKey },
  company: company as CompanyKey,
  card: on,
});
const status = (events: LedgerEvent[], on = card, board = companies) =>
  agreementStatus(foldAgreements(events), on, board);

describe('agreements', () => {
  it('a card nobody agreed is waiting for every company', () => {
    expect(status([])).toEqual({ agreedBy: [], waitingFor: ['acme', 'kumo'], agreed: false });
  });

  it('a card agreed by one of two companies is not agreed yet', () => {
    expect(status([mark('agreed', 'acme')])).toEqual({
      agreedBy: ['acme'],
      waitingFor: ['kumo'],
      agreed: false,
    });
  });

  it('a card agreed by every company is agreed', () => {
    expect(status([mark('agreed', 'acme'), mark('agreed', 'kumo')])).toEqual({
      agreedBy: ['acme', 'kumo'],
      waitingFor: [],
      agreed: true,
    });
  });

  it('a withdrawn agreement no longer counts', () => {
    const events = [mark('agreed', 'acme'), mark('agreed', 'kumo'), mark('withdrawn', 'kumo')];
    expect(status(events)).toEqual({ agreedBy: ['acme'], waitingFor: ['kumo'], agreed: false });
  });

  it('a company that agrees again after withdrawing counts again, with its latest mark', () => {
    const first = mark('agreed', 'kumo', 'Ken');
    const again = mark('agreed', 'kumo', 'Kana');
    const events = [mark('agreed', 'acme'), first, mark('withdrawn', 'kumo'), again];
    expect(status(events).agreed).toBe(true);
    expect(
      foldAgreements(events)
        .get(card)
        ?.get('kumo' as CompanyKey),
    ).toEqual({
      name: 'Kana',
      at: again.at,
    });
  });

  it('a card whose every agreement was withdrawn is gone from the fold', () => {
    const folded = foldAgreements([mark('agreed', 'acme'), mark('withdrawn', 'acme')]);
    expect(folded.has(card)).toBe(false);
  });

  it('a withdrawal without an agreement changes nothing', () => {
    expect(status([mark('withdrawn', 'acme'), mark('agreed', 'kumo')]).agreedBy).toEqual(['kumo']);
  });

  it('a company not on the board does not count towards agreement', () => {
    const events = [mark('agreed', 'acme'), mark('agreed', 'zeta')];
    expect(status(events)).toEqual({ agreedBy: ['acme'], waitingFor: ['kumo'], agreed: false });
  });

  it('a board without companies agrees on nothing', () => {
    expect(status([mark('agreed', 'acme')], card, []).agreed).toBe(false);
  });

  it("one card's agreements do not count for another", () => {
    const other = 'card2' as ShapeId;
    const events = [mark('agreed', 'acme'), mark('agreed', 'kumo'), mark('agreed', 'acme', 'A', other)];
    expect(status(events, other)).toEqual({ agreedBy: ['acme'], waitingFor: ['kumo'], agreed: false });
    expect(status(events).agreed).toBe(true);
  });

  it('ignores ledger events that are not agreements', () => {
    const events: LedgerEvent[] = [
      {
        type: 'revealed',
        at: '2025-05-01T09:00:00Z',
        by: { participant: 'pacme0000' as never, name: 'A', role: 'member', company: 'acme' as CompanyKey },
        company: 'acme' as CompanyKey,
        cards: [card],
      },
      mark('agreed', 'kumo'),
    ];
    expect(status(events).agreedBy).toEqual(['kumo']);
  });
});
