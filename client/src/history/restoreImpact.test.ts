import type { AgreementMark, Agreements, CompanyKey, ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { box, connector } from '../canvas/testShapes';
import { restoreImpact } from './restoreImpact';

const card = box('sticky', 0, 0, 200, 160, { id: 'c1', text: '全国の物流網' });
const gap = box('sticky', 300, 0, 200, 160, { id: 'c2', text: '地方の販路' });
const point = {
  ...box('sticky', 150, 300, 200, 160, { id: 'p1', text: '共同配送' }),
  kind: 'synergy' as const,
};
const link = connector(card, point, { id: 'l1' });
const agreedTo = (id: string): Agreements =>
  new Map([[id as ShapeId, new Map([['a' as CompanyKey, {} as AgreementMark]])]]);

describe('restoreImpact', () => {
  it('counts the cards and shapes a restore removes, changes and brings back, lines left out', () => {
    const now = [card, point, link];
    const version = [{ ...card, x: 40 }, gap];
    expect(restoreImpact(now, version, new Map())).toEqual({ removed: 1, changed: 1, added: 1, agreed: [] });
    expect(restoreImpact(now, now, new Map())).toEqual({ removed: 0, changed: 0, added: 0, agreed: [] });
  });

  it('names the synergy points with agreements that it removes or changes, and no others', () => {
    const now = [card, point];
    expect(restoreImpact(now, [card], agreedTo('p1')).agreed).toEqual(['共同配送']);
    expect(restoreImpact(now, [card, { ...point, text: '共同配送（改）' }], agreedTo('p1')).agreed).toEqual([
      '共同配送',
    ]);
    expect(restoreImpact(now, [card, point], agreedTo('p1')).agreed).toEqual([]);
    expect(restoreImpact(now, [card], new Map()).agreed).toEqual([]);
  });
});
