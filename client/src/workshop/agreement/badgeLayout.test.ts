import type { AgreementStatus, Company, CompanyKey } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { BADGE, badgeLayout, badgeOrigin } from './badgeLayout';

const companies: Company[] = [
  { key: 'a' as CompanyKey, name: 'A', color: '#2f6fde' },
  { key: 'b' as CompanyKey, name: 'B', color: '#e0572b' },
];
const status = (agreedBy: string[]): AgreementStatus => {
  const keys = companies.map((c) => c.key);
  const waitingFor = keys.filter((k) => !agreedBy.includes(k));
  return {
    agreedBy: agreedBy as CompanyKey[],
    changedSince: [],
    waitingFor,
    agreed: waitingFor.length === 0,
  };
};

describe('agreement badge layout', () => {
  it('gives every company a mark, filled for those that agreed, in board order', () => {
    const layout = badgeLayout({
      companies,
      status: status(['b']),
      labelWidth: 40,
      cardScreenWidth: 200,
      cardScreenHeight: 160,
    });
    expect(layout.kind).toBe('marks');
    if (layout.kind !== 'marks') return;
    expect(layout.marks.map((m) => [m.company, m.agreed, m.color])).toEqual([
      ['a', false, '#2f6fde'],
      ['b', true, '#e0572b'],
    ]);
    expect(layout.marks[1]!.cx - layout.marks[0]!.cx).toBe(BADGE.mark + BADGE.gap);
    expect(layout.width).toBe(2 * BADGE.padX + 2 * BADGE.mark + BADGE.gap);
  });

  it('shows agreement by every company as its own labelled state', () => {
    const layout = badgeLayout({
      companies,
      status: status(['a', 'b']),
      labelWidth: 40,
      cardScreenWidth: 200,
      cardScreenHeight: 160,
    });
    expect(layout).toMatchObject({ kind: 'agreed', labelX: BADGE.padX + BADGE.check + BADGE.gap });
    expect(layout.width).toBe(2 * BADGE.padX + BADGE.check + BADGE.gap + 40);
  });

  it('drops the label, then everything but a dot, as the card gets small on screen', () => {
    const all = status(['a', 'b']);
    expect(
      badgeLayout({ companies, status: all, labelWidth: 80, cardScreenWidth: 60, cardScreenHeight: 160 }),
    ).toMatchObject({
      kind: 'agreed',
      labelX: null,
    });
    expect(
      badgeLayout({ companies, status: all, labelWidth: 80, cardScreenWidth: 20, cardScreenHeight: 160 }),
    ).toMatchObject({
      kind: 'dot',
      agreed: true,
    });
    expect(
      badgeLayout({
        companies,
        status: status(['a']),
        labelWidth: 80,
        cardScreenWidth: 40,
        cardScreenHeight: 160,
      }),
    ).toMatchObject({
      kind: 'dot',
      agreed: false,
    });
  });

  it('shows an agreement to content that changed since as its own pill, never as agreed', () => {
    const changed: AgreementStatus = {
      agreedBy: [],
      changedSince: ['a', 'b'] as CompanyKey[],
      waitingFor: ['a', 'b'] as CompanyKey[],
      agreed: false,
    };
    expect(
      badgeLayout({
        companies,
        status: changed,
        labelWidth: 40,
        cardScreenWidth: 200,
        cardScreenHeight: 160,
      }),
    ).toMatchObject({ kind: 'changed', labelX: expect.any(Number) });
  });

  it('keeps right of the middle resize handle while the card shows its handles', () => {
    const changed: AgreementStatus = {
      agreedBy: [],
      changedSince: ['a'] as CompanyKey[],
      waitingFor: ['a', 'b'] as CompanyKey[],
      agreed: false,
    };
    const input = { companies, status: changed, labelWidth: 71, cardScreenWidth: 200, cardScreenHeight: 160 };
    const free = badgeLayout(input);
    expect(free).toMatchObject({ kind: 'changed', labelX: expect.any(Number) });
    const handled = badgeLayout({ ...input, handles: 9 });
    expect(handled).toMatchObject({ kind: 'changed', labelX: null });
    // The badge's left edge (measured from the card's left) is past the handle's right edge.
    const left = input.cardScreenWidth - BADGE.inset - handled.width;
    expect(left).toBeGreaterThan(input.cardScreenWidth / 2 + 9 / 2);
    // A wide card keeps its label.
    expect(badgeLayout({ ...input, cardScreenWidth: 320, handles: 9 })).toMatchObject({
      labelX: expect.any(Number),
    });
  });

  it('keeps right of the revealed vote total at the bottom edge’s left', () => {
    const input = {
      companies,
      status: status(['a', 'b']),
      labelWidth: 52,
      cardScreenWidth: 110,
      cardScreenHeight: 90,
    };
    expect(badgeLayout(input)).toMatchObject({ kind: 'agreed', labelX: expect.any(Number) });
    const beside = badgeLayout({ ...input, leftMark: 38 });
    expect(beside).toMatchObject({ kind: 'agreed', labelX: null });
    // Its left edge (from the card's left) is past the total's right edge.
    expect(input.cardScreenWidth - BADGE.inset - beside.width).toBeGreaterThan(BADGE.inset + 38);
    expect(badgeLayout({ ...input, leftMark: 80 })).toMatchObject({ kind: 'dot' });
  });

  it('falls back to a dot on a card too low on screen for it', () => {
    expect(
      badgeLayout({
        companies,
        status: status(['a']),
        labelWidth: 40,
        cardScreenWidth: 200,
        cardScreenHeight: 30,
      }),
    ).toMatchObject({ kind: 'dot' });
  });

  it('straddles the bottom edge at the right, the same size on screen at any zoom', () => {
    const card = { x: 100, y: 50, w: 200, h: 160 };
    const layout = { width: 40, height: 20 };
    expect(badgeOrigin(card, layout, 1)).toEqual({ x: 300 - BADGE.inset - 40, y: 210 - 10 });
    expect(badgeOrigin(card, layout, 2)).toEqual({
      x: 300 - (BADGE.inset + 40) / 2,
      y: 210 - 10 / 2,
    });
  });
});
