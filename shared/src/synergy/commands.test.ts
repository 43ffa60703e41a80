import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../ids.js';
import { moveShapes } from '../model/commands/arrange.js';
import { addSticky, duplicateShapes } from '../model/commands/create.js';
import { CommandError } from '../model/commands/guards.js';
import { createFixtureBoard } from '../model/fixtures.js';
import { shapesMap } from '../model/roots.js';
import { readShapes, type Shape } from '../model/shape.js';
import type { StickyShape } from '../model/shapes/sticky.js';
import { createSynergy, linkToSynergy, unlinkFromSynergy, updateSynergy } from './commands.js';

const origin = 'local';
const acme = 'acme' as CompanyKey;
const kumo = 'kumo' as CompanyKey;
const byId = (doc: Y.Doc, id: ShapeId): Shape | undefined =>
  readShapes(doc).shapes.find((shape) => shape.id === id);
const sticky = (doc: Y.Doc, id: ShapeId): StickyShape => byId(doc, id) as StickyShape;
const linksOf = (doc: Y.Doc, id: ShapeId): { from: ShapeId; to: ShapeId }[] =>
  readShapes(doc)
    .shapes.filter((shape) => shape.type === 'connector' && (shape.from === id || shape.to === id))
    .map((shape) => (shape.type === 'connector' ? { from: shape.from, to: shape.to } : never()));
const never = (): never => {
  throw new Error('unreachable');
};

function board(): { doc: Y.Doc; asset: ShapeId; gap: ShapeId; goal: ShapeId } {
  const doc = createFixtureBoard();
  const asset = addSticky(doc, { x: 0, y: 0, text: '物流網', company: acme, kind: 'asset' }, origin);
  const gap = addSticky(doc, { x: 800, y: 0, text: '販路不足', company: kumo, kind: 'gap' }, origin);
  const goal = addSticky(doc, { x: 800, y: 400, text: '関西進出', company: kumo, kind: 'goal' }, origin);
  return { doc, asset, gap, goal };
}

describe('createSynergy', () => {
  it('creates a synergy card between its cards, linked by connectors, in one transaction', () => {
    const { doc, asset, gap } = board();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const id = createSynergy(
      doc,
      { title: '共同配送', from: [asset], to: [gap], type: 'sharedChannel' },
      origin,
    );
    expect(transactions).toBe(1);
    const card = sticky(doc, id);
    expect(card).toMatchObject({ text: '共同配送', kind: 'synergy', company: null, x: 400, y: 0 });
    expect(card.synergy).toMatchObject({ synergyType: 'sharedChannel', status: 'idea', owners: {} });
    expect(linksOf(doc, id)).toEqual([
      { from: asset, to: id },
      { from: id, to: gap },
    ]);
    expect(readShapes(doc).problems).toEqual([]);
  });

  it('a point made without a type has none: not set until someone picks one', () => {
    const { doc, asset, gap } = board();
    const id = createSynergy(doc, { title: '共同配送', from: [asset], to: [gap] }, origin);
    expect(sticky(doc, id).synergy?.synergyType).toBeNull();
    expect((shapesMap(doc).get(id) as Y.Map<unknown>).has('synergyType')).toBe(false);
    const cleared = createSynergy(doc, { title: 'B', from: [asset], to: [gap], type: null }, origin);
    expect(sticky(doc, cleared).synergy?.synergyType).toBeNull();
    expect(readShapes(doc).repairs).toEqual([]);
  });

  it('places the card where it is told to', () => {
    const { doc, asset, gap } = board();
    const placed = createSynergy(doc, { title: 'C', from: [asset], to: [gap], at: { x: -50, y: 7 } }, origin);
    expect(sticky(doc, placed)).toMatchObject({ x: -50, y: 7 });
  });

  it('a linked card moves and the connector still joins it', () => {
    const { doc, asset, gap } = board();
    const id = createSynergy(doc, { title: 'X', from: [asset], to: [gap] }, origin);
    moveShapes(doc, { ids: [gap], dx: 300, dy: 200 }, origin);
    expect(linksOf(doc, id)).toEqual([
      { from: asset, to: id },
      { from: id, to: gap },
    ]);
    expect(sticky(doc, gap)).toMatchObject({ x: 1100, y: 200 });
  });

  it.each<[string, (ids: ReturnType<typeof board>) => unknown]>([
    [
      'an unknown card',
      ({ doc, asset }) => createSynergy(doc, { title: 'x', from: [asset], to: ['ghost' as ShapeId] }, origin),
    ],
    [
      'a card on both sides',
      ({ doc, asset }) => createSynergy(doc, { title: 'x', from: [asset], to: [asset] }, origin),
    ],
    [
      'a bad type',
      ({ doc, asset }) =>
        createSynergy(doc, { title: 'x', from: [asset], to: [], type: 'merger' as never }, origin),
    ],
    [
      'a non-string title',
      ({ doc, asset }) => createSynergy(doc, { title: 5 as never, from: [asset], to: [] }, origin),
    ],
    [
      'a bad position',
      ({ doc, asset }) =>
        createSynergy(doc, { title: 'x', from: [asset], to: [], at: { x: NaN, y: 0 } }, origin),
    ],
  ])('refuses %s and writes nothing', (_name, run) => {
    const ids = board();
    const before = shapesMap(ids.doc).size;
    expect(() => run(ids)).toThrow(CommandError);
    expect(shapesMap(ids.doc).size).toBe(before);
  });
});

describe('updateSynergy', () => {
  it('edits fields, merges owners per company and refuses setting agreed', () => {
    const { doc, asset, gap } = board();
    const id = createSynergy(doc, { title: 'X', from: [asset], to: [gap] }, origin);
    updateSynergy(
      doc,
      {
        id,
        title: '共同配送センター',
        synergyType: 'custom',
        synergyTypeLabel: '合弁',
        expectedValue: '年1億円',
        effort: 'medium',
        owners: { acme: '佐藤' },
        nextStep: 'PoC計画',
        due: '2026-12-01',
        status: 'candidate',
      },
      origin,
    );
    updateSynergy(doc, { id, owners: { kumo: 'Lee' } }, origin);
    const card = sticky(doc, id);
    expect(card.text).toBe('共同配送センター');
    expect(card.synergy).toEqual({
      synergyType: 'custom',
      synergyTypeLabel: '合弁',
      expectedValue: '年1億円',
      effort: 'medium',
      owners: { acme: '佐藤', kumo: 'Lee' },
      nextStep: 'PoC計画',
      due: '2026-12-01',
      status: 'candidate',
    });
    updateSynergy(doc, { id, owners: { acme: '' }, due: null, nextStep: '' }, origin);
    expect(sticky(doc, id).synergy).toMatchObject({ owners: { kumo: 'Lee' }, due: null, nextStep: '' });
    expect(() => updateSynergy(doc, { id, status: 'agreed' as never }, origin)).toThrow(/agreed/);
    expect(() => updateSynergy(doc, { id, due: '2026-02-30' }, origin)).toThrow(CommandError);
    expect(() => updateSynergy(doc, { id, owners: { zeta: 'x' } }, origin)).toThrow(CommandError);
    expect(() => updateSynergy(doc, { id: asset, status: 'idea' }, origin)).toThrow(/not a synergy/);
    expect(() => updateSynergy(doc, { id, effort: 'x'.repeat(501) }, origin)).toThrow(CommandError);
  });

  it('sets a type and clears it back to not set', () => {
    const { doc, asset, gap } = board();
    const id = createSynergy(doc, { title: 'X', from: [asset], to: [gap] }, origin);
    const stored = shapesMap(doc).get(id) as Y.Map<unknown>;
    updateSynergy(doc, { id, synergyType: 'coDevelopment' }, origin);
    expect(sticky(doc, id).synergy?.synergyType).toBe('coDevelopment');
    updateSynergy(doc, { id, nextStep: '試作' }, origin);
    expect(sticky(doc, id).synergy?.synergyType).toBe('coDevelopment');
    updateSynergy(doc, { id, synergyType: null }, origin);
    expect(sticky(doc, id).synergy?.synergyType).toBeNull();
    expect(stored.has('synergyType')).toBe(false);
    expect(() => updateSynergy(doc, { id, synergyType: 'merger' as never }, origin)).toThrow(CommandError);
    expect(readShapes(doc).repairs).toEqual([]);
  });

  it('keeps both owners when two companies name theirs at the same moment', () => {
    const { doc, asset, gap } = board();
    const id = createSynergy(doc, { title: 'X', from: [asset], to: [gap] }, origin);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    updateSynergy(doc, { id, owners: { acme: '佐藤' } }, origin);
    updateSynergy(other, { id, owners: { kumo: 'Lee' } }, origin);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(sticky(doc, id).synergy?.owners).toEqual({ acme: '佐藤', kumo: 'Lee' });
  });

  it('ignores stray keys and keeps synergy fields on a copy', () => {
    const { doc, asset, gap } = board();
    const id = createSynergy(doc, { title: 'X', from: [asset], to: [gap] }, origin);
    updateSynergy(doc, { id, owners: { acme: '佐藤' }, x: 99 } as never, origin);
    expect(sticky(doc, id).x).not.toBe(99);
    const [copy] = duplicateShapes(doc, { ids: [id] }, origin);
    expect(sticky(doc, copy!).synergy?.owners).toEqual({ acme: '佐藤' });
  });
});

describe('linking', () => {
  it('links new cards on the side their kind says, skips linked ones, and unlinks', () => {
    const { doc, asset, gap, goal } = board();
    const id = createSynergy(doc, { title: 'X', from: [asset], to: [] }, origin);
    const made = linkToSynergy(doc, { id, cards: [asset, goal] }, origin);
    expect(made).toHaveLength(1);
    linkToSynergy(doc, { id, cards: [gap], side: 'from' }, origin);
    expect(linksOf(doc, id)).toEqual(
      expect.arrayContaining([
        { from: asset, to: id },
        { from: id, to: goal },
        { from: gap, to: id },
      ]),
    );
    expect(unlinkFromSynergy(doc, { id, cards: [gap, goal] }, origin)).toHaveLength(2);
    expect(linksOf(doc, id)).toEqual([{ from: asset, to: id }]);
    expect(() => linkToSynergy(doc, { id, cards: [id] }, origin)).toThrow(CommandError);
  });
});

describe('reading synergy fields', () => {
  it('reads a synergy card with no synergy fields with the defaults: no type', () => {
    const doc = createFixtureBoard();
    const id = addSticky(doc, { x: 0, y: 0, kind: 'synergy' }, origin);
    const plain = addSticky(doc, { x: 0, y: 0, kind: 'asset' }, origin);
    expect(sticky(doc, id).synergy).toEqual({
      synergyType: null,
      synergyTypeLabel: '',
      expectedValue: '',
      effort: '',
      owners: {},
      nextStep: '',
      due: null,
      status: 'idea',
    });
    expect(sticky(doc, plain)).not.toHaveProperty('synergy');
  });

  it('falls back to defaults on bad values instead of hiding the card', () => {
    const { doc, asset } = board();
    const id = createSynergy(doc, { title: 'X', from: [asset], to: [] }, origin);
    const map = shapesMap(doc).get(id) as Y.Map<unknown>;
    doc.transact(() => {
      map.set('synergyType', 'merger');
      map.set('status', 'agreed');
      map.set('due', 'tomorrow');
      map.set('owners', ['x']);
      map.set('effort', 42);
    });
    expect(sticky(doc, id).synergy).toMatchObject({
      synergyType: null,
      status: 'idea',
      due: null,
      owners: {},
      effort: '',
    });
    expect(readShapes(doc).problems).toEqual([]);
    // A type that is no type is a repair (the server refuses writing one); not set is not.
    expect(readShapes(doc).repairs.map((repair) => repair.reason)).toContain(
      'synergyType: not a valid value',
    );
  });

  it('reads a type stored as null as not set, cleanly', () => {
    const { doc, asset } = board();
    const id = createSynergy(doc, { title: 'X', from: [asset], to: [], type: 'scale' }, origin);
    (shapesMap(doc).get(id) as Y.Map<unknown>).set('synergyType', null);
    expect(sticky(doc, id).synergy?.synergyType).toBeNull();
    expect(readShapes(doc).repairs).toEqual([]);
  });
});
