import { describe, expect, it } from 'vitest';
import type { CompanyKey, ShapeId } from '../ids.js';
import { applyTemplate } from '../model/commands/template.js';
import { readShapes, type Shape } from '../model/shape.js';
import type { FrameShape } from '../model/shapes/frame.js';
import type { CardKind } from '../model/shapes/fields.js';
import type { StickyShape } from '../model/shapes/sticky.js';
import { areaAt } from '../templates/areas.js';
import { boardWith } from '../templates/testBoards.js';
import { layoutReveal, type Placement } from './reveal-layout.js';

const a = 'a' as CompanyKey;
const b = 'b' as CompanyKey;

let next = 0;
const card = (kind: CardKind | null, fields: Partial<StickyShape> = {}): StickyShape => ({
  id: `c${next++}` as ShapeId,
  type: 'sticky',
  x: 0,
  y: 0,
  w: 200,
  h: 160,
  index: 'a0',
  color: null,
  text: '',
  company: null,
  kind,
  ...fields,
});

type Box = { x: number; y: number; w: number; h: number };
const overlaps = (p: Box, q: Box) => p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
const within = (p: Box, q: Box) =>
  p.x >= q.x && p.y >= q.y && p.x + p.w <= q.x + q.w && p.y + p.h <= q.y + q.h;

/** No two placed cards overlap, nor a placed card and a card or shape already on the board. */
function expectNoOverlaps(placed: Map<ShapeId, Placement>, board: readonly Shape[]) {
  const boxes = [...placed.values()];
  boxes.forEach((box, i) => {
    for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
    for (const shape of board)
      if (shape.type !== 'frame' && 'w' in shape) expect(overlaps(box, shape)).toBe(false);
  });
}

function profileBoard(template: 'company-profile' | 'synergy-map' = 'company-profile', companies = 2) {
  const doc = boardWith(companies);
  applyTemplate(doc, { template, locale: 'ja', at: { x: 0, y: 0 } }, 'test');
  const shapes = readShapes(doc).shapes;
  const frames = shapes.filter((shape): shape is FrameShape => shape.type === 'frame');
  const area = (company: CompanyKey, kind: CardKind) =>
    frames.find((frame) => frame.areaCompany === company && frame.areaKind === kind)!;
  return { shapes, frames, area };
}

describe('where revealed drafts land', () => {
  it('puts each card into its company’s area of its kind, without overlaps', () => {
    const { shapes, area } = profileBoard();
    const kinds: CardKind[] = ['asset', 'asset', 'asset', 'gap', 'gap', 'goal', 'value', 'note'];
    const cards = kinds.map((kind) => card(kind));
    const placed = layoutReveal(cards, shapes, b);
    expect(placed.size).toBe(cards.length);
    for (const c of cards) {
      const box = placed.get(c.id)!;
      expect(within(box, area(b, c.kind!))).toBe(true);
      // The card reads as its area's: its centre is in no smaller area of another kind.
      expect(areaAt(shapes, { x: box.x + box.w / 2, y: box.y + box.h / 2 })).toBe(area(b, c.kind!));
    }
    expectNoOverlaps(placed, shapes);
  });

  it('holds a workshop’s worth of one company’s cards in each area of the synergy map', () => {
    const { shapes, area } = profileBoard('synergy-map', 3);
    const kinds: CardKind[] = [
      ...Array<CardKind>(8).fill('asset'),
      ...Array<CardKind>(6).fill('gap'),
      'goal',
    ];
    const cards = kinds.map((kind) => card(kind));
    const placed = layoutReveal(cards, shapes, b);
    for (const c of cards) expect(within(placed.get(c.id)!, area(b, c.kind!))).toBe(true);
    expectNoOverlaps(placed, shapes);
  });

  it('goes round cards already in the area', () => {
    const { shapes, area } = profileBoard();
    const assets = area(a, 'asset');
    const there = card('asset', { x: assets.x + 20, y: assets.y + 20, company: a });
    const board = [...shapes, there];
    const placed = layoutReveal([card('asset'), card('asset')], board, a);
    for (const box of placed.values()) expect(within(box, assets)).toBe(true);
    expectNoOverlaps(placed, board);
  });

  it('shrinks the cards a little when the area would not hold them all, and puts what never fits beside', () => {
    const { shapes, area, frames } = profileBoard();
    const gaps = area(a, 'gap');
    const six = Array.from({ length: 6 }, () => card('gap'));
    const placed = layoutReveal(six, shapes, a);
    for (const c of six) {
      const box = placed.get(c.id)!;
      expect(within(box, gaps)).toBe(true);
      expect(box.w).toBeLessThan(200);
      expect(box.w).toBeGreaterThanOrEqual(120);
      expect(box.h / box.w).toBeCloseTo(160 / 200, 1);
    }
    expectNoOverlaps(placed, shapes);

    const many = Array.from({ length: 30 }, () => card('gap'));
    const crowded = layoutReveal(many, shapes, a);
    expect(crowded.size).toBe(30);
    const outside = [...crowded.values()].filter((box) => !within(box, gaps));
    expect(outside.length).toBeGreaterThan(0);
    // Those never land in another area, where they would read as another kind.
    for (const box of outside)
      for (const frame of frames) expect(overlaps(box, frame) && frame !== gaps).toBe(false);
    expectNoOverlaps(crowded, shapes);
  });

  it('puts cards without a kind, or on a board without areas, beside the company’s cards', () => {
    const mine = card('asset', { x: 1000, y: 500, company: a });
    const theirs = card('asset', { x: 1220, y: 500, company: b });
    const board = [mine, theirs];
    const placed = layoutReveal([card(null), card('gap')], board, a);
    for (const box of placed.values()) {
      expect(box.x).toBeGreaterThanOrEqual(mine.x + mine.w);
      expect(box.y).toBeGreaterThanOrEqual(mine.y);
    }
    expectNoOverlaps(placed, board);
  });

  it('starts right of the board, lined up with its top, when the company has no cards yet', () => {
    const old = card('goal', { x: 50, y: -40, w: 300, h: 100, company: b });
    const placed = layoutReveal([card('asset'), card('gap')], [old], a);
    const boxes = [...placed.values()];
    expect(Math.min(...boxes.map((box) => box.y))).toBe(-40);
    for (const box of boxes) expect(box.x).toBeGreaterThan(350);
    expect(
      layoutReveal([card('asset')], [], a)
        .values()
        .next().value,
    ).toMatchObject({ x: 0, y: 0 });
  });

  it('places the same cards in the same places on the same board', () => {
    const { shapes } = profileBoard();
    const cards = [card('asset'), card('gap'), card(null), card('value')];
    expect([...layoutReveal(cards, shapes, a)]).toEqual([...layoutReveal(cards, shapes, a)]);
  });
});
