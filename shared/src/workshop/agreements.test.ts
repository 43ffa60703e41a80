import { describe, expect, it } from 'vitest';
import type { Company } from '../companies.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import {
  agreedChanges,
  agreementDigest,
  parseAgreedContent,
  type AgreedContent,
} from './agreement-content.js';
import { agreementStatus, foldAgreements } from './agreements.js';
import type { LedgerEvent } from './ledger.js';

const companies: Company[] = [
  { key: 'acme' as CompanyKey, name: 'Acme', color: '#2f6fde' },
  { key: 'kumo' as CompanyKey, name: '雲産業', color: '#e0572b' },
];
const card = 'card1' as ShapeId;
const agreedText: AgreedContent = { text: '共同配送', kind: 'idea', company: null };
const CURRENT = agreementDigest(agreedText);
let clock = 0;
const mark = (
  type: 'agreed' | 'withdrawn',
  company: string,
  name = `${company} rep`,
  on = card,
  content: AgreedContent | null = agreedText,
): LedgerEvent => {
  const base = {
    at: new Date(Date.UTC(2025, 4, 1, 10, clock++)).toISOString(),
    by: {
      participant: `p${company}0000` as never,
      name,
      role: 'member' as const,
      company: company as CompanyKey,
    },
    company: company as CompanyKey,
    card: on,
  };
  if (type === 'withdrawn') return { ...base, type };
  return content ? { ...base, type, content, digest: agreementDigest(content) } : { ...base, type };
};
const status = (events: LedgerEvent[], on = card, board = companies, digest: string | null = CURRENT) =>
  agreementStatus(foldAgreements(events), on, board, digest);

describe('agreements', () => {
  it('a card nobody agreed is waiting for every company', () => {
    expect(status([])).toEqual({
      agreedBy: [],
      changedSince: [],
      waitingFor: ['acme', 'kumo'],
      agreed: false,
    });
  });

  it('a card agreed by one of two companies is not agreed yet', () => {
    expect(status([mark('agreed', 'acme')])).toEqual({
      agreedBy: ['acme'],
      changedSince: [],
      waitingFor: ['kumo'],
      agreed: false,
    });
  });

  it('a card agreed by every company to its current content is agreed', () => {
    expect(status([mark('agreed', 'acme'), mark('agreed', 'kumo')])).toEqual({
      agreedBy: ['acme', 'kumo'],
      changedSince: [],
      waitingFor: [],
      agreed: true,
    });
  });

  it('once the content changed, earlier agreements are "changed since agreed" and the card is not agreed', () => {
    const events = [mark('agreed', 'acme'), mark('agreed', 'kumo')];
    const changed = agreementDigest({ ...agreedText, text: '共同配送（週2便）' });
    expect(status(events, card, companies, changed)).toEqual({
      agreedBy: [],
      changedSince: ['acme', 'kumo'],
      waitingFor: ['acme', 'kumo'],
      agreed: false,
    });
  });

  it('is agreed again once every company agreed to the new content', () => {
    const next: AgreedContent = { ...agreedText, text: '共同配送（週2便）' };
    const events = [mark('agreed', 'acme'), mark('agreed', 'kumo'), mark('agreed', 'acme', 'A', card, next)];
    const digest = agreementDigest(next);
    expect(status(events, card, companies, digest)).toMatchObject({
      agreedBy: ['acme'],
      changedSince: ['kumo'],
    });
    events.push(mark('agreed', 'kumo', 'K', card, next));
    expect(status(events, card, companies, digest).agreed).toBe(true);
  });

  it('an agreement recorded without its content never counts as agreed to the current content', () => {
    const events = [mark('agreed', 'acme', 'A', card, null), mark('agreed', 'kumo')];
    expect(status(events)).toMatchObject({ agreedBy: ['kumo'], changedSince: ['acme'], agreed: false });
  });

  it('nothing counts as agreed on a card that is not on the board', () => {
    expect(status([mark('agreed', 'acme'), mark('agreed', 'kumo')], card, companies, null).agreed).toBe(
      false,
    );
  });

  it('a withdrawn agreement no longer counts', () => {
    const events = [mark('agreed', 'acme'), mark('agreed', 'kumo'), mark('withdrawn', 'kumo')];
    expect(status(events)).toMatchObject({ agreedBy: ['acme'], waitingFor: ['kumo'], agreed: false });
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
    ).toEqual({ name: 'Kana', at: again.at, digest: CURRENT, content: agreedText });
  });

  it('a card whose every agreement was withdrawn is gone from the fold', () => {
    const folded = foldAgreements([mark('agreed', 'acme'), mark('withdrawn', 'acme')]);
    expect(folded.has(card)).toBe(false);
  });

  it('a company not on the board does not count towards agreement', () => {
    const events = [mark('agreed', 'acme'), mark('agreed', 'zeta')];
    expect(status(events)).toMatchObject({ agreedBy: ['acme'], waitingFor: ['kumo'], agreed: false });
  });

  it('a board without companies agrees on nothing', () => {
    expect(status([mark('agreed', 'acme')], card, []).agreed).toBe(false);
  });

  it("one card's agreements do not count for another", () => {
    const other = 'card2' as ShapeId;
    const events = [mark('agreed', 'acme'), mark('agreed', 'kumo'), mark('agreed', 'acme', 'A', other)];
    expect(status(events, other)).toMatchObject({ agreedBy: ['acme'], waitingFor: ['kumo'], agreed: false });
    expect(status(events).agreed).toBe(true);
  });
});

describe('what changed since an agreement', () => {
  const synergy: AgreedContent = {
    text: '共同配送',
    kind: 'synergy',
    company: null,
    synergy: {
      synergyType: 'complement',
      synergyTypeLabel: '',
      expectedValue: '物流費 -20%',
      effort: 'medium',
      owners: { acme: '佐藤' } as Record<CompanyKey, string>,
      nextStep: 'PoC',
      due: null,
    },
    linked: [
      { id: 'a1' as ShapeId, side: 'from', company: 'acme' as CompanyKey, text: '全国の物流網' },
      { id: 'k1' as ShapeId, side: 'to', company: 'kumo' as CompanyKey, text: '地方の販路' },
    ],
  };

  it('lists each changed field and linked card, before and after', () => {
    const after: AgreedContent = {
      ...synergy,
      text: '共同配送（週2便）',
      synergy: {
        ...synergy.synergy!,
        expectedValue: '物流費 -10%',
        owners: { acme: '佐藤', kumo: 'Ken' } as never,
      },
      linked: [{ ...synergy.linked![0]!, text: '関東の物流網' }],
    };
    expect(agreedChanges(synergy, after)).toEqual([
      { field: 'text', before: '共同配送', after: '共同配送（週2便）' },
      { field: 'expectedValue', before: '物流費 -20%', after: '物流費 -10%' },
      { field: 'owner:kumo', before: '', after: 'Ken' },
      { field: 'linked:a1', before: '全国の物流網', after: '関東の物流網' },
      { field: 'linked:k1', before: '地方の販路', after: '' },
    ]);
  });

  it('records a type not set as null, and reads it back; a type that is no type is refused', () => {
    const notSet: AgreedContent = { ...synergy, synergy: { ...synergy.synergy!, synergyType: null } };
    const stored = JSON.parse(JSON.stringify(notSet)) as unknown;
    expect(parseAgreedContent(stored)).toEqual(notSet);
    expect(agreementDigest(notSet)).not.toBe(agreementDigest(synergy));
    expect(agreedChanges(synergy, notSet)).toEqual([
      { field: 'synergyType', before: 'complement', after: '' },
    ]);
    expect(
      parseAgreedContent({ ...notSet, synergy: { ...notSet.synergy, synergyType: 'merger' } }),
    ).toBeNull();
  });

  it('finds nothing when nothing changed, and digests differ exactly when content does', () => {
    expect(agreedChanges(synergy, structuredClone(synergy))).toEqual([]);
    expect(agreementDigest(structuredClone(synergy))).toBe(agreementDigest(synergy));
    expect(agreementDigest({ ...synergy, text: '共同配送 ' })).not.toBe(agreementDigest(synergy));
  });
});
