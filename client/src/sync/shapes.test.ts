import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoardMeta, sameMeta } from './meta';
import { snapshotShapes } from './shapes';

function addShape(doc: Y.Doc, id: string, fields: Record<string, unknown>) {
  const shape = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) shape.set(key, value);
  doc.getMap('shapes').set(id, shape);
}

describe('snapshotShapes', () => {
  it('is empty for a document without shapes', () => {
    expect(snapshotShapes(new Y.Doc())).toEqual([]);
  });

  it('turns each shape into a plain object, text included', () => {
    const doc = new Y.Doc();
    const text = new Y.Text();
    text.insert(0, '共同開発');
    addShape(doc, 's2', { type: 'sticky', x: 10, y: 20, w: 160, h: 120, text, company: 'c1', kind: 'asset' });
    addShape(doc, 's1', { type: 'connector', x: 0, y: 0, from: 's2', to: 's3' });
    expect(snapshotShapes(doc)).toEqual([
      { id: 's1', type: 'connector', x: 0, y: 0 },
      {
        id: 's2',
        type: 'sticky',
        x: 10,
        y: 20,
        w: 160,
        h: 120,
        text: '共同開発',
        company: 'c1',
        kind: 'asset',
      },
    ]);
  });

  it('skips entries that are not shape maps', () => {
    const doc = new Y.Doc();
    doc.getMap('shapes').set('junk', 42);
    expect(snapshotShapes(doc)).toEqual([]);
  });
});

describe('readBoardMeta', () => {
  it('reads the title and companies, whether stored as plain values or Yjs types', () => {
    const doc = new Y.Doc();
    const meta = doc.getMap<unknown>('meta');
    meta.set('title', 'A × B');
    const companies = new Y.Array<unknown>();
    const b = new Y.Map<unknown>();
    b.set('key', 'c2');
    b.set('name', 'B社');
    b.set('color', '#e0572b');
    companies.push([{ key: 'c1', name: 'A社', color: '#2f6fde' }, b, { nonsense: true }]);
    meta.set('companies', companies);
    const view = readBoardMeta(doc);
    expect(view).toEqual({
      title: 'A × B',
      companies: [
        { key: 'c1', name: 'A社', color: '#2f6fde' },
        { key: 'c2', name: 'B社', color: '#e0572b' },
      ],
    });
    expect(sameMeta(view, readBoardMeta(doc))).toBe(true);
    meta.set('title', 'changed');
    expect(sameMeta(view, readBoardMeta(doc))).toBe(false);
  });

  it('is empty for a document without meta', () => {
    expect(readBoardMeta(new Y.Doc())).toEqual({ title: null, companies: [] });
  });
});
