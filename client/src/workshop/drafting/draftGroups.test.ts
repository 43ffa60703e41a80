import type { ShapeId, StickyShape } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { box } from '../../canvas/testShapes';
import { countByKind, groupDrafts, keepPresent, selectedCards } from './draftGroups';

const card = (id: string, kind: string | null) => box('sticky', 0, 0, 200, 160, { id, kind }) as StickyShape;
const ids = (cards: readonly StickyShape[]) => cards.map((c) => c.id);

describe('grouping drafts by kind', () => {
  it('always has the five profile sections, in order, each in stored order', () => {
    const groups = groupDrafts([card('g1', 'gap'), card('a1', 'asset'), card('g2', 'gap')]);
    expect(groups.map((g) => g.key)).toEqual(['asset', 'gap', 'goal', 'value', 'idea']);
    expect(ids(groups[0]!.cards)).toEqual(['a1']);
    expect(ids(groups[1]!.cards)).toEqual(['g1', 'g2']);
    expect(groups[2]!.cards).toEqual([]);
  });

  it('puts other kinds and cards without a kind in an "other" section, only when there are some', () => {
    expect(groupDrafts([]).some((g) => g.key === 'other')).toBe(false);
    const groups = groupDrafts([card('s', 'synergy'), card('n', null), card('i', 'idea')]);
    expect(groups.at(-1)).toMatchObject({ key: 'other' });
    expect(ids(groups.at(-1)!.cards)).toEqual(['s', 'n']);
    expect(ids(groups.find((g) => g.key === 'idea')!.cards)).toEqual(['i']);
  });
});

describe('counting cards by kind', () => {
  it('lists kinds in their usual order with no kind last, leaving out absent kinds', () => {
    const counts = countByKind([card('1', 'idea'), card('2', null), card('3', 'asset'), card('4', 'idea')]);
    expect(counts).toEqual([
      { kind: 'asset', count: 1 },
      { kind: 'idea', count: 2 },
      { kind: null, count: 1 },
    ]);
  });
});

describe('the checkbox selection', () => {
  const cards = [card('a', 'asset'), card('b', 'gap')];
  it('keeps its identity while every selected card is still there', () => {
    const selected = new Set(['a'] as ShapeId[]);
    expect(keepPresent(selected, cards)).toBe(selected);
  });

  it('drops cards a teammate revealed or deleted', () => {
    const kept = keepPresent(new Set(['a', 'gone'] as ShapeId[]), cards);
    expect([...kept]).toEqual(['a']);
  });

  it('names the selected cards in stored order', () => {
    expect(ids(selectedCards(cards, new Set(['b', 'a'] as ShapeId[])))).toEqual(['a', 'b']);
  });
});
