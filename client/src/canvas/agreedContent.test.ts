import { describe, expect, it } from 'vitest';
import { addSticky, createSynergy, readShapes, type CompanyKey, type ShapeId } from '@kyoso/shared';
import { createFixtureBoard } from '@kyoso/shared/testing';
import { agreedContentOf } from './agreedContent';

function board() {
  const doc = createFixtureBoard();
  const a = 'acme' as CompanyKey;
  const asset = addSticky(doc, { x: 0, y: 0, text: '物流網', company: a, kind: 'asset' }, 's');
  const gap = addSticky(doc, { x: 300, y: 0, text: '配送', company: 'kumo' as CompanyKey, kind: 'gap' }, 's');
  const other = addSticky(doc, { x: 600, y: 0, text: '別のカード', company: a, kind: 'asset' }, 's');
  const point = createSynergy(doc, { title: '共同配送', from: [asset], to: [gap] }, 's');
  return { shapes: readShapes(doc).shapes, asset, gap, other, point };
}

describe('agreedContentOf', () => {
  it('names the agreed synergy points a linked card belongs to, and the card’s own agreement', () => {
    const { shapes, asset, gap, other, point } = board();
    const agreed = new Set<ShapeId>([point]);
    const has = (id: ShapeId) => agreed.has(id);
    expect(agreedContentOf(shapes, asset, has)).toEqual([point]);
    expect(agreedContentOf(shapes, gap, has)).toEqual([point]);
    expect(agreedContentOf(shapes, point, has)).toEqual([point]);
    expect(agreedContentOf(shapes, other, has)).toEqual([]);
    agreed.add(other);
    expect(agreedContentOf(shapes, other, has)).toEqual([other]);
  });

  it('finds nothing while no agreement is recorded', () => {
    const { shapes, asset, point } = board();
    expect(agreedContentOf(shapes, asset, () => false)).toEqual([]);
    expect(agreedContentOf(shapes, point, () => false)).toEqual([]);
  });
});
