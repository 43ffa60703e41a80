import {
  addSticky,
  applyTemplate,
  asCompanyKey,
  createSynergy,
  initContentDoc,
  isBoxShape,
  overlaps,
  readShapes,
  updateSynergy,
  type CompanyKey,
} from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLIPBOARD_MARKER, parseClipboard, serializeShapes } from './clipboard';
import { pasteShapes } from './paste';
import { box, connector } from './testShapes';

const key = (value: string) => asCompanyKey(value) as CompanyKey;
const sticky = box('sticky', 100, 100, 200, 160, {
  id: 'one',
  text: '共同開発',
  company: 'asahi',
  kind: 'asset',
});
const frame = box('frame', 0, 0, 800, 600, { id: 'two', text: 'フレーム' });
const link = connector(sticky, frame, { id: 'three', text: 'uses' });

describe('serializeShapes and parseClipboard', () => {
  it('round-trips shapes with the marker', () => {
    const text = serializeShapes([frame, sticky, link]);
    expect(JSON.parse(text)[CLIPBOARD_MARKER]).toBe(1);
    const parsed = parseClipboard(text);
    expect(parsed?.map((shape) => shape.id)).toEqual(['two', 'one', 'three']);
    expect(parsed?.[1]).toMatchObject({ type: 'sticky', text: '共同開発', company: 'asahi', kind: 'asset' });
  });

  it('leaves out a connector whose other end was not copied', () => {
    const parsed = parseClipboard(serializeShapes([sticky, link]));
    expect(parsed?.map((shape) => shape.type)).toEqual(['sticky']);
  });

  it('refuses text that is not ours', () => {
    expect(parseClipboard('hello')).toBeNull();
    expect(parseClipboard('{"shapes": []}')).toBeNull();
    expect(parseClipboard(JSON.stringify({ 'kyoso/shapes': 2, shapes: [] }))).toBeNull();
    expect(parseClipboard('[1,2,3]')).toBeNull();
    expect(parseClipboard('null')).toBeNull();
  });

  it('refuses malformed shapes rather than pasting part of them', () => {
    const valid = JSON.parse(serializeShapes([sticky])) as { shapes: Record<string, unknown>[] };
    const broken = (patch: Record<string, unknown>) =>
      JSON.stringify({ 'kyoso/shapes': 1, shapes: [{ ...valid.shapes[0], ...patch }] });
    expect(parseClipboard(broken({}))).not.toBeNull();
    expect(parseClipboard(broken({ x: 'far' }))).toBeNull();
    expect(parseClipboard(broken({ w: -1 }))).toBeNull();
    expect(parseClipboard(broken({ y: 1e12 }))).toBeNull();
    expect(parseClipboard(broken({ type: 'image' }))).toBeNull();
    expect(parseClipboard(broken({ text: 42 }))).toBeNull();
    expect(parseClipboard(broken({ text: 'x'.repeat(10_001) }))).toBeNull();
    expect(parseClipboard(broken({ color: 'red' }))).toBeNull();
    expect(parseClipboard(broken({ kind: 'secret' }))).toBeNull();
    expect(parseClipboard(broken({ company: 'Not A Key!' }))).toBeNull();
    expect(parseClipboard(broken({ id: '../../etc' }))).toBeNull();
  });

  it('refuses a connector to a shape it does not carry, and duplicate ids', () => {
    const dangling = {
      id: 'c',
      type: 'connector',
      from: 'one',
      to: 'nowhere',
      text: '',
      startArrow: 'none',
      endArrow: 'arrow',
      color: null,
    };
    const valid = JSON.parse(serializeShapes([sticky])) as { shapes: unknown[] };
    expect(
      parseClipboard(JSON.stringify({ 'kyoso/shapes': 1, shapes: [...valid.shapes, dangling] })),
    ).toBeNull();
    expect(
      parseClipboard(JSON.stringify({ 'kyoso/shapes': 1, shapes: [...valid.shapes, ...valid.shapes] })),
    ).toBeNull();
  });
});

describe('pasteShapes', () => {
  const board = () => {
    const doc = new Y.Doc();
    initContentDoc(doc, {
      title: 'テスト',
      companies: [
        { key: key('asahi'), name: '株式会社あさひ', color: '#2f6fde' },
        { key: key('blue'), name: 'Blue Ocean', color: '#e0572b' },
      ],
    });
    return doc;
  };

  it('creates copies with new ids, centred on the point, connectors re-joined', () => {
    const doc = board();
    const shapes = parseClipboard(serializeShapes([frame, sticky, link])) ?? [];
    const ids = pasteShapes(
      doc,
      shapes,
      { at: { x: 1400, y: 1300 }, companies: [key('asahi'), key('blue')], ownCompany: null },
      'local',
    );
    const { shapes: stored } = readShapes(doc);
    expect(ids).toHaveLength(3);
    expect(stored.map((shape) => shape.id).sort()).toEqual([...ids].sort());
    expect(ids).not.toContain('one');
    const pastedFrame = stored.find((shape) => shape.type === 'frame');
    expect(pastedFrame).toMatchObject({ x: 1000, y: 1000, text: 'フレーム' });
    const pastedSticky = stored.find((shape) => shape.type === 'sticky');
    expect(pastedSticky).toMatchObject({ x: 1100, y: 1100, company: 'asahi', kind: 'asset' });
    const pastedLink = stored.find((shape) => shape.type === 'connector');
    expect(pastedLink).toMatchObject({ from: pastedSticky?.id, to: pastedFrame?.id, text: 'uses' });
  });

  it('never pastes on top of a card: the copies go to the free place nearest the point', () => {
    const doc = board();
    const there = addSticky(doc, { x: 0, y: 0, w: 200, h: 160, text: '既存' }, 'local');
    const shapes = parseClipboard(serializeShapes([sticky])) ?? [];
    const target = { at: { x: 100, y: 80 }, companies: [key('asahi'), key('blue')], ownCompany: null };
    const first = pasteShapes(doc, shapes, target, 'local');
    const second = pasteShapes(doc, shapes, target, 'local');
    const cards = readShapes(doc).shapes.filter(isBoxShape);
    expect(cards.map((card) => card.id).sort()).toEqual([there, ...first, ...second].sort());
    cards.forEach((card, i) => {
      for (const other of cards.slice(i + 1)) expect(overlaps(card, other)).toBe(false);
      // Near the point still: within a card or two of it.
      expect(Math.hypot(card.x - 0, card.y - 0)).toBeLessThan(600);
    });
  });

  it('gives a card from an unknown company to the pasting member', () => {
    const doc = board();
    const foreign = box('sticky', 0, 0, 100, 100, { company: 'other', kind: 'gap' });
    const shapes = parseClipboard(serializeShapes([foreign])) ?? [];
    pasteShapes(
      doc,
      shapes,
      { at: { x: 0, y: 0 }, companies: [key('asahi'), key('blue')], ownCompany: key('blue') },
      'local',
    );
    expect(readShapes(doc).shapes[0]).toMatchObject({ company: 'blue', kind: 'gap' });
  });

  it('gives a member’s paste of another company’s card to the member’s company', () => {
    const doc = board();
    const theirs = box('sticky', 0, 0, 100, 100, { company: 'asahi', kind: 'asset' });
    const shapes = parseClipboard(serializeShapes([theirs])) ?? [];
    pasteShapes(
      doc,
      shapes,
      { at: { x: 0, y: 0 }, companies: [key('asahi'), key('blue')], ownCompany: key('blue') },
      'local',
    );
    expect(readShapes(doc).shapes[0]).toMatchObject({ company: 'blue', kind: 'asset' });
  });

  it('gives a card pasted into a template area that area’s kind and company, as a move would', () => {
    const doc = board();
    applyTemplate(doc, { template: 'company-profile', locale: 'ja' }, null);
    const area = readShapes(doc).shapes.find(
      (shape) => shape.type === 'frame' && shape.areaKind === 'gap' && shape.areaCompany === 'blue',
    );
    if (area?.type !== 'frame') throw new Error('the template has no gap area for Blue Ocean');
    const card = box('sticky', 0, 0, 100, 100, { company: 'asahi', kind: 'asset' });
    const shapes = parseClipboard(serializeShapes([card])) ?? [];
    const [id] = pasteShapes(
      doc,
      shapes,
      {
        at: { x: area.x + area.w / 2, y: area.y + area.h / 2 },
        companies: [key('asahi'), key('blue')],
        ownCompany: null,
      },
      'local',
    );
    expect(readShapes(doc).shapes.find((shape) => shape.id === id)).toMatchObject({
      company: 'blue',
      kind: 'gap',
    });
  });

  it('keeps a synergy card’s fields, and its owners for the companies this board has', () => {
    const source = board();
    const asset = addSticky(
      source,
      { x: 0, y: 0, text: '物流網', company: key('asahi'), kind: 'asset' },
      null,
    );
    const gap = addSticky(source, { x: 400, y: 0, text: '販路', company: key('blue'), kind: 'gap' }, null);
    const id = createSynergy(source, { title: '共同配送', from: [asset], to: [gap] }, null);
    updateSynergy(
      source,
      {
        id,
        expectedValue: '年間1億円',
        effort: '中',
        nextStep: 'PoC の設計',
        due: '2026-12-24',
        status: 'candidate',
        owners: { asahi: '田中', blue: 'Smith' },
      },
      null,
    );
    const card = readShapes(source).shapes.find((shape) => shape.id === id)!;
    const shapes = parseClipboard(serializeShapes([card])) ?? [];
    const target = new Y.Doc();
    initContentDoc(target, {
      title: '別のボード',
      companies: [
        { key: key('asahi'), name: '株式会社あさひ', color: '#2f6fde' },
        { key: key('other'), name: 'Other', color: '#e0572b' },
      ],
    });
    const [pasted] = pasteShapes(
      target,
      shapes,
      { at: { x: 0, y: 0 }, companies: [key('asahi'), key('other')], ownCompany: null },
      'local',
    );
    const copy = readShapes(target).shapes.find((shape) => shape.id === pasted);
    expect(copy).toMatchObject({
      kind: 'synergy',
      text: '共同配送',
      synergy: {
        // Nobody chose a type: the copy has none either.
        synergyType: null,
        expectedValue: '年間1億円',
        effort: '中',
        nextStep: 'PoC の設計',
        due: '2026-12-24',
        status: 'candidate',
        owners: { asahi: '田中' },
      },
    });
    expect(copy?.type === 'sticky' && copy.synergy?.owners).toEqual({ asahi: '田中' });
  });

  it('reads bad synergy fields in a clipboard as their defaults, never failing the paste', () => {
    const text = JSON.stringify({
      [CLIPBOARD_MARKER]: 1,
      shapes: [
        {
          ...box('sticky', 0, 0, 100, 100, { company: null, kind: 'synergy' }),
          synergy: { status: 'agreed', due: '2026-02-30', nextStep: 42, owners: ['x'], __proto__: { a: 1 } },
        },
      ],
    });
    const [shape] = parseClipboard(text) ?? [];
    expect(shape).toMatchObject({
      kind: 'synergy',
      synergy: { status: 'idea', due: null, nextStep: '', owners: {} },
    });
  });

  it('is one transaction', () => {
    const doc = board();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    pasteShapes(
      doc,
      parseClipboard(serializeShapes([frame, sticky, link])) ?? [],
      { at: { x: 0, y: 0 }, companies: [], ownCompany: null },
      'local',
    );
    expect(transactions).toBe(1);
  });
});
