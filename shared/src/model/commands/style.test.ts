import { describe, it, expect } from 'vitest';
import type * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../../ids.js';
import { createFixtureBoard } from '../fixtures.js';
import { readMeta } from '../meta.js';
import { readShapes, type Shape } from '../shape.js';
import { addShape, addSticky } from './create.js';
import { CommandError } from './guards.js';
import { setColor, setCompanyAndKind, setTitle } from './style.js';

const origin = 'local';
const byId = (doc: Y.Doc, id: ShapeId): Shape | undefined =>
  readShapes(doc).shapes.find((shape) => shape.id === id);

describe('styling cards and the board', () => {
  it('sets and clears colours', () => {
    const doc = createFixtureBoard();
    const ids = [addSticky(doc, { x: 0, y: 0 }, origin), addShape(doc, { type: 'rect', x: 0, y: 0 }, origin)];
    setColor(doc, { ids, color: '#123ABC' }, origin);
    expect(ids.map((id) => byId(doc, id)?.color)).toEqual(['#123abc', '#123abc']);
    setColor(doc, { ids, color: null }, origin);
    expect(ids.map((id) => byId(doc, id)?.color)).toEqual([null, null]);
    expect(() => setColor(doc, { ids, color: '#12345' }, origin)).toThrow(CommandError);
  });

  it('sets a card’s company and kind, leaving out what is undefined, clearing what is null', () => {
    const doc = createFixtureBoard();
    const id = addSticky(doc, { x: 0, y: 0 }, origin);
    setCompanyAndKind(doc, { ids: [id], company: 'kumo' as CompanyKey, kind: 'value' }, origin);
    expect(byId(doc, id)).toMatchObject({ company: 'kumo', kind: 'value' });
    setCompanyAndKind(doc, { ids: [id], kind: 'synergy' }, origin);
    expect(byId(doc, id)).toMatchObject({ company: 'kumo', kind: 'synergy' });
    setCompanyAndKind(doc, { ids: [id], company: null }, origin);
    expect(byId(doc, id)).toMatchObject({ company: null, kind: 'synergy' });
  });

  it('refuses companies not on the board, unknown kinds and non-stickies', () => {
    const doc = createFixtureBoard();
    const id = addSticky(doc, { x: 0, y: 0 }, origin);
    const rect = addShape(doc, { type: 'rect', x: 0, y: 0 }, origin);
    expect(() => setCompanyAndKind(doc, { ids: [id], company: 'zeta' as CompanyKey }, origin)).toThrow(
      /not on this board/,
    );
    expect(() => setCompanyAndKind(doc, { ids: [id], kind: 'risk' as never }, origin)).toThrow(CommandError);
    expect(() => setCompanyAndKind(doc, { ids: [id, rect], kind: 'idea' }, origin)).toThrow(/not a sticky/);
    expect(byId(doc, id)).toMatchObject({ company: null, kind: null });
  });

  it('sets the title', () => {
    const doc = createFixtureBoard();
    setTitle(doc, { title: '第2回 共創会議' }, origin);
    expect(readMeta(doc).meta.title).toBe('第2回 共創会議');
    expect(() => setTitle(doc, { title: 'x'.repeat(201) }, origin)).toThrow(CommandError);
    expect(() => setTitle(doc, { title: 42 as never }, origin)).toThrow(CommandError);
  });
});
