import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { controlMap } from './control-roots.js';
import { readControl } from './control.js';
import {
  adjustTimer,
  clearTimer,
  isTimerRunning,
  MAX_TIMER_MS,
  parseTimer,
  pauseTimer,
  resumeTimer,
  startTimer,
  timerRemaining,
  type TimerState,
} from './timer.js';

const T0 = 1_700_000_000_000;
const MIN = 60_000;
const origin = 'facilitator';
const timerOf = (doc: Y.Doc): TimerState | null => readControl(doc).timer;

function started(durationMs = 5 * MIN): Y.Doc {
  const doc = new Y.Doc();
  startTimer(doc, { durationMs, now: T0 }, origin);
  return doc;
}

describe('the workshop timer', () => {
  it('starts running from now for the chosen length', () => {
    const doc = started();
    const timer = timerOf(doc)!;
    expect(timer).toEqual({ durationMs: 5 * MIN, endsAt: T0 + 5 * MIN, remainingMs: 5 * MIN });
    expect(timerRemaining(timer, T0 + MIN)).toBe(4 * MIN);
    expect(isTimerRunning(timer, T0 + MIN)).toBe(true);
  });

  it('writes in one transaction with the caller origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    startTimer(doc, { durationMs: MIN, now: T0 }, origin);
    expect(origins).toEqual([origin]);
  });

  it('never shows more than it was started with, on a page whose clock runs behind', () => {
    const timer = timerOf(started())!;
    expect(timerRemaining(timer, T0 - 1500)).toBe(5 * MIN);
    expect(timerRemaining(timer, T0 + 1500)).toBe(5 * MIN - 1500);
  });

  it('never shows a negative remaining time, and stops running at zero', () => {
    const timer = timerOf(started(MIN))!;
    expect(timerRemaining(timer, T0 + MIN)).toBe(0);
    expect(timerRemaining(timer, T0 + 10 * MIN)).toBe(0);
    expect(isTimerRunning(timer, T0 + MIN)).toBe(false);
    expect(isTimerRunning(null, T0)).toBe(false);
  });

  it('keeps the remaining time while paused', () => {
    const doc = started();
    pauseTimer(doc, { now: T0 + 2 * MIN }, origin);
    const timer = timerOf(doc)!;
    expect(timer.endsAt).toBeNull();
    expect(timerRemaining(timer, T0 + 2 * MIN)).toBe(3 * MIN);
    expect(timerRemaining(timer, T0 + 60 * MIN)).toBe(3 * MIN);
    expect(isTimerRunning(timer, T0 + 3 * MIN)).toBe(false);
  });

  it('resumes a paused timer from where it stopped', () => {
    const doc = started();
    pauseTimer(doc, { now: T0 + 2 * MIN }, origin);
    resumeTimer(doc, { now: T0 + 10 * MIN }, origin);
    const timer = timerOf(doc)!;
    expect(timer.endsAt).toBe(T0 + 13 * MIN);
    expect(timerRemaining(timer, T0 + 11 * MIN)).toBe(2 * MIN);
    expect(timer.durationMs).toBe(5 * MIN);
  });

  it('does nothing when pausing a paused timer or resuming a running one', () => {
    const doc = started();
    resumeTimer(doc, { now: T0 + MIN }, origin);
    expect(timerOf(doc)!.endsAt).toBe(T0 + 5 * MIN);
    pauseTimer(doc, { now: T0 + MIN }, origin);
    pauseTimer(doc, { now: T0 + 2 * MIN }, origin);
    expect(timerOf(doc)!.remainingMs).toBe(4 * MIN);
  });

  it('does not resume a timer paused at zero', () => {
    const doc = started(MIN);
    pauseTimer(doc, { now: T0 + 2 * MIN }, origin);
    expect(timerOf(doc)!.remainingMs).toBe(0);
    resumeTimer(doc, { now: T0 + 3 * MIN }, origin);
    expect(timerOf(doc)!.endsAt).toBeNull();
  });

  it('ignores pause, resume and adjust when there is no timer', () => {
    const doc = new Y.Doc();
    pauseTimer(doc, { now: T0 }, origin);
    resumeTimer(doc, { now: T0 }, origin);
    adjustTimer(doc, { deltaMs: MIN, now: T0 }, origin);
    expect(timerOf(doc)).toBeNull();
  });

  it('adds time to a running timer, lengthening it past its duration', () => {
    const doc = started();
    adjustTimer(doc, { deltaMs: 10 * MIN, now: T0 + MIN }, origin);
    const timer = timerOf(doc)!;
    expect(timerRemaining(timer, T0 + MIN)).toBe(14 * MIN);
    expect(timer.endsAt).toBe(T0 + 15 * MIN);
    expect(timer.durationMs).toBe(14 * MIN);
  });

  it('takes time off a paused timer and stays paused', () => {
    const doc = started();
    pauseTimer(doc, { now: T0 + MIN }, origin);
    adjustTimer(doc, { deltaMs: -2 * MIN, now: T0 + 30 * MIN }, origin);
    const timer = timerOf(doc)!;
    expect(timer).toEqual({ durationMs: 5 * MIN, endsAt: null, remainingMs: 2 * MIN });
  });

  it('never takes a timer below zero', () => {
    const running = started();
    adjustTimer(running, { deltaMs: -60 * MIN, now: T0 }, origin);
    expect(timerRemaining(timerOf(running)!, T0)).toBe(0);
    const paused = started();
    pauseTimer(paused, { now: T0 }, origin);
    adjustTimer(paused, { deltaMs: -60 * MIN, now: T0 }, origin);
    expect(timerOf(paused)!.remainingMs).toBe(0);
  });

  it(`never adds beyond ${MAX_TIMER_MS} ms`, () => {
    const doc = started(MAX_TIMER_MS - MIN);
    adjustTimer(doc, { deltaMs: 10 * MIN, now: T0 }, origin);
    const timer = timerOf(doc)!;
    expect(timerRemaining(timer, T0)).toBe(MAX_TIMER_MS);
    expect(timer.durationMs).toBe(MAX_TIMER_MS);
  });

  it('refuses a non-finite adjustment and keeps the timer', () => {
    const doc = started();
    expect(() => adjustTimer(doc, { deltaMs: NaN, now: T0 }, origin)).toThrow(RangeError);
    expect(timerOf(doc)).toEqual({ durationMs: 5 * MIN, endsAt: T0 + 5 * MIN, remainingMs: 5 * MIN });
  });

  it('refuses a non-finite clock and keeps the timer', () => {
    const doc = started();
    expect(() => pauseTimer(doc, { now: NaN }, origin)).toThrow(RangeError);
    expect(() => adjustTimer(doc, { deltaMs: MIN, now: Infinity }, origin)).toThrow(RangeError);
    expect(() => startTimer(doc, { durationMs: MIN, now: NaN }, origin)).toThrow(RangeError);
    expect(timerOf(doc)!.endsAt).toBe(T0 + 5 * MIN);
    pauseTimer(doc, { now: T0 }, origin);
    expect(() => resumeTimer(doc, { now: NaN }, origin)).toThrow(RangeError);
    expect(timerOf(doc)!.remainingMs).toBe(5 * MIN);
  });

  it('clears the timer', () => {
    const doc = started();
    clearTimer(doc, origin);
    expect(timerOf(doc)).toBeNull();
    expect(controlMap(doc).has('timer')).toBe(false);
  });

  it.each([0, -1, NaN, Infinity, MAX_TIMER_MS + 1, 0.2])('refuses a length of %s ms', (durationMs) => {
    const doc = started();
    expect(() => startTimer(doc, { durationMs, now: T0 }, origin)).toThrow(RangeError);
    expect(timerOf(doc)!.durationMs).toBe(5 * MIN);
  });

  it('accepts lengths from 1 ms to the maximum, rounded to whole ms', () => {
    const doc = new Y.Doc();
    startTimer(doc, { durationMs: 1, now: T0 }, origin);
    expect(timerOf(doc)!.durationMs).toBe(1);
    startTimer(doc, { durationMs: MAX_TIMER_MS, now: T0 }, origin);
    expect(timerOf(doc)!.durationMs).toBe(MAX_TIMER_MS);
    startTimer(doc, { durationMs: 1500.6, now: T0 }, origin);
    expect(timerOf(doc)!.durationMs).toBe(1501);
  });
});

describe('parseTimer', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 5],
    ['an array', [1, 2, 3]],
    ['a negative remaining time', { durationMs: 10, endsAt: null, remainingMs: -1 }],
    ['a duration over the maximum', { durationMs: MAX_TIMER_MS + 1, endsAt: null, remainingMs: 1 }],
    ['a string end', { durationMs: 10, endsAt: '2024', remainingMs: 10 }],
    ['a missing end', { durationMs: 10, remainingMs: 10 }],
    ['an infinite end', { durationMs: 10, endsAt: Infinity, remainingMs: 10 }],
  ])('rejects %s', (_label, value) => {
    expect(parseTimer(value)).toBeNull();
  });
});
