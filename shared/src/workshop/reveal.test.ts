import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Company } from '../companies.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import { addShape, addSticky } from '../model/commands/create.js';
import { CommandError } from '../model/commands/guards.js';
import { initContentDoc } from '../model/document.js';
import { readShapes, type Shape } from '../model/shape.js';
import { MAX_REVEAL, readDrafts, revealDrafts } from './reveal.js';

const o = 'server';
const acme = 'acme' as CompanyKey;
const companies: Company[] = [
  { key: acme, name: 'Acme', color: '#2f6fde' },
  { key: 'kumo' as CompanyKey, name: '雲産業', color: '#e0572b' },
];

function setup() {
  const content = new Y.Doc();
  initContentDoc(content, { title: 'Workshop', companies });
  const drafts = new Y.Doc();
  const draft = (id: string, fields: Partial<Parameters<typeof addSticky>[1]> = {}) =>
    addSticky(drafts, { id: id as ShapeId, x: 0, y: 0, ...fields }, o);
  const asset = draft('d-asset', { text: '工場の余剰能力', kind: 'asset', color: '#FFE066', w: 240, h: 180 });
  const gap = draft('d-gap', { text: 'No sales in Kansai', kind: 'gap' });
  const goal = draft('d-goal', { text: 'Carbon neutral by 2030', kind: 'goal' });
  const asset2 = draft('d-asset2', { text: 'Logistics network', kind: 'asset' });
  return { content, drafts, asset, gap, goal, asset2 };
}

const cards = (doc: Y.Doc) => readShapes(doc).shapes;
const byId = (doc: Y.Doc, id: ShapeId): Shape | undefined => cards(doc).find((s) => s.id === id);
const snapshot = (doc: Y.Doc) => Y.encodeStateVector(doc).toString();
const overlaps = (a: Shape, b: Shape) =>
  'w' in a && 'w' in b && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('revealing drafts', () => {
  it('keeps drafts without a company, with their kind', () => {
    const { drafts } = setup();
    const read = readDrafts(drafts);
    expect(read.map((d) => [d.id, d.kind, d.company])).toEqual([
      ['d-asset', 'asset', null],
      ['d-gap', 'gap', null],
      ['d-goal', 'goal', null],
      ['d-asset2', 'asset', null],
    ]);
  });

  it('leaves the blank lines and spaces around a draft behind, and the text inside as typed', () => {
    const { content, drafts } = setup();
    const typed = addSticky(
      drafts,
      { x: 0, y: 0, text: '\n 全国48拠点の物流倉庫ネットワーク\n  冷蔵 \u3000対応\n\n' },
      o,
    );
    revealDrafts(drafts, content, { company: acme, cards: [typed] }, o);
    expect(byId(content, typed)).toMatchObject({
      text: '全国48拠点の物流倉庫ネットワーク\n  冷蔵 \u3000対応',
    });
  });

  it("moves the chosen cards onto the board under the company's key, keeping kind, text, colour and size", () => {
    const { content, drafts, asset, gap } = setup();
    expect(revealDrafts(drafts, content, { company: acme, cards: [asset, gap] }, o)).toEqual([asset, gap]);
    expect(byId(content, asset)).toMatchObject({
      type: 'sticky',
      company: 'acme',
      kind: 'asset',
      text: '工場の余剰能力',
      color: '#ffe066',
      w: 240,
      h: 180,
    });
    expect(byId(content, gap)).toMatchObject({ company: 'acme', kind: 'gap', text: 'No sales in Kansai' });
  });

  it('removes the revealed cards from the drafts and leaves the others', () => {
    const { content, drafts, asset, gap, goal, asset2 } = setup();
    revealDrafts(drafts, content, { company: acme, cards: [gap] }, o);
    expect(readDrafts(drafts).map((d) => d.id)).toEqual([asset, goal, asset2]);
    expect(cards(content).map((s) => s.id)).toEqual([gap]);
  });

  it("reveals every draft with 'all'", () => {
    const { content, drafts, asset, gap, goal, asset2 } = setup();
    const revealed = revealDrafts(drafts, content, { company: acme, cards: 'all' }, o);
    expect(revealed.sort()).toEqual([asset, gap, goal, asset2].sort());
    expect(readDrafts(drafts)).toEqual([]);
    expect(
      cards(content)
        .map((s) => s.id)
        .sort(),
    ).toEqual([asset, gap, goal, asset2].sort());
    expect(cards(content).every((s) => s.type === 'sticky' && s.company === 'acme')).toBe(true);
  });

  it("does nothing when 'all' finds no drafts", () => {
    const { content } = setup();
    const empty = new Y.Doc();
    const before = snapshot(content);
    expect(revealDrafts(empty, content, { company: acme, cards: 'all' }, o)).toEqual([]);
    expect(snapshot(content)).toBe(before);
  });

  it('refuses an unknown id and changes neither document', () => {
    const { content, drafts, asset } = setup();
    const before = [snapshot(content), snapshot(drafts)];
    expect(() =>
      revealDrafts(drafts, content, { company: acme, cards: [asset, 'nope' as ShapeId] }, o),
    ).toThrow(CommandError);
    expect([snapshot(content), snapshot(drafts)]).toEqual(before);
    expect(readDrafts(drafts)).toHaveLength(4);
    expect(cards(content)).toEqual([]);
  });

  it('refuses a company that is not on the board and changes neither document', () => {
    const { content, drafts, asset } = setup();
    const before = [snapshot(content), snapshot(drafts)];
    expect(() => revealDrafts(drafts, content, { company: 'zeta' as CompanyKey, cards: [asset] }, o)).toThrow(
      CommandError,
    );
    expect([snapshot(content), snapshot(drafts)]).toEqual(before);
  });

  it(`refuses more than ${MAX_REVEAL} ids at once`, () => {
    const { content, drafts, asset } = setup();
    const ids = Array.from({ length: MAX_REVEAL + 1 }, () => asset);
    expect(() => revealDrafts(drafts, content, { company: acme, cards: ids }, o)).toThrow(CommandError);
    expect(readDrafts(drafts)).toHaveLength(4);
  });

  it('reveals a card named twice once', () => {
    const { content, drafts, asset } = setup();
    expect(revealDrafts(drafts, content, { company: acme, cards: [asset, asset] }, o)).toEqual([asset]);
    expect(cards(content)).toHaveLength(1);
  });

  it('only removes from the drafts a card that is already on the board', () => {
    const { content, drafts, asset, gap } = setup();
    addSticky(content, { id: asset, x: 5, y: 6, text: 'revealed earlier', company: acme, kind: 'asset' }, o);
    const before = byId(content, asset);
    expect(revealDrafts(drafts, content, { company: acme, cards: [asset, gap] }, o)).toEqual([asset, gap]);
    expect(byId(content, asset)).toEqual(before);
    expect(byId(content, gap)).toMatchObject({ company: 'acme' });
    expect(readDrafts(drafts).map((d) => d.id)).not.toContain(asset);
    expect(readDrafts(drafts).map((d) => d.id)).not.toContain(gap);
  });

  it('puts the cards to the right of what is on the board, none overlapping another', () => {
    const { content, drafts } = setup();
    addShape(content, { type: 'frame', x: -500, y: 300, w: 2000, h: 1000 }, o);
    addSticky(content, { x: 1800, y: 200, company: 'kumo' as CompanyKey }, o);
    const existing = cards(content);
    const right = Math.max(...existing.map((s) => ('w' in s ? s.x + s.w : -Infinity)));
    const revealed = revealDrafts(drafts, content, { company: acme, cards: 'all' }, o).map((id) =>
      byId(content, id)!,
    );
    expect(revealed).toHaveLength(4);
    for (const card of revealed) {
      expect(card.x).toBeGreaterThan(right);
      for (const old of existing) expect(overlaps(card, old)).toBe(false);
    }
    for (const [i, one] of revealed.entries())
      for (const other of revealed.slice(i + 1)) expect(overlaps(one, other)).toBe(false);
  });

  it('puts revealed cards on top of the board', () => {
    const { content, drafts, gap } = setup();
    addShape(content, { type: 'rect', x: 0, y: 0 }, o);
    revealDrafts(drafts, content, { company: acme, cards: [gap] }, o);
    expect(cards(content).at(-1)?.id).toBe(gap);
  });

  it('writes the board in one transaction with the caller origin', () => {
    const { content, drafts } = setup();
    const origins: unknown[] = [];
    content.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    revealDrafts(drafts, content, { company: acme, cards: 'all' }, o);
    expect(origins).toEqual([o]);
  });
});
