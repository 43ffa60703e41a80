// Fixture boards in old schema versions, written the way old code wrote them, for migration
// tests (here and in test/). Never change a fixture once its version has shipped.
import * as Y from 'yjs';
import type { Company } from '../companies.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import type { AgreedContent } from '../workshop/agreement-content.js';
import { initContentDoc } from './document.js';
import { metaMap, shapesMap } from './roots.js';

export const V1_FIXTURE_COMPANIES: readonly Company[] = [
  { key: 'acme' as CompanyKey, name: 'Acme', color: '#2f6fde' },
  { key: 'kumo' as CompanyKey, name: '雲産業', color: '#e0572b' },
];

/** A fresh, empty board at the current schema version with the fixture's two companies. */
export function createFixtureBoard(title = 'Fixture board'): Y.Doc {
  const doc = new Y.Doc();
  initContentDoc(doc, { title, companies: V1_FIXTURE_COMPANIES });
  return doc;
}

/** Ids of the shapes in the v1 fixture, in id order (the order migration 2 stacks them in). */
export const V1_FIXTURE_SHAPE_IDS = [
  'v1-connector',
  'v1-ellipse',
  'v1-frame',
  'v1-rect',
  'v1-sticky-a',
  'v1-sticky-b',
  'v1-text',
] as ShapeId[];

/**
 * Writes a schemaVersion 1 board into an empty doc: one shape of every type, no `index`
 * fields (v1 had no z-order), two company stickies inside a frame, a connector between them.
 */
export function writeV1Board(doc: Y.Doc): void {
  const shapes = shapesMap(doc);
  const add = (id: string, fields: Record<string, unknown>): void => {
    const map = new Y.Map<unknown>();
    shapes.set(id, map);
    for (const [key, value] of Object.entries(fields))
      map.set(key, typeof value === 'string' && key === 'text' ? new Y.Text(value) : value);
  };
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', 1);
    meta.set('title', 'v1 fixture: Acme × 雲産業');
    meta.set('companies', Y.Array.from(V1_FIXTURE_COMPANIES.map((company) => ({ ...company }))));
    add('v1-frame', { type: 'frame', x: 0, y: 0, w: 1000, h: 600, text: 'Assets' });
    add('v1-sticky-a', {
      type: 'sticky',
      x: 40,
      y: 80,
      w: 200,
      h: 160,
      text: 'Factories in Osaka',
      company: 'acme',
      kind: 'asset',
    });
    add('v1-sticky-b', {
      type: 'sticky',
      x: 400,
      y: 80,
      w: 200,
      h: 160,
      text: '販路',
      company: 'kumo',
      kind: 'gap',
      color: '#ffe066',
    });
    add('v1-rect', { type: 'rect', x: 1200, y: 0, w: 240, h: 160, text: '' });
    add('v1-ellipse', { type: 'ellipse', x: 1200, y: 300, w: 200, h: 200, text: 'Goal' });
    add('v1-text', { type: 'text', x: 0, y: -80, w: 400, h: 48, text: 'Workshop 1' });
    add('v1-connector', {
      type: 'connector',
      x: 0,
      y: 0,
      from: 'v1-sticky-a',
      to: 'v1-sticky-b',
      text: 'fills',
      startArrow: 'none',
      endArrow: 'arrow',
    });
  });
}

/** Writes shapes into root `shapes` as raw fields (`text` becomes a Y.Text; `owners` a Y.Map). */
function rawShapes(doc: Y.Doc, shapes: Record<string, Record<string, unknown>>): void {
  const root = shapesMap(doc);
  for (const [id, fields] of Object.entries(shapes)) {
    const map = new Y.Map<unknown>();
    root.set(id, map);
    for (const [key, value] of Object.entries(fields)) {
      if (key === 'text' && typeof value === 'string') map.set(key, new Y.Text(value));
      else if (key === 'owners' && value !== null && typeof value === 'object' && !Array.isArray(value))
        map.set(key, new Y.Map(Object.entries(value)));
      else map.set(key, value);
    }
  }
}

function fixtureMeta(doc: Y.Doc, version: number, title: string): void {
  const meta = metaMap(doc);
  meta.set('schemaVersion', version);
  meta.set('title', title);
  meta.set('companies', Y.Array.from(V1_FIXTURE_COMPANIES.map((company) => ({ ...company }))));
}

/** Writes a schemaVersion 2 board: every shape has an `index`; no areas, no synergy fields. */
export function writeV2Board(doc: Y.Doc): void {
  doc.transact(() => {
    fixtureMeta(doc, 2, 'v2 fixture: Acme × 雲産業');
    rawShapes(doc, {
      'v2-frame': { type: 'frame', x: 0, y: 0, w: 1000, h: 600, index: 'a0', text: '強み / Assets' },
      'v2-sticky': {
        type: 'sticky',
        ...{ x: 40, y: 80, w: 200, h: 160, index: 'a1' },
        text: 'Factories in Osaka',
        company: 'acme',
        kind: 'asset',
      },
      'v2-rect': { type: 'rect', x: 1200, y: 0, w: 240, h: 160, index: 'a2', text: '', color: '#1f9d6a' },
    });
  });
}

/**
 * Writes a schemaVersion 4 board: template areas (frames with `areaKind`, `areaCompany`) and a
 * synergy card with its fields, plus what a misbehaving client could store before the server
 * checked every shape: a colour that is no colour, a kind and an area kind the model does not
 * know, a synergy status and an owner's name that are not valid. Readers repair those (read them
 * as defaults); migration 5 drops them from storage.
 */
export function writeV4Board(doc: Y.Doc): void {
  doc.transact(() => {
    fixtureMeta(doc, 4, 'v4 fixture: Acme × 雲産業');
    rawShapes(doc, {
      'v4-area-acme': {
        type: 'frame',
        ...{ x: 0, y: 0, w: 600, h: 400, index: 'a0', text: 'Acme の強み' },
        areaKind: 'asset',
        areaCompany: 'acme',
      },
      'v4-area-bad': {
        type: 'frame',
        ...{ x: 700, y: 0, w: 600, h: 400, index: 'a1', text: '課題' },
        areaKind: 'weakness',
        areaCompany: 'kumo',
      },
      'v4-card': {
        type: 'sticky',
        ...{ x: 40, y: 80, w: 200, h: 160, index: 'a2', text: '物流網', company: 'acme' },
        kind: 'strength',
        color: 'red',
      },
      'v4-synergy': {
        type: 'sticky',
        ...{ x: 40, y: 500, w: 200, h: 160, index: 'a3', text: '共同配送 / Joint delivery' },
        kind: 'synergy',
        synergyType: 'sharedChannel',
        expectedValue: '年間 2 億円',
        owners: { acme: '山田', kumo: 7 },
        nextStep: 'PoC',
        due: '2027-03-31',
        status: 'maybe-later',
      },
    });
  });
}

/** What the v4 fixture's shapes read as (its bad values as their defaults), in z-order. */
export const V4_FIXTURE_SHAPE_IDS = ['v4-area-acme', 'v4-area-bad', 'v4-card', 'v4-synergy'] as ShapeId[];

/**
 * Writes a schemaVersion 5 board as the code of that time left it: company cards, two synergy
 * points and their connectors. Until v5 a synergy card's type was always read, 'complement' when
 * none was stored: `v5-agreed` stores none (a card made a synergy card through its kind, as the
 * kind picker or a synergy area did), `v5-typed` stores 'scale'. `v5-idea` is a card of another
 * kind. Migration 6 writes 'complement' into `v5-agreed`.
 */
export function writeV5Board(doc: Y.Doc): void {
  doc.transact(() => {
    fixtureMeta(doc, 5, 'v5 fixture: Acme × 雲産業');
    const card = { w: 200, h: 160 };
    rawShapes(doc, {
      'v5-asset': {
        type: 'sticky',
        ...{ x: 0, y: 0, ...card, index: 'a0', text: '物流網', company: 'acme' },
        kind: 'asset',
      },
      'v5-gap': {
        type: 'sticky',
        ...{ x: 800, y: 0, ...card, index: 'a1', text: '販路不足', company: 'kumo' },
        kind: 'gap',
      },
      'v5-agreed': {
        type: 'sticky',
        ...{ x: 400, y: 240, ...card, index: 'a2', text: '共同配送 / Joint delivery' },
        kind: 'synergy',
        expectedValue: '年間 2 億円',
        owners: { acme: '山田' },
        nextStep: 'PoC',
        due: '2027-03-31',
        status: 'candidate',
      },
      'v5-typed': {
        type: 'sticky',
        ...{ x: 400, y: 600, ...card, index: 'a3', text: '規模の経済' },
        kind: 'synergy',
        synergyType: 'scale',
      },
      'v5-idea': {
        type: 'sticky',
        ...{ x: 0, y: 600, ...card, index: 'a4', text: 'アイデア' },
        kind: 'idea',
      },
      'v5-link-from': {
        type: 'connector',
        ...{ x: 0, y: 0, index: 'a5', from: 'v5-asset', to: 'v5-agreed', text: '' },
        ...{ startArrow: 'none', endArrow: 'arrow' },
      },
      'v5-link-to': {
        type: 'connector',
        ...{ x: 0, y: 0, index: 'a6', from: 'v5-agreed', to: 'v5-gap', text: '' },
        ...{ startArrow: 'none', endArrow: 'arrow' },
      },
    });
  });
}

/**
 * What an agreement to `v5-agreed` recorded under schema 5 (`agreedContentOf` of that time, its
 * digest in `agreed` events): the type it was read with, 'complement', although none was stored.
 */
export const V5_AGREED_CONTENT: AgreedContent = {
  text: '共同配送 / Joint delivery',
  kind: 'synergy',
  company: null,
  synergy: {
    synergyType: 'complement',
    synergyTypeLabel: '',
    expectedValue: '年間 2 億円',
    effort: '',
    owners: { ['acme' as CompanyKey]: '山田' },
    nextStep: 'PoC',
    due: '2027-03-31',
  },
  linked: [
    { id: 'v5-asset' as ShapeId, side: 'from', company: 'acme' as CompanyKey, text: '物流網' },
    { id: 'v5-gap' as ShapeId, side: 'to', company: 'kumo' as CompanyKey, text: '販路不足' },
  ],
};
