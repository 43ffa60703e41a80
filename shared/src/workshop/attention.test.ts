import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseAttention, parseViewRect, setFollowMe, summonTo, type ViewRect } from './attention.js';
import { controlMap } from './control-roots.js';
import { readControl } from './control.js';

const origin = 'facilitator';
const view: ViewRect = { x: -100, y: 50, w: 1280, h: 720 };

describe('summoning everyone', () => {
  it('stores the view, who summoned and when', () => {
    const doc = new Y.Doc();
    summonTo(doc, { view, by: 'Aiko', now: 1000 }, origin);
    expect(readControl(doc).summon).toEqual({ seq: 1, view, by: 'Aiko', at: 1000 });
  });

  it('increases the sequence number with every summon, even to the same view', () => {
    const doc = new Y.Doc();
    summonTo(doc, { view, by: 'Aiko', now: 1 }, origin);
    summonTo(doc, { view, by: 'Aiko', now: 2 }, origin);
    summonTo(doc, { view: { ...view, x: 0 }, by: 'Ben', now: 3 }, origin);
    expect(readControl(doc).summon).toMatchObject({ seq: 3, by: 'Ben', view: { ...view, x: 0 } });
  });

  it('continues from the sequence number another facilitator left', () => {
    const other = new Y.Doc();
    for (let i = 0; i < 4; i++) summonTo(other, { view, by: 'Aiko', now: i }, origin);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    summonTo(doc, { view, by: 'Ben', now: 9 }, origin);
    expect(readControl(doc).summon?.seq).toBe(5);
  });

  it('writes in one transaction with the caller origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    summonTo(doc, { view, by: 'Aiko', now: 1 }, origin);
    expect(origins).toEqual([origin]);
  });

  it('cuts a long name to 80 characters', () => {
    const doc = new Y.Doc();
    summonTo(doc, { view, by: 'n'.repeat(200), now: 1 }, origin);
    expect(readControl(doc).summon?.by).toHaveLength(80);
  });

  it.each<[string, ViewRect]>([
    ['a zero width', { ...view, w: 0 }],
    ['a negative height', { ...view, h: -5 }],
    ['a NaN x', { ...view, x: NaN }],
    ['an off-world y', { ...view, y: 1e12 }],
    ['no rectangle at all', null as unknown as ViewRect],
  ])('refuses %s and keeps the previous summon', (_label, bad) => {
    const doc = new Y.Doc();
    summonTo(doc, { view, by: 'Aiko', now: 1 }, origin);
    expect(() => summonTo(doc, { view: bad, by: 'Aiko', now: 2 }, origin)).toThrow(RangeError);
    expect(readControl(doc).summon).toEqual({ seq: 1, view, by: 'Aiko', at: 1 });
  });

  it('refuses a non-finite time or a name that is not a string', () => {
    const doc = new Y.Doc();
    expect(() => summonTo(doc, { view, by: 'Aiko', now: NaN }, origin)).toThrow(RangeError);
    expect(() => summonTo(doc, { view, by: 7 as unknown as string, now: 1 }, origin)).toThrow();
    expect(controlMap(doc).has('summon')).toBe(false);
  });
});

describe('follow me', () => {
  it('sets and clears the leader', () => {
    const doc = new Y.Doc();
    setFollowMe(doc, { leader: 4242, name: 'Aiko', now: 10 }, origin);
    expect(readControl(doc).followMe).toEqual({ leader: 4242, name: 'Aiko', since: 10 });
    setFollowMe(doc, null, origin);
    expect(readControl(doc).followMe).toBeNull();
    expect(controlMap(doc).has('followMe')).toBe(false);
  });

  it('hands over to a new leader', () => {
    const doc = new Y.Doc();
    setFollowMe(doc, { leader: 1, name: 'Aiko', now: 10 }, origin);
    setFollowMe(doc, { leader: 2, name: 'Ben', now: 20 }, origin);
    expect(readControl(doc).followMe).toEqual({ leader: 2, name: 'Ben', since: 20 });
  });

  it('cuts a long name to 80 characters', () => {
    const doc = new Y.Doc();
    setFollowMe(doc, { leader: 1, name: 'n'.repeat(81), now: 0 }, origin);
    expect(readControl(doc).followMe?.name).toHaveLength(80);
  });

  it.each<[string, { leader: number; name: string; now: number }]>([
    ['a negative leader', { leader: -1, name: 'Aiko', now: 0 }],
    ['a fractional leader', { leader: 1.5, name: 'Aiko', now: 0 }],
    ['a NaN leader', { leader: NaN, name: 'Aiko', now: 0 }],
    ['a string leader', { leader: '1' as unknown as number, name: 'Aiko', now: 0 }],
    ['a NaN time', { leader: 1, name: 'Aiko', now: NaN }],
    ['a name that is not a string', { leader: 1, name: null as unknown as string, now: 0 }],
  ])('refuses %s and keeps the current leader', (_label, bad) => {
    const doc = new Y.Doc();
    setFollowMe(doc, { leader: 9, name: 'Aiko', now: 5 }, origin);
    expect(() => setFollowMe(doc, bad, origin)).toThrow();
    expect(readControl(doc).followMe).toEqual({ leader: 9, name: 'Aiko', since: 5 });
  });
});

describe('parseViewRect and parseAttention', () => {
  it('read only plain, well-formed values', () => {
    expect(parseViewRect(view)).toEqual(view);
    expect(parseViewRect([0, 0, 1, 1])).toBeNull();
    expect(parseViewRect({ x: '0', y: 0, w: 1, h: 1 })).toBeNull();
    expect(parseAttention(42, 'leader')).toEqual({ summon: null, followMe: null });
    expect(parseAttention({ seq: 1, view, by: 'a', at: 0 }, { leader: 0, name: '', since: 0 })).toEqual({
      summon: { seq: 1, view, by: 'a', at: 0 },
      followMe: { leader: 0, name: '', since: 0 },
    });
  });
});
