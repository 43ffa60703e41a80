import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  addConnector,
  addSticky,
  deleteShapes,
  shapesMap,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { createFixtureBoard } from '@kyoso/shared/testing';
import { ConnectorIndex } from './connector-index.js';

const acme = 'acme' as CompanyKey;
const kumo = 'kumo' as CompanyKey;

function board() {
  const doc = createFixtureBoard();
  const a = addSticky(doc, { x: 0, y: 0, text: 'Factories', company: acme, kind: 'asset' }, 'test');
  const b = addSticky(doc, { x: 400, y: 0, text: 'Sales', company: kumo, kind: 'gap' }, 'test');
  const point = addSticky(doc, { x: 200, y: 300, text: 'Joint line', kind: 'synergy' }, 'test');
  return { doc, a, b, point };
}

describe('connector index', () => {
  it('knows the links that were there when it was made', () => {
    const { doc, a, b, point } = board();
    addConnector(doc, { from: point, to: a }, 'test');
    addConnector(doc, { from: b, to: point }, 'test');
    const index = new ConnectorIndex(doc);
    expect(index.linkedCardCompanies(point).sort()).toEqual([acme, kumo]);
    index.destroy();
  });

  it('follows connectors drawn, re-pointed and deleted later', () => {
    const { doc, a, b, point } = board();
    const index = new ConnectorIndex(doc);
    const link = addConnector(doc, { from: point, to: a }, 'test');
    expect(index.linkedCardCompanies(point)).toEqual([acme]);
    (shapesMap(doc).get(link) as Y.Map<unknown>).set('to', b);
    expect(index.linkedCardCompanies(point)).toEqual([kumo]);
    expect(index.linkedCardCompanies(a)).toEqual([]);
    deleteShapes(doc, { ids: [link] }, 'test');
    expect(index.linkedCardCompanies(point)).toEqual([]);
    index.destroy();
  });

  it('forgets a connector whose map stops being one', () => {
    const { doc, a, point } = board();
    const index = new ConnectorIndex(doc);
    const link = addConnector(doc, { from: point, to: a }, 'test');
    (shapesMap(doc).get(link) as Y.Map<unknown>).set('type', 'rect');
    expect(index.linkedCardCompanies(point)).toEqual([]);
    index.destroy();
  });

  it('stops following the document once destroyed', () => {
    const { doc, a, point } = board();
    const index = new ConnectorIndex(doc);
    index.destroy();
    addConnector(doc, { from: point, to: a as ShapeId }, 'test');
    expect(index.linkedCardCompanies(point)).toEqual([]);
  });
});
