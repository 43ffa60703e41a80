// The workshop countdown, stored in `control` as a plain object so that it survives reloads:
// running timers keep their end time (server clock), paused ones their remaining time.
import type * as Y from 'yjs';
import { controlMap } from './control-roots.js';

export interface TimerState {
  /** The length it was set to, for "reset". */
  durationMs: number;
  /** When it reaches zero (ms since the epoch, server clock); null while paused or stopped. */
  endsAt: number | null;
  /** What is left while paused (equals durationMs before it first starts). */
  remainingMs: number;
}

export const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

const isDuration = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIMER_MS;

export function parseTimer(value: unknown): TimerState | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { durationMs, endsAt, remainingMs } = value as Record<string, unknown>;
  if (!isDuration(durationMs) || !isDuration(remainingMs)) return null;
  if (endsAt !== null && (typeof endsAt !== 'number' || !Number.isFinite(endsAt))) return null;
  return { durationMs, endsAt, remainingMs };
}

/**
 * Milliseconds left at `now`: never negative, and never more than was left when it last started
 * (a page whose clock estimate runs behind the facilitator's must not show 5:01 on a 5:00 timer).
 */
export function timerRemaining(timer: TimerState, now: number): number {
  if (timer.endsAt === null) return timer.remainingMs;
  return Math.min(timer.remainingMs, Math.max(0, timer.endsAt - now));
}

export const isTimerRunning = (timer: TimerState | null, now: number): boolean =>
  timer !== null && timer.endsAt !== null && timer.endsAt > now;

function write(doc: Y.Doc, timer: TimerState | null, origin: unknown): void {
  doc.transact(() => {
    if (timer) controlMap(doc).set('timer', timer);
    else controlMap(doc).delete('timer');
  }, origin);
}

function duration(ms: number): number {
  if (!isDuration(ms) || ms < 1) throw new RangeError(`a timer lasts 1 ms to ${MAX_TIMER_MS} ms`);
  return Math.round(ms);
}

/** A NaN or infinite clock or delta would write a timer that reads as none: refuse it. */
function finite(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new RangeError(`${name} must be a finite number`);
  return value;
}

/** Sets the timer to `durationMs` and starts it at `now`. */
export function startTimer(doc: Y.Doc, args: { durationMs: number; now: number }, origin: unknown): void {
  const durationMs = duration(args.durationMs);
  write(doc, { durationMs, endsAt: finite('now', args.now) + durationMs, remainingMs: durationMs }, origin);
}

export function pauseTimer(doc: Y.Doc, args: { now: number }, origin: unknown): void {
  finite('now', args.now);
  const timer = parseTimer(controlMap(doc).get('timer'));
  if (!timer || timer.endsAt === null) return;
  write(doc, { ...timer, endsAt: null, remainingMs: timerRemaining(timer, args.now) }, origin);
}

export function resumeTimer(doc: Y.Doc, args: { now: number }, origin: unknown): void {
  finite('now', args.now);
  const timer = parseTimer(controlMap(doc).get('timer'));
  if (!timer || timer.endsAt !== null || timer.remainingMs <= 0) return;
  write(doc, { ...timer, endsAt: args.now + timer.remainingMs }, origin);
}

/** Adds (or with a negative value, takes off) time, running or paused. */
export function adjustTimer(doc: Y.Doc, args: { deltaMs: number; now: number }, origin: unknown): void {
  finite('now', args.now);
  finite('deltaMs', args.deltaMs);
  const timer = parseTimer(controlMap(doc).get('timer'));
  if (!timer) return;
  const left = Math.min(MAX_TIMER_MS, Math.max(0, timerRemaining(timer, args.now) + args.deltaMs));
  const durationMs = Math.min(MAX_TIMER_MS, Math.max(timer.durationMs, left));
  write(
    doc,
    timer.endsAt === null
      ? { durationMs, endsAt: null, remainingMs: left }
      : { durationMs, endsAt: args.now + left, remainingMs: left },
    origin,
  );
}

export function clearTimer(doc: Y.Doc, origin: unknown): void {
  write(doc, null, origin);
}
