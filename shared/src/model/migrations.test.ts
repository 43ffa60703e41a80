import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import { compareIndex, isValidIndex } from './fractional-index.js';
import {
  V1_FIXTURE_SHAPE_IDS,
  V4_FIXTURE_SHAPE_IDS,
  V5_AGREED_CONTENT,
  writeV1Board,
  writeV2Board,
  writeV4Board,
  writeV5Board,
} from './fixtures.js';
import type { ShapeId } from '../ids.js';
import { agreementDigest, currentAgreementContent } from '../workshop/agreement-content.js';
import { readMeta } from './meta.js';
import {
  assertMigrationList,
  CURRENT_SCHEMA_VERSION,
  migrateContentDoc,
  MigrationError,
  MIGRATION_ORIGIN,
  MIGRATIONS,
  type Migration,
} from './migrations.js';
import { metaMap, shapesMap } from './roots.js';
import { readShapes } from './shape.js';

function v1Board(): Y.Doc {
  const doc = new Y.Doc();
  writeV1Board(doc);
  return doc;
}

describe('migrations', () => {
  it('is a sequential, uniquely named list ending at the current version', () => {
    expect(() => assertMigrationList(MIGRATIONS)).not.toThrow();
    expect(MIGRATIONS.at(-1)?.toVersion).toBe(CURRENT_SCHEMA_VERSION);
    const up = (): void => {};
    expect(() => assertMigrationList([{ name: 'a', toVersion: 3, up }])).toThrow(MigrationError);
    expect(() =>
      assertMigrationList([
        { name: 'a', toVersion: 2, up },
        { name: 'a', toVersion: 3, up },
      ]),
    ).toThrow(/duplicate/);
  });

  it('a v1 board is unreadable until migrated (its shapes have no index)', () => {
    const { shapes, problems } = readShapes(v1Board());
    expect(shapes).toEqual([]);
    expect(problems.map((problem) => problem.id)).toEqual(V1_FIXTURE_SHAPE_IDS);
  });

  it('migrates the v1 fixture to the current version in one transaction with origin "migration"', () => {
    const doc = v1Board();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    expect(migrateContentDoc(doc)).toEqual({
      from: 1,
      to: CURRENT_SCHEMA_VERSION,
      applied: [
        '0002-shape-z-index',
        '0003-area-frames',
        '0004-synergy-points',
        '0005-drop-repaired-values',
        '0006-synergy-type-not-set',
      ],
    });
    expect(origins).toEqual([MIGRATION_ORIGIN]);

    const { shapes, problems, orphans } = readShapes(doc);
    expect(problems).toEqual([]);
    expect(orphans).toEqual([]);
    // Migration 2 stacks v1 shapes by id.
    expect(shapes.map((shape) => shape.id)).toEqual(V1_FIXTURE_SHAPE_IDS);
    for (const shape of shapes) expect(isValidIndex(shape.index)).toBe(true);
    expect(new Set(shapes.map((shape) => shape.index)).size).toBe(shapes.length);
    expect(shapes.find((shape) => shape.id === 'v1-sticky-b')).toEqual({
      id: 'v1-sticky-b',
      type: 'sticky',
      x: 400,
      y: 80,
      w: 200,
      h: 160,
      index: expect.any(String),
      text: '販路',
      company: 'kumo',
      kind: 'gap',
      color: '#ffe066',
    });
    expect(readMeta(doc).meta.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('running the migrations again changes nothing and emits no update', () => {
    const doc = v1Board();
    migrateContentDoc(doc);
    const before = Y.encodeStateAsUpdate(doc);
    let updates = 0;
    doc.on('update', () => updates++);
    expect(migrateContentDoc(doc)).toEqual({
      from: CURRENT_SCHEMA_VERSION,
      to: CURRENT_SCHEMA_VERSION,
      applied: [],
    });
    expect(updates).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it.each([
    ['v1', writeV1Board],
    ['v4', writeV4Board],
    ['v5', writeV5Board],
  ])('two nodes migrating the same %s board at once converge (migrations are deterministic)', (_, write) => {
    const a = new Y.Doc();
    write(a);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    migrateContentDoc(a);
    migrateContentDoc(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readShapes(a)).toEqual(readShapes(b));
    expect(readShapes(a).problems).toEqual([]);
    expect(readShapes(a).repairs).toEqual([]);
  });

  it('keeps indices a shape already has and stacks the others above them', () => {
    const doc = v1Board();
    (shapesMap(doc).get('v1-text') as Y.Map<unknown>).set('index', 'a5');
    migrateContentDoc(doc);
    const { shapes } = readShapes(doc);
    expect(shapes[0]).toMatchObject({ id: 'v1-text', index: 'a5' });
    for (const shape of shapes.slice(1)) expect(compareIndex(shape.index, 'a5')).toBe(1);
  });

  it('refuses a board newer than the code, or one without a valid version', () => {
    const doc = v1Board();
    metaMap(doc).set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    expect(() => migrateContentDoc(doc)).toThrow(/newer than this code knows/);
    metaMap(doc).set('schemaVersion', 1.5);
    expect(() => migrateContentDoc(doc)).toThrow(MigrationError);
    metaMap(doc).delete('schemaVersion');
    expect(() => migrateContentDoc(doc)).toThrow(/no schemaVersion/);
  });

  it('a migration that throws leaves the board untouched', () => {
    const doc = v1Board();
    const before = Y.encodeStateAsUpdate(doc);
    const failing: Migration[] = [
      ...MIGRATIONS,
      {
        name: 'breaks-halfway',
        toVersion: CURRENT_SCHEMA_VERSION + 1,
        up: (d) => {
          shapesMap(d).delete('v1-rect');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrateContentDoc(doc, failing)).toThrow(/board left at version 1: boom/);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('brings the v2 fixture to the current version, reading the same as before', () => {
    const doc = new Y.Doc();
    writeV2Board(doc);
    const before = readShapes(doc);
    expect(before.problems).toEqual([]);
    expect(migrateContentDoc(doc)).toEqual({
      from: 2,
      to: CURRENT_SCHEMA_VERSION,
      applied: [
        '0003-area-frames',
        '0004-synergy-points',
        '0005-drop-repaired-values',
        '0006-synergy-type-not-set',
      ],
    });
    expect(readShapes(doc)).toEqual(before);
    expect(readMeta(doc).meta.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('drops the values readers repair from the v4 fixture; the board reads the same, without repairs', () => {
    const doc = new Y.Doc();
    writeV4Board(doc);
    const before = readShapes(doc);
    expect(before.shapes.map((shape) => shape.id)).toEqual(V4_FIXTURE_SHAPE_IDS);
    expect(before.repairs.map((repair) => `${repair.id} ${repair.reason.split(':')[0]}`).sort()).toEqual([
      'v4-area-bad areaKind',
      'v4-card color',
      'v4-card kind',
      'v4-synergy owners.kumo',
      'v4-synergy status',
    ]);

    expect(migrateContentDoc(doc).applied).toEqual([
      '0005-drop-repaired-values',
      '0006-synergy-type-not-set',
    ]);
    const after = readShapes(doc);
    expect(after.repairs).toEqual([]);
    expect(after.problems).toEqual([]);
    expect(after.shapes).toEqual(before.shapes);
    const stored = (id: string) => shapesMap(doc).get(id) as Y.Map<unknown>;
    expect(stored('v4-card').has('color')).toBe(false);
    expect(stored('v4-card').get('company')).toBe('acme');
    expect(stored('v4-area-bad').get('areaCompany')).toBe('kumo');
    // The valid owner stays; only the bad entry goes.
    expect((stored('v4-synergy').get('owners') as Y.Map<unknown>).toJSON()).toEqual({ acme: '山田' });
    expect(stored('v4-synergy').get('expectedValue')).toBe('年間 2 億円');
  });

  it('writes complement into v5 synergy points stored without a type: they read, and digest, as before', () => {
    const doc = new Y.Doc();
    writeV5Board(doc);
    const agreedDigest = agreementDigest(V5_AGREED_CONTENT);
    const current = (id: string) => currentAgreementContent(readShapes(doc).shapes)(id as ShapeId);
    // Read with today's readers alone, the point would have lost the type it was agreed with.
    expect(current('v5-agreed')?.content.synergy?.synergyType).toBeNull();
    expect(current('v5-agreed')?.digest).not.toBe(agreedDigest);

    expect(migrateContentDoc(doc).applied).toEqual(['0006-synergy-type-not-set']);
    expect(current('v5-agreed')?.content).toEqual(V5_AGREED_CONTENT);
    expect(current('v5-agreed')?.digest).toBe(agreedDigest);
    const stored = (id: string) => shapesMap(doc).get(id) as Y.Map<unknown>;
    expect(stored('v5-agreed').get('synergyType')).toBe('complement');
    // A type someone chose stays; cards of other kinds get none.
    expect(stored('v5-typed').get('synergyType')).toBe('scale');
    for (const id of ['v5-idea', 'v5-asset', 'v5-gap']) expect(stored(id).has('synergyType')).toBe(false);
    const { repairs, problems } = readShapes(doc);
    expect(repairs).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('gives older boards’ synergy points whatever type they read as: complement for none, null or a bad value', () => {
    const doc = new Y.Doc();
    writeV4Board(doc);
    const point = shapesMap(doc).get('v4-synergy') as Y.Map<unknown>;
    for (const stored of [undefined, null, 'merger']) {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      const map = shapesMap(copy).get('v4-synergy') as Y.Map<unknown>;
      if (stored === undefined) map.delete('synergyType');
      else map.set('synergyType', stored);
      migrateContentDoc(copy);
      expect(map.get('synergyType'), String(stored)).toBe('complement');
    }
    migrateContentDoc(doc);
    expect(point.get('synergyType')).toBe('sharedChannel');
  });

  it('a server that knows only version 2 refuses a board at a later version', () => {
    const doc = new Y.Doc();
    writeV4Board(doc);
    expect(() => migrateContentDoc(doc, MIGRATIONS.slice(0, 1))).toThrow(
      /version 4 is newer than this code knows \(2\)/,
    );
  });
});
