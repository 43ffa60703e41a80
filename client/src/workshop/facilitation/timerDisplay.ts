// How the workshop timer reads on screen, pure: the clock text, whether it is in its last
// minute, and the custom durations a facilitator types ("7", "7:30", "90s").
import { MAX_TIMER_MS, timerRemaining, type TimerState } from '@kyoso/shared';

export type TimerStatus = 'running' | 'paused' | 'done';

export interface TimerView {
  remainingMs: number;
  status: TimerStatus;
  /** Under a minute left and not yet at zero: shown differently so nobody is surprised. */
  lastMinute: boolean;
  /** The clock text: `m:ss`, or `h:mm:ss` for an hour or more. */
  text: string;
}

export const LAST_MINUTE_MS = 60_000;
export const TIMER_PRESETS_MIN: readonly number[] = [3, 5, 10, 15];

const pad = (n: number) => String(n).padStart(2, '0');

/** Whole seconds rounded up, so `0:00` shows only when the time is really up. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

export function timerView(timer: TimerState, now: number): TimerView {
  const remainingMs = timerRemaining(timer, now);
  const status: TimerStatus = remainingMs <= 0 ? 'done' : timer.endsAt === null ? 'paused' : 'running';
  return {
    remainingMs,
    status,
    lastMinute: status !== 'done' && remainingMs <= LAST_MINUTE_MS,
    text: formatClock(remainingMs),
  };
}

/**
 * A typed duration in milliseconds, or null when it is not one: minutes ("7", "2.5"),
 * minutes and seconds ("7:30"), or with units ("90s", "10m", "1h", "1h30m"). Full-width digits
 * and colons (typed with a Japanese input method) are accepted.
 */
export function parseDuration(input: string): number | null {
  const text = input
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/分/g, 'm')
    .replace(/秒/g, 's')
    .replace(/時間/g, 'h');
  if (!text) return null;
  let ms: number | null = null;
  const clock = /^(\d{1,4}):([0-5]?\d)$/.exec(text);
  const units = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(text);
  if (/^\d+(?:\.\d+)?$/.test(text)) ms = Number(text) * 60_000;
  else if (clock) ms = (Number(clock[1]) * 60 + Number(clock[2])) * 1000;
  else if (units && (units[1] || units[2] || units[3]))
    ms = (Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0)) * 1000;
  if (ms === null || !Number.isFinite(ms)) return null;
  ms = Math.round(ms / 1000) * 1000;
  return ms >= 1000 && ms <= MAX_TIMER_MS ? ms : null;
}
