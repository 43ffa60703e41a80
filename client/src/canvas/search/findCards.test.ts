import { SYNERGY_DEFAULTS, type CompanyKey, type FrameShape, type Shape } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { box, connector } from '../testShapes';
import { excerptAround, findCards, NO_SEARCH_FILTER, type SearchHit } from './findCards';

const a = 'a' as CompanyKey;
const b = 'b' as CompanyKey;
const network = box('sticky', 600, 0, 200, 160, {
  id: 'network',
  text: '全国の物流ネットワーク',
  company: a,
  kind: 'asset',
});
const hiring = box('sticky', 0, 300, 200, 160, {
  id: 'hiring',
  text: 'デジタル人材が不足',
  company: b,
  kind: 'gap',
});
const trade: Shape = {
  ...(box('sticky', 0, 0, 200, 160, {
    id: 'trade',
    text: '大手小売300社との取引基盤',
    company: a,
    kind: 'asset',
  }) as Extract<Shape, { type: 'sticky' }>),
  tags: ['PoC候補', '優先'],
};
const label = box('text', 300, 600, 200, 40, { id: 'label', text: 'ネットワーク図' });
const plain = box('rect', 600, 600, 100, 100, { id: 'plain' });
const lane: FrameShape = {
  ...(box('frame', -100, -100, 1200, 700, { id: 'lane', text: 'A社の強み' }) as FrameShape),
  areaCompany: a,
};
const synergy: Shape = {
  ...(box('sticky', 300, 0, 200, 160, { id: 'synergy', text: '共同配送', kind: 'synergy' }) as Extract<
    Shape,
    { type: 'sticky' }
  >),
  synergy: {
    ...SYNERGY_DEFAULTS,
    owners: { [a]: '田中', [b]: 'Smith' },
    nextStep: 'PoCの範囲を決める',
    effort: 'low',
  },
};
const board: Shape[] = [network, hiring, trade, label, plain, lane, synergy, connector(trade, network)];

const ids = (hits: SearchHit[]) => hits.map((hit) => hit.shape.id);
const marks = (hit: SearchHit) => hit.excerpt.filter((part) => part.match).map((part) => part.text);

describe('board search', () => {
  it('finds every card holding all the words, kana and width aside, in reading order', () => {
    expect(ids(findCards(board, 'ねっとわーく', NO_SEARCH_FILTER))).toEqual(['network', 'label']);
    expect(ids(findCards(board, '取引　３００', NO_SEARCH_FILTER))).toEqual(['trade']);
    expect(ids(findCards(board, 'ﾈｯﾄﾜｰｸ 物流', NO_SEARCH_FILTER))).toEqual(['network']);
    expect(findCards(board, '物流 人材', NO_SEARCH_FILTER)).toEqual([]);
  });

  it('looks into a synergy card’s fields, and marks what matched', () => {
    const [hit] = findCards(board, 'smith poc', NO_SEARCH_FILTER);
    expect(hit?.shape.id).toBe('synergy');
    expect(marks(hit!)).toEqual(['Smith', 'PoC']);
    // An effort picked from the list is a level, not words of the card: neither found nor shown.
    expect(findCards(board, 'low', NO_SEARCH_FILTER)).toEqual([]);
    expect(hit!.excerpt.map((part) => part.text).join('')).not.toContain('low');
  });

  it('narrows by company and kind, and lists them without a query', () => {
    expect(ids(findCards(board, '', { ...NO_SEARCH_FILTER, company: a }))).toEqual([
      'trade',
      'network',
      'lane',
    ]);
    expect(ids(findCards(board, '', { ...NO_SEARCH_FILTER, kind: 'gap' }))).toEqual(['hiring']);
    expect(ids(findCards(board, '', { ...NO_SEARCH_FILTER, company: 'none' }))).toEqual(['synergy']);
    expect(ids(findCards(board, '', { ...NO_SEARCH_FILTER, kind: 'frame' }))).toEqual(['lane']);
    expect(ids(findCards(board, 'ネットワーク', { ...NO_SEARCH_FILTER, company: a, kind: 'asset' }))).toEqual(
      ['network'],
    );
    expect(findCards(board, '   ', NO_SEARCH_FILTER)).toEqual([]);
  });

  it('finds cards by their tags, and narrows by one tag', () => {
    const [hit] = findCards(board, 'ｐｏｃ', NO_SEARCH_FILTER);
    expect(hit?.shape.id).toBe('trade');
    expect(marks(hit!)).toEqual(['PoC']);
    expect(ids(findCards(board, '', { ...NO_SEARCH_FILTER, tag: '優先' }))).toEqual(['trade']);
    expect(ids(findCards(board, '取引', { ...NO_SEARCH_FILTER, tag: 'PoC' }))).toEqual([]);
    expect(ids(findCards(board, '', { ...NO_SEARCH_FILTER, tag: 'PoC候補', company: b }))).toEqual([]);
  });

  it('finds a card by what people wrote in its comments', () => {
    const discussion = (id: string) => (id === 'hiring' ? '青井: 新卒採用のイベントを一緒に' : '');
    const [hit] = findCards(board, 'イベント', NO_SEARCH_FILTER, discussion);
    expect(hit?.shape.id).toBe('hiring');
    expect(marks(hit!)).toEqual(['イベント']);
    expect(findCards(board, 'イベント', NO_SEARCH_FILTER)).toEqual([]);
  });

  it('cuts a long text to the part around the first match', () => {
    const text = `${'前置き'.repeat(30)}核心の一文${'後書き'.repeat(30)}`;
    const start = text.indexOf('核心');
    const parts = excerptAround(text, [[start, start + 2]], 6);
    expect(parts.map((part) => part.text).join('')).toBe('…前置き前置き核心の一文後書き後書き後書き…');
    expect(parts.find((part) => part.match)?.text).toBe('核心');
  });
});
