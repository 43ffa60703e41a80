import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { controlMap, locksMap } from './control-roots.js';
import { readControl } from './control.js';
import { DEFAULT_PHASES, MAX_PHASES } from './phases.js';

/** What a misbehaving client would send: written in its own doc, synced as an update. */
function fromPeer(write: (peer: Y.Doc) => void): Y.Doc {
  const peer = new Y.Doc();
  write(peer);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
  return doc;
}

const EMPTY = {
  phases: DEFAULT_PHASES,
  phase: null,
  timer: null,
  summon: null,
  followMe: null,
  locks: { frames: false, shapes: new Set() },
  highlight: null,
  cursorsHidden: false,
  tagList: new Map(),
  anonymous: false,
  checkIns: [],
};

/** Every field of the root `control` (docs/SCHEMA.md). */
const CONTROL_KEYS = [
  'phases',
  'phase',
  'timer',
  'summon',
  'followMe',
  'lockFrames',
  'hideCursors',
  'anonymous',
];

describe('readControl', () => {
  it('reads an empty document as the default agenda, no phase, no timer, nothing locked', () => {
    expect(readControl(new Y.Doc())).toEqual(EMPTY);
  });

  it('reads well-formed values', () => {
    const doc = new Y.Doc();
    const control = controlMap(doc);
    control.set('phases', [
      { id: 'intro', key: 'checkIn', name: null, instructions: null },
      { id: 'lunch', key: null, name: 'Lunch', instructions: null },
    ]);
    control.set('phase', 'lunch');
    control.set('timer', { durationMs: 60_000, endsAt: 1_000_060_000, remainingMs: 60_000 });
    control.set('summon', { seq: 3, view: { x: 1, y: 2, w: 300, h: 200 }, by: 'Facil', at: 5 });
    control.set('followMe', { leader: 12, name: 'Facil', since: 7 });
    control.set('lockFrames', true);
    control.set('hideCursors', true);
    locksMap(doc).set('card1', true);
    const read = readControl(doc);
    expect(read.phases.map((p) => p.id)).toEqual(['intro', 'lunch']);
    expect(read.phase).toBe('lunch');
    expect(read.timer).toEqual({ durationMs: 60_000, endsAt: 1_000_060_000, remainingMs: 60_000 });
    expect(read.summon).toEqual({ seq: 3, view: { x: 1, y: 2, w: 300, h: 200 }, by: 'Facil', at: 5 });
    expect(read.followMe).toEqual({ leader: 12, name: 'Facil', since: 7 });
    expect(read.locks.frames).toBe(true);
    expect([...read.locks.shapes]).toEqual(['card1']);
    expect(read.cursorsHidden).toBe(true);
  });

  it('reads numbers written where objects are expected as "not set"', () => {
    const doc = fromPeer((peer) => {
      const control = controlMap(peer);
      for (const key of CONTROL_KEYS) control.set(key, 1);
    });
    expect(readControl(doc)).toEqual(EMPTY);
  });

  it.each<[string, () => unknown]>([
    ['a Y.Map', () => new Y.Map()],
    ['a Y.Array', () => new Y.Array()],
    ['a Y.Text', () => new Y.Text('vote')],
  ])('reads %s written where plain values are expected as "not set"', (_label, make) => {
    const doc = fromPeer((peer) => {
      const control = controlMap(peer);
      for (const key of CONTROL_KEYS) control.set(key, make());
    });
    expect(() => readControl(doc)).not.toThrow();
    expect(readControl(doc)).toEqual(EMPTY);
  });

  it('ignores Y types shaped like phases, a timer or follow-me', () => {
    const doc = fromPeer((peer) => {
      const control = controlMap(peer);
      const phase = new Y.Map<unknown>();
      const phases = new Y.Array<unknown>();
      phases.push([phase]);
      control.set('phases', phases);
      phase.set('id', 'vote');
      phase.set('key', 'vote');
      const timer = new Y.Map<unknown>();
      control.set('timer', timer);
      timer.set('durationMs', 1000);
      timer.set('endsAt', null);
      timer.set('remainingMs', 1000);
      control.set('summon', { seq: 1, view: { x: 0, y: 0, w: 1, h: 1 }, by: 'x', at: 0 });
      const follow = new Y.Map<unknown>();
      control.set('followMe', follow);
      follow.set('leader', 1);
      follow.set('name', 'x');
      follow.set('since', 0);
    });
    const read = readControl(doc);
    expect(read.phases).toEqual(DEFAULT_PHASES);
    expect(read.timer).toBeNull();
    expect(read.summon?.seq).toBe(1);
    expect(read.followMe).toBeNull();
  });

  it('keeps the good phases of a list with garbage in it and drops repeated ids', () => {
    const doc = fromPeer((peer) =>
      controlMap(peer).set('phases', [
        7,
        null,
        'vote',
        [1, 2],
        { id: 'a', key: 'vote' },
        { id: 'a', key: 'agree' },
        { id: 'b', name: 'B' },
        { id: '', key: 'vote' },
      ]),
    );
    expect(readControl(doc).phases.map((p) => [p.id, p.key])).toEqual([
      ['a', 'vote'],
      ['b', null],
    ]);
  });

  it(`reads at most ${MAX_PHASES} phases from a huge list`, () => {
    const huge = Array.from({ length: 20_000 }, (_, i) => ({ id: `p${i}`, name: `Phase ${i}` }));
    const doc = fromPeer((peer) => controlMap(peer).set('phases', huge));
    const read = readControl(doc);
    expect(read.phases).toHaveLength(MAX_PHASES);
    expect(read.phases[0]?.id).toBe('p0');
  });

  it('reads a current phase that is not in the agenda as no phase', () => {
    const doc = fromPeer((peer) => {
      controlMap(peer).set('phases', [{ id: 'a', key: 'vote' }]);
      controlMap(peer).set('phase', 'b');
    });
    expect(readControl(doc).phase).toBeNull();
  });

  it('reads a current phase from the default agenda when no agenda was stored', () => {
    const doc = fromPeer((peer) => controlMap(peer).set('phase', 'vote'));
    expect(readControl(doc).phase).toBe('vote');
  });

  it('locks only ids set to exactly true, with valid shape ids', () => {
    const doc = fromPeer((peer) => {
      const locks = locksMap(peer);
      locks.set('good', true);
      locks.set('one', 1);
      locks.set('text', 'true');
      locks.set('obj', { locked: true });
      locks.set('ymap', new Y.Map());
      locks.set('bad id!', true);
      locks.set('x'.repeat(65), true);
    });
    expect([...readControl(doc).locks.shapes]).toEqual(['good']);
  });

  it('locks frames only when lockFrames is exactly true', () => {
    for (const value of ['true', 1, { on: true }, false]) {
      const doc = fromPeer((peer) => controlMap(peer).set('lockFrames', value));
      expect(readControl(doc).locks.frames).toBe(false);
    }
  });

  it('reads a control root that a peer wrote as an array as empty', () => {
    const doc = fromPeer((peer) => peer.getArray('control').push([{ phase: 'vote' }, 1, 'x']));
    expect(readControl(doc)).toEqual(EMPTY);
  });

  it('rejects summons and follow-me values with bad fields', () => {
    const view = { x: 0, y: 0, w: 10, h: 10 };
    const summons = [
      { seq: -1, view, by: 'a', at: 0 },
      { seq: 1.5, view, by: 'a', at: 0 },
      { seq: 1, view: { ...view, w: 0 }, by: 'a', at: 0 },
      { seq: 1, view: { ...view, x: 1e300 }, by: 'a', at: 0 },
      { seq: 1, view, by: 'a'.repeat(81), at: 0 },
      { seq: 1, view, by: 'a', at: 'now' },
    ];
    for (const summon of summons) {
      const doc = fromPeer((peer) => controlMap(peer).set('summon', summon));
      expect(readControl(doc).summon).toBeNull();
    }
    const follows = [
      { leader: -1, name: 'a', since: 0 },
      { leader: '12', name: 'a', since: 0 },
      { leader: 12, name: null, since: 0 },
      { leader: 12, name: 'a' },
    ];
    for (const followMe of follows) {
      const doc = fromPeer((peer) => controlMap(peer).set('followMe', followMe));
      expect(readControl(doc).followMe).toBeNull();
    }
  });
});
