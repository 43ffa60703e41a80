import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import type { Company } from '../companies.js';
import type { CompanyKey } from '../ids.js';
import { initContentDoc, InitError } from './document.js';
import { readMeta } from './meta.js';
import { CURRENT_SCHEMA_VERSION, migrateContentDoc } from './migrations.js';
import { metaMap } from './roots.js';

const companies: Company[] = [
  { key: 'acme' as CompanyKey, name: 'Acme', color: '#2f6fde' },
  { key: 'kumo' as CompanyKey, name: '雲産業', color: '#e0572b' },
];

describe('a new content document', () => {
  it('gets meta in one transaction with the given origin, at the current version', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    initContentDoc(doc, { title: '共創ワークショップ', companies }, 'server');
    expect(origins).toEqual(['server']);
    expect(readMeta(doc)).toEqual({
      meta: { schemaVersion: CURRENT_SCHEMA_VERSION, title: '共創ワークショップ', companies },
      problems: [],
    });
    // A freshly made board needs no migration.
    expect(migrateContentDoc(doc)).toEqual({
      from: CURRENT_SCHEMA_VERSION,
      to: CURRENT_SCHEMA_VERSION,
      applied: [],
    });
  });

  it('refuses bad setup and a second initialisation, writing nothing', () => {
    const doc = new Y.Doc();
    const bad = [
      { title: 'x'.repeat(201), companies },
      { title: 'ok', companies: [{ ...companies[0]!, color: 'blue' }] },
      { title: 'ok', companies: [companies[0]!, companies[0]!] },
      { title: 'ok', companies: [{ ...companies[0]!, key: 'Bad Key' as CompanyKey }] },
      {
        title: 'ok',
        companies: Array.from({ length: 9 }, (_, i) => ({ ...companies[0]!, key: `c${i}` as CompanyKey })),
      },
    ];
    for (const args of bad) expect(() => initContentDoc(doc, args)).toThrow(InitError);
    expect(metaMap(doc).size).toBe(0);
    initContentDoc(doc, { title: 'ok', companies });
    expect(() => initContentDoc(doc, { title: 'again', companies })).toThrow(/already initialised/);
  });
});

describe('reading meta', () => {
  it('reads a hostile meta as defaults plus problems, never throwing', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      const meta = metaMap(doc);
      meta.set('schemaVersion', 'two');
      meta.set('title', new Y.Text('title'));
      meta.set(
        'companies',
        Y.Array.from([
          companies[0]!,
          { key: 'acme', name: 'Again', color: '#000000' },
          { key: 'x', name: 5, color: '#000000' },
          [1, 2],
          null,
          'acme',
          { key: 'kumo', name: 'Kumo', color: '#123456', extra: { deep: true } },
        ]),
      );
    });
    const { meta, problems } = readMeta(doc);
    expect(meta).toEqual({
      schemaVersion: null,
      title: '',
      companies: [companies[0], { key: 'kumo', name: 'Kumo', color: '#123456' }],
    });
    expect(problems).toHaveLength(7);
  });

  it('reads an empty document as uninitialised', () => {
    expect(readMeta(new Y.Doc())).toEqual({
      meta: { schemaVersion: null, title: '', companies: [] },
      problems: ['schemaVersion: missing'],
    });
  });

  it('reports companies that are not a Y.Array', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('companies', companies);
    expect(readMeta(doc).problems).toContain('companies: not a Y.Array');
  });
});
