import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ShapeId } from '../ids.js';
import {
  activityEntriesMap,
  attributionMap,
  MAX_ACTIVITY_ENTRIES,
  type ActivityEntry,
  type Stamp,
} from './activity-doc.js';
import {
  parseActivityActor,
  parseActivityEntry,
  parseAttribution,
  readActivity,
  readAttribution,
  readAttributions,
} from './read-activity.js';
import { pruneActivity, writeActivity } from './write-activity.js';

const at = '2026-11-24T10:00:00.000Z';
const later = '2026-11-24T10:05:00.000Z';
const aiko = { participant: 'p1234567', name: 'Aiko', role: 'member', company: 'a' } as const;
const link = { participant: null, name: null, role: 'member', company: 'b' } as const;
const s1 = 's1' as ShapeId;

const stamp = (actor: object, when = at) => ({ ...actor, at: when }) as Stamp;
const entry = (id: string, when: string, extra: Partial<ActivityEntry> = {}): ActivityEntry => ({
  id,
  type: 'edited',
  at: when,
  by: { ...aiko } as ActivityEntry['by'],
  shapes: [s1],
  ...extra,
});

describe('activity readers', () => {
  it('read actors of a person and of a link token', () => {
    expect(parseActivityActor(aiko)).toEqual(aiko);
    expect(parseActivityActor(link)).toEqual(link);
    expect(parseActivityActor({ ...link, role: 'facilitator', company: null })).toEqual({
      ...link,
      role: 'facilitator',
      company: null,
    });
  });

  it('never throw on garbage and read it as absent', () => {
    const garbage: unknown[] = [
      null,
      undefined,
      42,
      'text',
      [],
      [aiko],
      new Y.Map(),
      { ...aiko, role: 'admin' },
      { ...aiko, company: null },
      { ...aiko, name: '' },
      { ...aiko, name: 'x'.repeat(81) },
      { ...aiko, participant: null },
      { ...link, name: 'claims a name' },
      { ...aiko, company: 'Not A Key!' },
      Object.create(null),
    ];
    for (const value of garbage) {
      expect(() => parseActivityActor(value)).not.toThrow();
      expect(parseActivityActor(value)).toBeNull();
      expect(parseAttribution(value)).toBeNull();
      expect(parseActivityEntry(value)).toBeNull();
      expect(parseAttribution({ created: value, changed: value })).toBeNull();
    }
    expect(parseAttribution({ created: stamp(aiko, 'yesterday') })).toBeNull();
    expect(parseAttribution({ created: { ...stamp(aiko), file: 'yes' } })).toBeNull();
  });

  it('read an attribution with one side unknown', () => {
    expect(parseAttribution({ created: stamp(aiko), changed: null })).toEqual({
      created: stamp(aiko),
      changed: null,
    });
    expect(parseAttribution({ created: 'nonsense', changed: stamp(link) })).toEqual({
      created: null,
      changed: stamp(link),
    });
  });

  it('read entries strictly: a bad field, an unknown type or an id that is not its key is skipped', () => {
    const good = entry('e1234567', at, { until: later, label: '物流網', more: 3, links: 2, synergy: true });
    expect(parseActivityEntry(good, 'e1234567')).toEqual(good);
    expect(parseActivityEntry(good, 'other123')).toBeNull();
    for (const bad of [
      { ...good, type: 'revealed' },
      { ...good, shapes: ['not an id!'] },
      { ...good, shapes: new Array(51).fill('s1') },
      { ...good, until: 'soon' },
      { ...good, label: 'x'.repeat(61) },
      { ...good, more: 0 },
      { ...good, links: 0 },
      { ...good, synergy: false },
      { ...good, area: { frame: 'f1', kind: 'dragon', company: 'a' } },
      { ...good, version: { id: 'v1', name: 'n' } },
      { ...good, by: { ...aiko, role: 'ghost' } },
      // A step names its step, and only a step does; `was` is an edit's.
      { ...good, type: 'step', shapes: [] },
      { ...good, step: { key: 'vote', name: null } },
      { ...good, type: 'step', shapes: [], step: { key: 'dance', name: null } },
      { ...good, type: 'step', shapes: [], step: { key: null, name: 'x'.repeat(81) } },
      { ...good, type: 'created', was: '前' },
    ]) {
      expect(parseActivityEntry(bad)).toBeNull();
    }
    expect(
      parseActivityEntry({
        ...good,
        type: 'restored',
        shapes: [],
        version: { id: 'pY3v0sQm9e2Xq1bTz8kL4w', name: 'after day 1', kind: 'named' },
      }),
    ).toMatchObject({ type: 'restored', version: { kind: 'named' } });
    expect(
      parseActivityEntry({ ...good, type: 'step', shapes: [], step: { key: null, name: '昼休み' } }),
    ).toMatchObject({ type: 'step', step: { key: null, name: '昼休み' } });
    expect(parseActivityEntry({ ...good, type: 'edited', was: '物流' })).toMatchObject({ was: '物流' });
  });

  it('readActivity skips and counts malformed entries, oldest first', () => {
    const doc = new Y.Doc();
    const entries = activityEntriesMap(doc);
    entries.set('e2222222', entry('e2222222', later));
    entries.set('e1111111', entry('e1111111', at));
    entries.set('bad', { nonsense: true });
    entries.set('e3333333', new Y.Map());
    const read = readActivity(doc);
    expect(read.entries.map((e) => e.id)).toEqual(['e1111111', 'e2222222']);
    expect(read.skipped).toBe(2);
  });
});

describe('writeActivity', () => {
  it('merges a partial attribution with what is stored', () => {
    const doc = new Y.Doc();
    writeActivity(doc, { attributions: new Map([[s1, { created: stamp(aiko), changed: null }]]) }, null);
    writeActivity(doc, { attributions: new Map([[s1, { changed: stamp(link, later) }]]) }, null);
    expect(readAttribution(doc, s1)).toEqual({ created: stamp(aiko), changed: stamp(link, later) });
    expect(readAttributions(doc).size).toBe(1);
    expect(attributionMap(doc).size).toBe(1);
  });

  it('writes a shape made as its creator, and made again as its last change (the creator kept)', () => {
    const doc = new Y.Doc();
    writeActivity(doc, { attributions: new Map([[s1, { made: stamp(aiko) }]]) }, null);
    expect(readAttribution(doc, s1)).toEqual({ created: stamp(aiko), changed: null });
    writeActivity(doc, { attributions: new Map([[s1, { made: stamp(link, later) }]]) }, null);
    expect(readAttribution(doc, s1)).toEqual({ created: stamp(aiko), changed: stamp(link, later) });
    writeActivity(
      doc,
      { attributions: new Map([[s1, { made: stamp(link, later), changed: stamp(aiko, later) }]]) },
      null,
    );
    expect(readAttribution(doc, s1)).toEqual({ created: stamp(aiko), changed: stamp(aiko, later) });
  });

  it('writes entries under their id (a rewrite replaces) and in one transaction', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    writeActivity(doc, { entries: [entry('e1111111', at)] }, 'o');
    writeActivity(doc, { entries: [entry('e1111111', at, { until: later })] }, 'o');
    expect(readActivity(doc).entries).toEqual([entry('e1111111', at, { until: later })]);
    expect(transactions).toBe(2);
  });

  it('prunes the oldest entries past the cap down to 90% of it', () => {
    const doc = new Y.Doc();
    const many = Array.from({ length: MAX_ACTIVITY_ENTRIES + 1 }, (_, i) =>
      entry(`e${String(i).padStart(7, '0')}`, new Date(Date.parse(at) + i * 1000).toISOString()),
    );
    writeActivity(doc, { entries: many }, null);
    const kept = readActivity(doc).entries;
    expect(kept).toHaveLength(Math.floor(MAX_ACTIVITY_ENTRIES * 0.9));
    expect(kept.at(-1)!.id).toBe(many.at(-1)!.id);
    expect(kept[0]!.id).toBe(many[many.length - kept.length]!.id);
    expect(pruneActivity(doc, MAX_ACTIVITY_ENTRIES)).toBe(0);
  });
});
