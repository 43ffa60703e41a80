import { describe, expect, it } from 'vitest';
import { formatClock, parseDuration, timerView } from './timerDisplay';

describe('the timer clock', () => {
  it('rounds up to whole seconds so that 0:00 means the time is up', () => {
    expect(formatClock(300_000)).toBe('5:00');
    expect(formatClock(299_001)).toBe('5:00');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(999)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('shows hours past an hour', () => {
    expect(formatClock(3_600_000)).toBe('1:00:00');
    expect(formatClock(3_725_000)).toBe('1:02:05');
  });

  it('reads running, paused and done timers against the server clock', () => {
    const running = { durationMs: 300_000, endsAt: 10_000 + 300_000, remainingMs: 300_000 };
    expect(timerView(running, 10_000)).toMatchObject({ status: 'running', lastMinute: false, text: '5:00' });
    expect(timerView(running, 10_000 + 250_000)).toMatchObject({ status: 'running', lastMinute: true });
    expect(timerView(running, 10_000 + 300_000)).toMatchObject({
      status: 'done',
      lastMinute: false,
      text: '0:00',
    });
    const paused = { durationMs: 300_000, endsAt: null, remainingMs: 42_000 };
    expect(timerView(paused, 99_999_999)).toMatchObject({ status: 'paused', lastMinute: true, text: '0:42' });
  });
});

describe('typed durations', () => {
  it('takes plain minutes, m:ss and units', () => {
    expect(parseDuration('7')).toBe(420_000);
    expect(parseDuration('2.5')).toBe(150_000);
    expect(parseDuration('7:30')).toBe(450_000);
    expect(parseDuration('0:45')).toBe(45_000);
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration(' 10 m ')).toBe(600_000);
  });

  it('takes full-width and Japanese input', () => {
    expect(parseDuration('７')).toBe(420_000);
    expect(parseDuration('３：３０')).toBe(210_000);
    expect(parseDuration('5分')).toBe(300_000);
    expect(parseDuration('1分30秒')).toBe(90_000);
  });

  it('refuses what is not a usable duration', () => {
    for (const text of ['', 'abc', '0', '0:00', '5:75', '-3', '25h', 'm', '1:2:3']) {
      expect(parseDuration(text), text).toBeNull();
    }
  });
});
