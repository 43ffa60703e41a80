import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CompanyKey } from '../ids.js';
import { addShape, addSticky } from '../model/commands/create.js';
import { CommandError } from '../model/commands/guards.js';
import { tagCards } from '../model/commands/tags.js';
import { createFixtureBoard } from '../model/fixtures.js';
import { readShapes, type Shape } from '../model/shape.js';
import { shapesMap } from '../model/roots.js';
import { layoutTagChips } from './tag-chips.js';
import { readTagList, setListedTag } from './tag-list.js';
import { defaultTagColor, MAX_TAGS_PER_CARD, normalizeTag, readTags, tagColor } from './tags.js';

const a = 'acme' as CompanyKey;
const tagsOf = (doc: Y.Doc, id: string) => {
  const shape = readShapes(doc).shapes.find((s: Shape) => s.id === id);
  return shape?.type === 'sticky' ? (shape.tags ?? []) : null;
};

describe('tags', () => {
  it('keep one form whatever was typed: width, spaces and a leading # aside', () => {
    expect(normalizeTag('  ＰｏＣ ')).toBe('PoC');
    expect(normalizeTag('#優先')).toBe('優先');
    expect(normalizeTag('## 要　検討 ')).toBe('要 検討');
    expect(normalizeTag('ｶﾞｲﾄﾞ')).toBe('ガイド');
    expect(normalizeTag('')).toBeNull();
    expect(normalizeTag('#')).toBeNull();
    expect(normalizeTag('x'.repeat(41))).toBeNull();
    expect(normalizeTag('a\u0007b')).toBeNull();
    expect(normalizeTag('\uD800')).toBeNull();
  });

  it('are read sorted, and a bad entry is left out and reported, never hiding the card', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>('m');
    const tags = new Y.Map<unknown>();
    map.set('tags', tags);
    tags.set('優先', true);
    tags.set('PoC', true);
    tags.set('bad\n', true);
    tags.set('maybe', 'yes');
    const repairs: string[] = [];
    expect(readTags(map.get('tags'), repairs)).toEqual(['PoC', '優先']);
    expect(repairs).toHaveLength(2);
    expect(readTags('優先', ((repairs.length = 0), repairs))).toEqual([]);
    expect(repairs).toEqual(['tags: expected a map of tags']);
  });

  it('are added to and taken off a selection of cards in one undoable step', () => {
    const doc = createFixtureBoard();
    const one = addSticky(doc, { x: 0, y: 0, text: '物流網', company: a }, null);
    const two = addSticky(doc, { x: 300, y: 0, text: '販路' }, null);
    const undo = new Y.UndoManager(doc.getMap('shapes'), { trackedOrigins: new Set(['me']) });
    tagCards(doc, { ids: [one, two], add: ['＃優先', 'PoC'] }, 'me');
    expect(tagsOf(doc, one)).toEqual(['PoC', '優先']);
    expect(tagsOf(doc, two)).toEqual(['PoC', '優先']);
    undo.stopCapturing();
    tagCards(doc, { ids: [one], remove: ['PoC'] }, 'me');
    expect(tagsOf(doc, one)).toEqual(['優先']);
    undo.undo();
    expect(tagsOf(doc, one)).toEqual(['PoC', '優先']);
    undo.undo();
    expect(tagsOf(doc, one)).toEqual([]);
  });

  it('refuse what is not a tag, a shape that is not a card, and a card over the limit', () => {
    const doc = createFixtureBoard();
    const card = addSticky(doc, { x: 0, y: 0, text: 'x' }, null);
    const frame = addShape(doc, { type: 'frame', x: 0, y: 0, w: 100, h: 100 }, null);
    expect(() => tagCards(doc, { ids: [card], add: [' '] }, null)).toThrow(CommandError);
    expect(() => tagCards(doc, { ids: [frame], add: ['優先'] }, null)).toThrow(/not a card/);
    const many = Array.from({ length: MAX_TAGS_PER_CARD }, (_, i) => `t${i}`);
    tagCards(doc, { ids: [card], add: many }, null);
    expect(() => tagCards(doc, { ids: [card], add: ['one more'] }, null)).toThrow(/at most 12 tags/);
    expect(tagsOf(doc, card)).toHaveLength(MAX_TAGS_PER_CARD);
  });

  it('put on the same card by two people at once both stay', () => {
    const left = createFixtureBoard();
    const card = addSticky(left, { x: 0, y: 0, text: 'x' }, null);
    tagCards(left, { ids: [card], add: ['first'] }, null);
    const right = new Y.Doc();
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    tagCards(left, { ids: [card], add: ['優先'] }, null);
    tagCards(right, { ids: [card], add: ['PoC'], remove: ['first'] }, null);
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    expect(tagsOf(left, card)).toEqual(['PoC', '優先']);
    expect(tagsOf(right, card)).toEqual(['PoC', '優先']);
    expect((shapesMap(left).get(card) as Y.Map<unknown>).get('tags')).toBeInstanceOf(Y.Map);
  });

  it('take the board list’s colour, else one picked from the tag itself', () => {
    const control = new Y.Doc();
    setListedTag(control, '＃優先', '#D6336C', null);
    setListedTag(control, 'PoC', '#1098ad', null);
    expect([...readTagList(control)]).toEqual([
      ['PoC', '#1098ad'],
      ['優先', '#d6336c'],
    ]);
    setListedTag(control, 'PoC', null, null);
    expect([...readTagList(control).keys()]).toEqual(['優先']);
    control.getMap('tags').set('bad', 'red');
    expect(readTagList(control).has('bad')).toBe(false);
    expect(tagColor('優先', readTagList(control))).toBe('#d6336c');
    expect(tagColor('未定', readTagList(control))).toBe(defaultTagColor('未定'));
    expect(defaultTagColor('未定')).toBe(defaultTagColor('未定'));
    expect(() => setListedTag(control, ' ', '#ffffff', null)).toThrow(RangeError);
  });

  it('are laid out right-aligned in the header, the ones that do not fit counted as +n', () => {
    const chips = layoutTagChips(['PoC', '優先'], 200, 50, new Map());
    expect(chips.map((chip) => chip.label)).toEqual(['PoC', '優先']);
    const last = chips.at(-1)!;
    expect(last.x + last.w).toBe(190);
    expect(chips[0]!.x).toBeGreaterThan(58);
    const crowded = layoutTagChips(['alpha', 'bravo', 'charlie', 'delta'], 200, 60, new Map());
    expect(crowded.at(-1)?.label).toMatch(/^\+\d$/);
    expect(crowded.every((chip) => chip.x >= 68)).toBe(true);
    expect(layoutTagChips(['alpha'], 60, 45, new Map())).toEqual([]);
  });
});
