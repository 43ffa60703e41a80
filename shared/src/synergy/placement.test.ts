import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { contains, overlaps } from '../geometry/free-space.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import { addSticky } from '../model/commands/create.js';
import { applyTemplate } from '../model/commands/template.js';
import { createFixtureBoard } from '../model/fixtures.js';
import { readShapes } from '../model/shape.js';
import type { FrameShape } from '../model/shapes/frame.js';
import type { StickyShape } from '../model/shapes/sticky.js';
import { isArea } from '../templates/areas.js';
import { boardWith } from '../templates/testBoards.js';
import { createSynergy } from './commands.js';

const origin = 'local';
const a = 'a' as CompanyKey;
const b = 'b' as CompanyKey;

const shapes = (doc: Y.Doc) => readShapes(doc).shapes;
const card = (doc: Y.Doc, id: ShapeId) => shapes(doc).find((shape) => shape.id === id) as StickyShape;
const boxes = (doc: Y.Doc) => shapes(doc).filter((shape): shape is StickyShape => shape.type === 'sticky');
const areas = (doc: Y.Doc) => shapes(doc).filter((s): s is FrameShape => s.type === 'frame' && isArea(s));
const centre = (s: StickyShape) => ({ x: s.x + s.w / 2, y: s.y + s.h / 2 });
const distance = (p: StickyShape, q: StickyShape) =>
  Math.hypot(centre(p).x - centre(q).x, centre(p).y - centre(q).y);

/** No card overlaps another. */
function expectApart(doc: Y.Doc) {
  const cards = boxes(doc);
  cards.forEach((one, i) => {
    for (const other of cards.slice(i + 1))
      expect(overlaps(one, other), `${one.text} / ${other.text}`).toBe(false);
  });
}

describe('where a new synergy point goes', () => {
  it('between the cards it links when there is room, and never on another card', () => {
    const doc = createFixtureBoard();
    const asset = addSticky(
      doc,
      { x: 0, y: 0, text: '物流網', company: 'acme' as never, kind: 'asset' },
      origin,
    );
    const gap = addSticky(doc, { x: 800, y: 0, text: '販路', company: 'kumo' as never, kind: 'gap' }, origin);
    const first = createSynergy(doc, { title: '1', from: [asset], to: [gap] }, origin);
    expect(card(doc, first)).toMatchObject({ x: 400, y: 0 });
    // The same pair again, and again: each lands near, none on top of another.
    const more = [2, 3, 4].map((n) =>
      createSynergy(doc, { title: String(n), from: [asset], to: [gap] }, origin),
    );
    expectApart(doc);
    for (const id of more) expect(distance(card(doc, id), card(doc, first))).toBeLessThan(600);
  });

  it('in the synergy area when the template has one', () => {
    const doc = boardWith(2);
    applyTemplate(doc, { template: 'synergy-map', locale: 'ja', at: { x: 0, y: 0 } }, 'test');
    const zone = areas(doc).find((area) => area.areaKind === 'synergy')!;
    const lane = (company: CompanyKey) => areas(doc).find((area) => area.areaCompany === company)!;
    const asset = addSticky(doc, { x: lane(a).x + 20, y: lane(a).y + 20, company: a, kind: 'asset' }, origin);
    const gap = addSticky(doc, { x: lane(b).x + 20, y: lane(b).y + 20, company: b, kind: 'gap' }, origin);
    const ids = [1, 2, 3, 4, 5].map((n) =>
      createSynergy(doc, { title: `S${n}`, from: [asset], to: [gap] }, origin),
    );
    for (const id of ids) {
      const point = card(doc, id);
      expect(point.x >= zone.x && point.x + point.w <= zone.x + zone.w).toBe(true);
      expect(point.y >= zone.y && point.y + point.h <= zone.y + zone.h).toBe(true);
    }
    expectApart(doc);
  });

  it('outside the template’s areas, never across a lane’s border, when it has no synergy area', () => {
    const doc = boardWith(2);
    applyTemplate(doc, { template: 'company-profile', locale: 'ja', at: { x: 0, y: 0 } }, 'test');
    const area = (company: CompanyKey, kind: string) =>
      areas(doc).find((frame) => frame.areaCompany === company && frame.areaKind === kind)!;
    const asset = addSticky(
      doc,
      { x: area(a, 'asset').x + 20, y: area(a, 'asset').y + 20, company: a, kind: 'asset' },
      origin,
    );
    const gap = addSticky(
      doc,
      { x: area(b, 'gap').x + 20, y: area(b, 'gap').y + 20, company: b, kind: 'gap' },
      origin,
    );
    const ids = [1, 2, 3].map((n) =>
      createSynergy(doc, { title: `S${n}`, from: [asset], to: [gap] }, origin),
    );
    for (const id of ids) for (const frame of areas(doc)) expect(overlaps(card(doc, id), frame)).toBe(false);
    // Nor across the template sheet's border: wholly inside it or wholly outside.
    const frames = shapes(doc).filter((s): s is FrameShape => s.type === 'frame' && !isArea(s));
    expect(frames.length).toBeGreaterThan(0);
    for (const id of ids)
      for (const frame of frames) {
        const point = card(doc, id);
        expect(!overlaps(point, frame) || contains(frame, point), `${point.text} across ${frame.text}`).toBe(
          true,
        );
      }
    expectApart(doc);
  });
});
