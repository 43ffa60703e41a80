import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setPhase, setPhases } from './agenda.js';
import { controlMap } from './control-roots.js';
import { readControl } from './control.js';
import { setVoteHighlight } from './highlight.js';
import { DEFAULT_PHASES, MAX_PHASES, type Phase } from './phases.js';
import { clearTimer, pauseTimer, startTimer } from './timer.js';

const origin = 'facilitator';
const custom = (id: string, name = id): Phase => ({ id, key: null, name, instructions: null });

describe('moving through the agenda', () => {
  it('starts before any phase, on the default agenda', () => {
    const read = readControl(new Y.Doc());
    expect(read.phase).toBeNull();
    expect(read.phases).toEqual(DEFAULT_PHASES);
  });

  it('moves to a phase of the agenda and back to none', () => {
    const doc = new Y.Doc();
    setPhase(doc, 'vote', origin);
    expect(readControl(doc).phase).toBe('vote');
    setPhase(doc, 'agree', origin);
    expect(readControl(doc).phase).toBe('agree');
    setPhase(doc, null, origin);
    expect(readControl(doc).phase).toBeNull();
    expect(controlMap(doc).has('phase')).toBe(false);
  });

  it('clears a timer that ran out when the room moves on, and keeps one that runs or is paused', () => {
    const doc = new Y.Doc();
    startTimer(doc, { durationMs: 60_000, now: 0 }, origin);
    setPhase(doc, 'vote', origin, 30_000);
    expect(readControl(doc).timer).not.toBeNull();
    pauseTimer(doc, { now: 40_000 }, origin);
    setPhase(doc, 'agree', origin, 500_000);
    expect(readControl(doc).timer).not.toBeNull();
    clearTimer(doc, origin);
    startTimer(doc, { durationMs: 60_000, now: 0 }, origin);
    // Ran out at 60 s: the red 0:00 belongs to the step just left.
    setPhase(doc, 'vote', origin, 61_000);
    expect(readControl(doc).timer).toBeNull();
  });

  it('ends a vote highlight with the step it was set in, for everyone', () => {
    const doc = new Y.Doc();
    setPhase(doc, 'vote', origin);
    setVoteHighlight(doc, { round: 2, top: 3 }, origin);
    expect(readControl(doc).highlight).toEqual({ round: 2, top: 3 });
    setPhase(doc, 'vote', origin);
    expect(readControl(doc).highlight).toEqual({ round: 2, top: 3 });
    setPhase(doc, 'converge', origin);
    expect(readControl(doc).highlight).toBeNull();
  });

  it('reads a malformed highlight as none, and refuses to write one', () => {
    const doc = new Y.Doc();
    for (const bad of [{ round: 1, top: 0 }, { round: 1, top: 21 }, { round: 'x', top: 3 }, 'top 3']) {
      controlMap(doc).set('highlight', bad);
      expect(readControl(doc).highlight).toBeNull();
    }
    expect(() => setVoteHighlight(doc, { round: 1, top: 99 }, origin)).toThrow(RangeError);
  });

  it('refuses a phase that is not in the agenda and stays where it was', () => {
    const doc = new Y.Doc();
    setPhase(doc, 'vote', origin);
    expect(() => setPhase(doc, 'lunch', origin)).toThrow(RangeError);
    expect(readControl(doc).phase).toBe('vote');
  });
});

describe('editing the agenda', () => {
  it('replaces the phases, in order, keeping keys and custom text', () => {
    const doc = new Y.Doc();
    const phases: Phase[] = [
      { id: 'intro', key: 'checkIn', name: null, instructions: 'Five minutes each' },
      custom('lunch', 'Lunch'),
      { id: 'vote', key: 'vote', name: 'Dots', instructions: null },
    ];
    setPhases(doc, phases, origin);
    expect(readControl(doc).phases).toEqual(phases);
  });

  it('keeps the current phase when it is still in the agenda', () => {
    const doc = new Y.Doc();
    setPhase(doc, 'vote', origin);
    setPhases(doc, [custom('a'), { id: 'vote', key: 'vote', name: null, instructions: null }], origin);
    expect(readControl(doc).phase).toBe('vote');
  });

  it('drops the current phase when it is removed from the agenda', () => {
    const doc = new Y.Doc();
    setPhase(doc, 'vote', origin);
    setPhases(doc, [custom('a'), custom('b')], origin);
    expect(readControl(doc).phase).toBeNull();
    expect(controlMap(doc).has('phase')).toBe(false);
  });

  it.each<[string, Phase[]]>([
    ['an empty agenda', []],
    ['too many phases', Array.from({ length: MAX_PHASES + 1 }, (_, i) => custom(`p${i}`))],
    ['a repeated id', [custom('a'), custom('a', 'Again')]],
    ['a bad id', [custom('a b')]],
    ['an unknown key', [{ id: 'x', key: 'lunch' as never, name: null, instructions: null }]],
    ['a phase without key or name', [{ id: 'x', key: null, name: null, instructions: null }]],
    ['a name that is too long', [custom('x', 'n'.repeat(81))]],
  ])('refuses %s and keeps the agenda', (_label, phases) => {
    const doc = new Y.Doc();
    setPhase(doc, 'vote', origin);
    expect(() => setPhases(doc, phases, origin)).toThrow(RangeError);
    expect(readControl(doc).phases).toEqual(DEFAULT_PHASES);
    expect(readControl(doc).phase).toBe('vote');
  });

  it(`accepts exactly ${MAX_PHASES} phases`, () => {
    const doc = new Y.Doc();
    setPhases(
      doc,
      Array.from({ length: MAX_PHASES }, (_, i) => custom(`p${i}`)),
      origin,
    );
    expect(readControl(doc).phases).toHaveLength(MAX_PHASES);
  });

  it('stores only the phase fields, in one transaction with the caller origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    setPhases(doc, [{ ...custom('a'), extra: 'x' } as Phase], origin);
    expect(origins).toEqual([origin]);
    expect(controlMap(doc).get('phases')).toEqual([custom('a')]);
  });
});
