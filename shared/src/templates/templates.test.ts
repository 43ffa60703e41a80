import { describe, expect, it } from 'vitest';
import type { ShapeId } from '../ids.js';
import { addShape, addSticky } from '../model/commands/create.js';
import { moveShapes } from '../model/commands/arrange.js';
import { classifyCardsByArea } from '../model/commands/areas.js';
import { shapesMap } from '../model/roots.js';
import type * as Y from 'yjs';
import { setCompanyAndKind } from '../model/commands/style.js';
import { applyTemplate } from '../model/commands/template.js';
import { readShapes, type BoxShape, type Shape } from '../model/shape.js';
import { sceneLabels } from '../export/scene-labels.js';
import { KIND_NAMES } from '../model/kind-names.js';
import { LOCALES, TEMPLATES } from '../templates.js';
import { areaAt, classifyByArea } from './areas.js';
import type { LayoutItem } from './common.js';
import { TEMPLATE_LAYOUTS } from './layouts.js';
import { inLocale, templateWording } from './template-wording.js';
import { boardWith, companiesFor } from './testBoards.js';

type Box = { x: number; y: number; w: number; h: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (outer: Box, inner: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;
const describeBox = (item: LayoutItem) => `${item.type} "${item.type === 'frame' ? item.title : item.text}"`;

/** Frames are disjoint or nested (a sheet around lanes around areas); text sits inside the
 * frames that contain it, never across a frame's edge; texts never overlap each other. */
function overlapProblems(items: readonly LayoutItem[]): string[] {
  const frames = items.filter((item) => item.type === 'frame');
  const texts = items.filter((item) => item.type === 'text');
  const problems: string[] = [];
  const pairs = <T extends LayoutItem>(list: readonly T[]) =>
    list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b] as const));
  for (const [a, b] of pairs(frames))
    if (overlaps(a, b) && !inside(a, b) && !inside(b, a))
      problems.push(`${describeBox(a)} overlaps ${describeBox(b)}`);
  for (const [a, b] of pairs(frames))
    if (a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h)
      problems.push(`${describeBox(a)} hides ${describeBox(b)}`);
  for (const [a, b] of pairs(texts))
    if (overlaps(a, b)) problems.push(`${describeBox(a)} overlaps ${describeBox(b)}`);
  for (const t of texts)
    for (const f of frames)
      if (overlaps(t, f) && !inside(f, t)) problems.push(`${describeBox(t)} straddles ${describeBox(f)}`);
  return problems;
}

/** Frames that hold other frames (the sheet, company lanes) and the value chain's stage headings
 * group or head areas; every other frame is an area and has a kind. */
const isLeafArea = (frame: LayoutItem, items: readonly LayoutItem[]) =>
  frame.type === 'frame' &&
  frame.h > 100 &&
  !items.some((other) => other !== frame && other.type === 'frame' && inside(frame, other));

describe('template layouts', () => {
  it('has a layout for every listed template, and the list for every layout', () => {
    expect(Object.keys(TEMPLATE_LAYOUTS).sort()).toEqual(TEMPLATES.map((t) => t.id).sort());
    for (const template of TEMPLATES)
      for (const locale of LOCALES) {
        expect(template.name[locale]).not.toBe('');
        expect(template.description[locale]).not.toBe('');
      }
  });

  for (const [id, layout] of Object.entries(TEMPLATE_LAYOUTS))
    for (const n of [2, 3, 8])
      for (const locale of LOCALES)
        it(`${id} lays out without overlaps for ${n} companies (${locale})`, () => {
          const companies = companiesFor(n);
          const items = layout({ companies, locale });
          expect(overlapProblems(items)).toEqual([]);
          for (const item of items) {
            expect(item.w).toBeGreaterThan(0);
            expect(item.h).toBeGreaterThan(0);
            if (item.type === 'frame') {
              expect(item.title).not.toBe('');
              if (isLeafArea(item, items)) expect(item.areaKind, item.title).toBeTruthy();
              if (item.areaCompany !== undefined) {
                const company = companies.find((c) => c.key === item.areaCompany);
                expect(company?.color).toBe(item.color);
              }
            }
          }
          expect(layout({ companies, locale })).toEqual(items);
        });

  it('gives each company its own lanes, titled or headed with its name', () => {
    const companies = companiesFor(3);
    for (const id of ['company-profile', 'partner-goals', 'value-chain', 'synergy-map']) {
      const items = TEMPLATE_LAYOUTS[id]?.({ companies, locale: 'en' }) ?? [];
      for (const company of companies) {
        const lanes = items.filter((item) => item.type === 'frame' && item.areaCompany === company.key);
        expect(lanes.length, `${id} ${company.name}`).toBeGreaterThan(0);
        const named = items.some((item) =>
          (item.type === 'frame' ? item.title : item.text).includes(company.name),
        );
        expect(named, `${id} names ${company.name}`).toBe(true);
      }
    }
  });

  it('lays the company profile out with every section for every company', () => {
    const items = TEMPLATE_LAYOUTS['company-profile']?.({ companies: companiesFor(2), locale: 'ja' }) ?? [];
    expect(
      items.filter((item) => item.type === 'frame' && item.title === 'Acme' && !item.areaKind),
    ).toHaveLength(1);
    const kinds = (key: string) =>
      items.flatMap((item) =>
        item.type === 'frame' && item.areaCompany === key && item.areaKind ? [item.areaKind] : [],
      );
    expect(kinds('a')).toEqual(['asset', 'gap', 'goal', 'value', 'note']);
    expect(kinds('b')).toEqual(['asset', 'gap', 'goal', 'value', 'note']);
  });

  it('titles the company profile’s areas with the kinds’ one name, as cards, drafts and exports say them', () => {
    for (const locale of LOCALES) {
      const items = TEMPLATE_LAYOUTS['company-profile']?.({ companies: companiesFor(2), locale }) ?? [];
      const titles = items.flatMap((item) =>
        item.type === 'frame' && item.areaCompany === 'a' && item.areaKind && item.areaKind !== 'note'
          ? [[item.areaKind, item.title]]
          : [],
      );
      expect(titles, locale).toEqual(
        (['asset', 'gap', 'goal', 'value'] as const).map((kind) => [kind, KIND_NAMES[locale][kind]]),
      );
      expect(sceneLabels(locale).kinds).toEqual(KIND_NAMES[locale]);
    }
    // The words the workshop uses in Japanese (and not their old variants).
    expect(Object.values(KIND_NAMES.ja)).toEqual(
      expect.arrayContaining(['強み・資産', '足りないもの', '目指す姿', '想い']),
    );
  });

  it('writes the alliance plan checklists and a sign-off line per company and the facilitator', () => {
    const items = TEMPLATE_LAYOUTS['alliance-plan']?.({ companies: companiesFor(2), locale: 'en' }) ?? [];
    const all = items.map((item) => (item.type === 'frame' ? item.title : item.text)).join('\n');
    for (const phrase of [
      'Business alliance',
      'Capital alliance',
      'Capital and business alliance',
      'KGI',
      'KPIs',
      'Commission',
      '☐ Terms (scope, period, territory)',
      '☐ How success is judged',
      '☐ Payment dates',
      '☐ Prohibited acts',
      '☐ Penalties',
      'Enablement checklist',
      '☐ Acme: signed',
      '☐ 株式会社ベータ: signed',
      '☐ Facilitator: signed',
    ])
      expect(all).toContain(phrase);
  });
});

const counter = () => {
  let n = 0;
  return () => `tpl${String(n++).padStart(4, '0')}` as ShapeId;
};

describe('applyTemplate', () => {
  it('writes the layout in one transaction, frames behind, for the board companies', () => {
    const doc = boardWith(3);
    const sticky = addSticky(doc, { x: 0, y: 0 }, 'test');
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const ids = applyTemplate(doc, { template: 'company-profile', locale: 'ja', newId: counter() }, 'test');
    expect(transactions).toBe(1);
    const shapes = readShapes(doc).shapes;
    expect(shapes).toHaveLength(ids.length + 1);
    const frames = shapes.filter((shape) => shape.type === 'frame');
    // The sheet, a lane per company, five areas per company.
    expect(frames).toHaveLength(1 + 3 + 15);
    const firstNonFrame = shapes.findIndex((shape) => shape.type !== 'frame');
    expect(firstNonFrame).toBe(19);
    expect(frames.filter((frame) => frame.areaCompany === 'c').map((frame) => frame.color)).toEqual(
      Array(6).fill('#1f9d6a'),
    );
    expect(shapes.find((shape) => shape.id === sticky)).toBeDefined();
  });

  it('places the template beside existing content without overlapping it', () => {
    const doc = boardWith(2);
    addShape(doc, { type: 'rect', x: -300, y: 500, w: 900, h: 400 }, 'test');
    addSticky(doc, { x: 2000, y: -100 }, 'test');
    const before = readShapes(doc).shapes as BoxShape[];
    const ids = new Set(applyTemplate(doc, { template: 'value-chain', locale: 'en' }, 'test'));
    const added = readShapes(doc).shapes.filter(
      (shape): shape is BoxShape => ids.has(shape.id) && shape.type !== 'connector',
    );
    expect(added.length).toBe(ids.size);
    for (const a of added) for (const b of before) expect(overlaps(a, b)).toBe(false);
    expect(Math.min(...added.map((shape) => shape.y))).toBe(-100);
  });

  it('draws every text above every frame, on an empty board too', () => {
    const doc = boardWith(2);
    applyTemplate(doc, { template: 'alliance-plan', locale: 'en' }, 'test');
    const types = readShapes(doc).shapes.map((shape) => shape.type);
    expect(types.lastIndexOf('frame')).toBeLessThan(types.indexOf('text'));
  });

  it('puts a template at the origin of an empty board, and adds nothing for blank', () => {
    const doc = boardWith(2);
    expect(applyTemplate(doc, { template: 'blank', locale: 'ja' }, 'test')).toEqual([]);
    applyTemplate(doc, { template: 'issue-board', locale: 'ja' }, 'test');
    const shapes = readShapes(doc).shapes as BoxShape[];
    expect(Math.min(...shapes.map((shape) => shape.x))).toBe(0);
    expect(Math.min(...shapes.map((shape) => shape.y))).toBe(0);
  });

  it('refuses an unknown template or locale and writes nothing', () => {
    const doc = boardWith(2);
    expect(() => applyTemplate(doc, { template: 'nope', locale: 'ja' }, 'test')).toThrow(/unknown template/);
    expect(() => applyTemplate(doc, { template: '__proto__', locale: 'ja' }, 'test')).toThrow(
      /unknown template/,
    );
    expect(() => applyTemplate(doc, { template: 'blank', locale: 'fr' as unknown as 'ja' }, 'test')).toThrow(
      /locale/,
    );
    expect(readShapes(doc).shapes).toEqual([]);
  });
});

describe('template wording', () => {
  const wordsOf = (doc: Y.Doc) =>
    readShapes(doc).shapes.map((shape) =>
      shape.type === 'frame' || shape.type === 'text' ? shape.text : '',
    );

  it('reads every template placed in one language in the other, as placed in that language', () => {
    const wording = templateWording(companiesFor(3));
    for (const { id } of TEMPLATES) {
      const [ja, en] = LOCALES.map((locale) => {
        const doc = boardWith(3);
        applyTemplate(doc, { template: id, locale, newId: counter() }, 'test');
        return wordsOf(doc);
      });
      expect(
        ja!.map((text) => inLocale(wording, text, 'en')),
        id,
      ).toEqual(en);
      expect(
        en!.map((text) => inLocale(wording, text, 'ja')),
        id,
      ).toEqual(ja);
    }
    expect(inLocale(wording, 'シナジーマップ', 'en')).toBe('Synergy map');
    expect(inLocale(wording, '他社が株式会社ベータに貢献できること', 'en')).toBe(
      'How the others could help 株式会社ベータ',
    );
  });

  it('leaves rewritten words, and words for companies no longer on the board, as written', () => {
    const wording = templateWording(companiesFor(2));
    expect(inLocale(wording, 'シナジーマップ（第2回）', 'en')).toBe('シナジーマップ（第2回）');
    expect(inLocale(wording, '他社がGamma Logisticsに貢献できること', 'en')).toBe(
      '他社がGamma Logisticsに貢献できること',
    );
    expect(inLocale(wording, 'Acme', 'ja')).toBe('Acme');
  });
});

describe('cards dropped into an area', () => {
  const frame = (id: string, box: Box, area: Partial<Shape & { type: 'frame' }>): Shape =>
    ({ id, type: 'frame', index: 'a0', text: '', color: null, ...box, ...area }) as Shape;
  const lane = frame(
    'lane',
    { x: 0, y: 0, w: 1000, h: 300 },
    { areaKind: 'note', areaCompany: 'a' as never },
  );
  const inner = frame('inner', { x: 100, y: 50, w: 300, h: 200 }, { areaKind: 'goal' });
  const plain = frame('plain', { x: 2000, y: 0, w: 500, h: 500 }, {});

  it('finds the smallest area under a point, ignoring plain frames', () => {
    expect(areaAt([lane, inner, plain], { x: 200, y: 100 })?.id).toBe('inner');
    expect(areaAt([inner, lane], { x: 800, y: 100 })?.id).toBe('lane');
    expect(areaAt([lane, plain], { x: 2100, y: 100 })).toBeNull();
  });

  it('classifies a card by its centre, changing only what differs, with board companies only', () => {
    const card = { x: 700, y: 40, w: 200, h: 160, kind: null, company: null };
    expect(classifyByArea([lane], card, ['a', 'b'] as never)).toEqual({ kind: 'note', company: 'a' });
    expect(classifyByArea([lane], { ...card, kind: 'note' }, ['a'] as never)).toEqual({ company: 'a' });
    expect(
      classifyByArea([lane], { ...card, kind: 'note', company: 'a' as never }, ['a'] as never),
    ).toBeNull();
    expect(classifyByArea([lane], card, ['b'] as never)).toEqual({ kind: 'note' });
    expect(classifyByArea([lane], { ...card, y: 250 }, ['a'] as never)).toBeNull();
  });

  it('takes the kind and company of a lane when a card is moved there (command path)', () => {
    const doc = boardWith(3);
    applyTemplate(doc, { template: 'company-profile', locale: 'en', at: { x: 0, y: 0 } }, 'test');
    const card = addSticky(doc, { x: -1000, y: -1000 }, 'test');
    const target = readShapes(doc).shapes.find(
      (shape) => shape.type === 'frame' && shape.areaCompany === 'b' && shape.areaKind === 'gap',
    ) as BoxShape;
    moveShapes(doc, { ids: [card], dx: target.x + 1030, dy: target.y + 1030 }, 'test');
    const shapes = readShapes(doc).shapes;
    const moved = shapes.find((shape) => shape.id === card);
    if (moved?.type !== 'sticky') throw new Error('card missing');
    const change = classifyByArea(shapes, moved, ['a', 'b', 'c'] as never);
    expect(change).toEqual({ kind: 'gap', company: 'b' });
    setCompanyAndKind(doc, { ids: [card], ...change }, 'test');
    expect(readShapes(doc).shapes.find((shape) => shape.id === card)).toMatchObject({
      kind: 'gap',
      company: 'b',
    });
  });

  it('classifies moved cards in one transaction, leaving other shapes and outside cards alone', () => {
    const doc = boardWith(2);
    applyTemplate(doc, { template: 'value-chain', locale: 'ja', at: { x: 0, y: 0 } }, 'test');
    const laneB = readShapes(doc).shapes.find(
      (shape) => shape.type === 'frame' && shape.areaCompany === 'b',
    ) as BoxShape;
    const inLane = addSticky(
      doc,
      { x: laneB.x + 40, y: laneB.y + 20, company: 'a' as never, kind: 'idea' },
      'test',
    );
    const outside = addSticky(doc, { x: -5000, y: -5000 }, 'test');
    const rect = addShape(doc, { type: 'rect', x: laneB.x + 300, y: laneB.y + 20 }, 'test');
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(classifyCardsByArea(doc, { ids: [inLane, outside, rect] }, 'test')).toEqual([inLane]);
    expect(transactions).toBe(1);
    const shapes = readShapes(doc).shapes;
    expect(shapes.find((shape) => shape.id === inLane)).toMatchObject({ kind: 'note', company: 'b' });
    expect(shapes.find((shape) => shape.id === outside)).toMatchObject({ kind: null, company: null });
  });

  it('lets a member’s card take the kind of another company’s lane but keep its own company', () => {
    const doc = boardWith(2);
    applyTemplate(doc, { template: 'value-chain', locale: 'ja', at: { x: 0, y: 0 } }, 'test');
    const laneB = readShapes(doc).shapes.find(
      (shape) => shape.type === 'frame' && shape.areaCompany === 'b',
    ) as BoxShape;
    const card = addSticky(
      doc,
      { x: laneB.x + 40, y: laneB.y + 20, company: 'a' as never, kind: 'idea' },
      'test',
    );
    expect(classifyCardsByArea(doc, { ids: [card], member: 'a' as never }, 'test')).toEqual([card]);
    expect(readShapes(doc).shapes.find((shape) => shape.id === card)).toMatchObject({
      kind: 'note',
      company: 'a',
    });
  });

  it('keeps the company of a moved card that has one; a card without one takes the lane’s', () => {
    const doc = boardWith(2);
    applyTemplate(doc, { template: 'value-chain', locale: 'ja', at: { x: 0, y: 0 } }, 'test');
    const laneB = readShapes(doc).shapes.find(
      (shape) => shape.type === 'frame' && shape.areaCompany === 'b',
    ) as BoxShape;
    const at = { x: laneB.x + 40, y: laneB.y + 20 };
    const owned = addSticky(doc, { ...at, company: 'a' as never, kind: 'idea' }, 'test');
    const free = addSticky(doc, { ...at, kind: 'idea' }, 'test');
    expect(classifyCardsByArea(doc, { ids: [owned, free], moved: true }, 'test')).toEqual([owned, free]);
    const shapes = readShapes(doc).shapes;
    expect(shapes.find((shape) => shape.id === owned)).toMatchObject({ kind: 'note', company: 'a' });
    expect(shapes.find((shape) => shape.id === free)).toMatchObject({ kind: 'note', company: 'b' });

    // Moved by a member of another company, a card of no company takes the kind only.
    const shared = addSticky(doc, { ...at, kind: 'idea' }, 'test');
    expect(classifyCardsByArea(doc, { ids: [shared], moved: true, member: 'a' as never }, 'test')).toEqual([
      shared,
    ]);
    expect(readShapes(doc).shapes.find((shape) => shape.id === shared)).toMatchObject({
      kind: 'note',
      company: null,
    });
  });

  it('reads bad area fields as absent, so the frame still draws', () => {
    const doc = boardWith(2);
    const id = addShape(doc, { type: 'frame', x: 0, y: 0 }, 'test');
    const map = shapesMap(doc).get(id) as Y.Map<unknown>;
    map.set('areaKind', 'nonsense');
    map.set('areaCompany', 42);
    const frame = readShapes(doc).shapes.find((shape) => shape.id === id);
    expect(frame).toBeDefined();
    expect(frame).not.toHaveProperty('areaKind');
    expect(frame).not.toHaveProperty('areaCompany');
  });
});
