import type { CardKind, CompanyKey, Shape, ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/messages';
import { linkedSideLabel, selectedSynergy, selectionSides, spansCompanies } from './selectionSides';

const card = (id: string, company: string | null, kind: CardKind | null): Shape => ({
  id: id as ShapeId,
  type: 'sticky',
  x: 0,
  y: 0,
  w: 200,
  h: 160,
  index: 'a0',
  text: id,
  color: null,
  company: company as CompanyKey | null,
  kind,
});

describe('selectionSides', () => {
  it('puts gaps and goals on the receiving side', () => {
    expect(selectionSides([card('g', 'b', 'gap'), card('a', 'a', 'asset'), card('o', 'b', 'goal')])).toEqual({
      from: ['a'],
      to: ['g', 'o'],
    });
  });

  it('splits by company when there is no gap or goal (or only those)', () => {
    expect(
      selectionSides([card('a1', 'a', 'asset'), card('b1', 'b', 'asset'), card('a2', 'a', null)]),
    ).toEqual({
      from: ['a1', 'a2'],
      to: ['b1'],
    });
    expect(selectionSides([card('g', 'b', 'gap')])).toEqual({ from: ['g'], to: [] });
  });

  it('ignores synergy cards and other shapes', () => {
    const rect: Shape = {
      ...(card('r', null, null) as Extract<Shape, { type: 'sticky' }>),
      type: 'sticky',
      kind: 'synergy',
    };
    expect(selectionSides([rect])).toBeNull();
    expect(selectedSynergy([rect, card('a', 'a', 'asset')])).toMatchObject({ id: 'r' });
    expect(selectedSynergy([card('a', 'a', 'asset')])).toBeNull();
  });
});

describe('spansCompanies', () => {
  it('needs cards of two companies or more, whatever else is selected', () => {
    expect(spansCompanies([card('a1', 'a', 'asset'), card('b1', 'b', 'gap')])).toBe(true);
    expect(spansCompanies([card('a1', 'a', 'asset'), card('a2', 'a', 'gap')])).toBe(false);
    expect(spansCompanies([card('b1', 'b', 'gap')])).toBe(false);
    // A card of no company, or a synergy card, is not a second company.
    expect(spansCompanies([card('a1', 'a', 'asset'), card('n', null, 'gap')])).toBe(false);
    expect(spansCompanies([card('a1', 'a', 'asset'), card('s', 'b', 'synergy')])).toBe(false);
  });
});

describe('linkedSideLabel', () => {
  it('never calls an asset on the receiving side a gap or goal', () => {
    // Two companies' assets made into a point: the second company's asset receives.
    const sides = selectionSides([card('ours', 'a', 'asset'), card('theirs', 'b', 'asset')])!;
    expect(sides.to).toEqual(['theirs']);
    for (const locale of ['ja', 'en'] as const) {
      const receiving = translate(locale, linkedSideLabel('to', 'asset'));
      expect(receiving).not.toBe(translate(locale, 'synergy.linked.to'));
      expect(receiving).not.toBe(translate(locale, 'synergy.linked.from'));
    }
    expect(translate('ja', linkedSideLabel('to', 'asset'))).toBe('受け手側');
  });

  it('names what is offered, and a gap or goal the point answers', () => {
    expect(linkedSideLabel('from', 'asset')).toBe('synergy.linked.from');
    expect(linkedSideLabel('to', 'gap')).toBe('synergy.linked.to');
    expect(linkedSideLabel('to', 'goal')).toBe('synergy.linked.to');
    expect(translate('en', linkedSideLabel('to', null))).toBe('Receiving');
  });
});
