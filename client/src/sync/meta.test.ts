import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaMap, setTitle } from '@kyoso/shared';
import { createFixtureBoard, V1_FIXTURE_COMPANIES } from '@kyoso/shared/testing';
import { readBoardMeta, sameMeta } from './meta';
import { createMetaStore } from './metaStore';

describe('readBoardMeta (the placeholder page)', () => {
  it('reads the title and the well-formed companies', () => {
    const doc = new Y.Doc();
    const meta = doc.getMap<unknown>('meta');
    meta.set('title', 'A × B');
    const companies = new Y.Array<unknown>();
    const asMap = new Y.Map<unknown>();
    asMap.set('key', 'c3');
    companies.push([
      { key: 'c1', name: 'A社', color: '#2f6fde' },
      asMap,
      { nonsense: true },
      { key: 'c2', name: 'B社', color: '#e0572b' },
    ]);
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

describe('meta store', () => {
  it('follows the document and keeps its value while nothing it shows changed', () => {
    const doc = createFixtureBoard('Before');
    const store = createMetaStore(doc);
    const first = store.get();
    expect(first).toEqual({ title: 'Before', companies: V1_FIXTURE_COMPANIES });
    let calls = 0;
    store.subscribe(() => calls++);

    metaMap(doc).set('schemaVersion', metaMap(doc).get('schemaVersion'));
    metaMap(doc).set('unrelated', 1);
    expect(store.get()).toBe(first);
    expect(calls).toBe(0);

    setTitle(doc, { title: 'After' }, 'local');
    expect(calls).toBe(1);
    expect(store.get()).toEqual({ title: 'After', companies: V1_FIXTURE_COMPANIES });
    store.destroy();
    setTitle(doc, { title: 'Again' }, 'local');
    expect(calls).toBe(1);
  });

  it('reads an empty document as an untitled board without companies', () => {
    expect(createMetaStore(new Y.Doc()).get()).toEqual({ title: '', companies: [] });
  });
});
