import { describe, expect, it } from 'vitest';
import type { Scene, Shape } from '@kyoso/shared';
import {
  cutsAlong,
  linkedCards,
  MIN_MAP_SCALE,
  outsideFrames,
  tilesOf,
  withCards,
  withLinkedCards,
} from './pdf-handout.js';

const scene = (w: number, h: number): Scene =>
  ({ title: 't', frameTitle: null, bounds: { x: -100, y: 50, w, h }, items: [] }) as unknown as Scene;
const page = { w: 786, h: 480 };

describe('the handout’s map tiles', () => {
  it('keeps a scene that is legible on one page whole', () => {
    const small = scene(1500, 900);
    expect(tilesOf(small, page)).toEqual([small]);
  });

  it('cuts a large scene into a grid of tiles, each drawn at the legible scale or more, covering it all', () => {
    const large = scene(6000, 2500);
    const tiles = tilesOf(large, page);
    expect(tiles.length).toBeGreaterThan(1);
    let area = 0;
    for (const { bounds } of tiles) {
      expect(Math.min(page.w / bounds.w, page.h / bounds.h)).toBeGreaterThanOrEqual(MIN_MAP_SCALE);
      expect(bounds.x).toBeGreaterThanOrEqual(-100);
      expect(bounds.x + bounds.w).toBeLessThanOrEqual(-100 + 6000 + 1e-6);
      area += bounds.w * bounds.h;
    }
    expect(area).toBeCloseTo(6000 * 2500, 3);
  });
});

describe('where the handout cuts a map', () => {
  const pieces = (edges: number[]) => edges.slice(1).map((edge, i) => edge - edges[i]!);
  const across = (edges: number[], spans: [number, number][]) =>
    spans.filter(([a, b]) => edges.some((edge) => a < edge && b > edge));

  it('cuts between rows of cards, into even pieces no longer than a page holds', () => {
    // Rows of 200-unit cards every 220 units, from 0 to 2200: an even split at 1100 would halve a row.
    const rows: [number, number][] = Array.from({ length: 10 }, (_, i) => [i * 220, i * 220 + 200]);
    const edges = cutsAlong(0, 2200, 1200, rows);
    expect(edges[0]).toBe(0);
    expect(edges.at(-1)).toBe(2200);
    expect(across(edges, rows)).toEqual([]);
    for (const piece of pieces(edges)) expect(piece).toBeLessThanOrEqual(1200);
    expect(edges).toHaveLength(3);
  });

  it('cuts where the even split falls when no gap is near (one card longer than a page)', () => {
    expect(cutsAlong(0, 2000, 1200, [[100, 1900]])).toEqual([0, 1000, 2000]);
  });

  it('steps over cards, not over a shape longer than a page (a big rectangle behind them)', () => {
    const rows: [number, number][] = Array.from({ length: 10 }, (_, i) => [i * 220, i * 220 + 200]);
    const edges = cutsAlong(0, 2200, 1200, [[-50, 2250], ...rows]);
    expect(across(edges, rows)).toEqual([]);
  });

  it('never loops on a page that holds nothing', () => {
    expect(cutsAlong(0, 100, 0, [[10, 20]])).toEqual([0, 100]);
  });

  it('leaves a map that fits alone', () => {
    expect(cutsAlong(0, 900, 1200, [[850, 950]])).toEqual([0, 900]);
  });

  it('prints each card of a large board whole on one page', () => {
    const cards = Array.from({ length: 60 }, (_, i) => ({
      id: `c${i}`,
      type: 'sticky',
      x: -80 + (i % 10) * 610,
      y: 70 + Math.floor(i / 10) * 410,
      w: 200,
      h: 200,
    })) as unknown as Shape[];
    const tiles = tilesOf(scene(6000, 2500), page, cards);
    expect(tiles.length).toBeGreaterThan(1);
    for (const card of cards as unknown as { x: number; y: number; w: number; h: number }[]) {
      const holding = tiles.filter(
        ({ bounds: b }) =>
          card.x >= b.x && card.x + card.w <= b.x + b.w && card.y >= b.y && card.y + card.h <= b.y + b.h,
      );
      expect(holding.length, JSON.stringify(card)).toBe(1);
    }
    for (const { bounds } of tiles)
      expect(Math.min(page.w / bounds.w, page.h / bounds.h)).toBeGreaterThanOrEqual(MIN_MAP_SCALE);
  });
});

describe('the handout’s map pages', () => {
  const at = (x: number): Scene => ({ ...scene(500, 500), bounds: { x, y: 0, w: 500, h: 500 } });
  const card = (x: number) =>
    ({ id: `c${x}`, type: 'sticky', x, y: 100, w: 200, h: 160 }) as unknown as Shape;
  const frame = { id: 'f', type: 'frame', x: 0, y: 0, w: 2000, h: 500 } as unknown as Shape;

  it('leave out a tile with no card on it (empty template areas)', () => {
    const tiles = [at(0), at(500), at(1000), at(1500)];
    expect(withCards(tiles, [frame, card(100), card(1100)]).map((t) => t.bounds.x)).toEqual([0, 1000]);
  });

  it('keep every tile of a map that has no card at all, and a lone tile', () => {
    const tiles = [at(0), at(500)];
    expect(withCards(tiles, [frame])).toEqual(tiles);
    expect(withCards([at(0)], [frame])).toEqual([at(0)]);
  });
});

describe('what the handout’s map shows beside the frames', () => {
  const box = (id: string, type: string, x: number, y: number, w = 200, h = 160) =>
    ({ id, type, x, y, w, h, text: id }) as unknown as Shape;
  const link = (id: string, from: string, to: string) =>
    ({ id, type: 'connector', x: 0, y: 0, from, to, text: '' }) as unknown as Shape;

  it('is the cards no top-level frame holds', () => {
    const shapes = [
      box('sheet', 'frame', 0, 0, 1000, 800),
      box('inside', 'sticky', 100, 100),
      box('point', 'sticky', 1200, 300),
      box('note', 'text', -400, 0),
      link('in-out', 'inside', 'point'),
      link('out-out', 'point', 'note'),
    ];
    expect(outsideFrames(shapes).map((shape) => shape.id)).toEqual(['point', 'note']);
  });

  it('takes along the cards the outside ones link, so a synergy point is shown with its cards', () => {
    const shapes = [
      box('sheet', 'frame', 0, 0, 1000, 800),
      box('asset', 'sticky', 100, 100),
      box('gap', 'sticky', 600, 500),
      box('other', 'sticky', 400, 300),
      box('point', 'sticky', -400, 300),
      link('a-p', 'asset', 'point'),
      link('p-g', 'point', 'gap'),
      link('a-o', 'asset', 'other'),
    ];
    const shown = withLinkedCards(outsideFrames(shapes), shapes).map((shape) => shape.id);
    expect(shown.sort()).toEqual(['asset', 'gap', 'point']);
  });

  it('is nothing on a board without frames (its one page is the whole board)', () => {
    expect(outsideFrames([box('a', 'sticky', 0, 0)])).toEqual([]);
  });
});

describe('the action list’s linked cards', () => {
  it('names each card by its start and at most four per company, counting the rest (a row must fit a page)', () => {
    const long = '全国47都道府県をカバーする物流拠点網と3万社の顧客基盤を持つ';
    expect(linkedCards([long, '販路'], '、')).toBe('全国47都道府県をカバーする物流拠点網と…、販路');
    expect(linkedCards(['a', 'b', 'c', 'd', 'e', 'f'], '; ')).toBe('a; b; c; d +2');
  });
});
