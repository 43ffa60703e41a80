import { describe, expect, it } from 'vitest';
import type { HttpError } from '../http/http-error.js';
import { RenderSlots } from './render-slots.js';

/** A job that runs until released, recording how many ran at once. */
function jobs() {
  let active = 0;
  let peak = 0;
  const releases: (() => void)[] = [];
  const job = () =>
    new Promise<void>((resolve) => {
      active += 1;
      peak = Math.max(peak, active);
      releases.push(() => {
        active -= 1;
        resolve();
      });
    });
  return { job, releases, peak: () => peak, active: () => active };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('RenderSlots', () => {
  it('runs at most `concurrent` jobs at once and the rest in turn', async () => {
    const slots = new RenderSlots(2, 10);
    const { job, releases, peak, active } = jobs();
    const done = [slots.run(job), slots.run(job), slots.run(job), slots.run(job)];
    await settle();
    expect(active()).toBe(2);
    while (releases.length > 0) {
      releases.shift()!();
      await settle();
    }
    await Promise.all(done);
    expect(peak()).toBe(2);
    expect(releases).toHaveLength(0);
  });

  it('starts the next job on a later turn of the event loop, so waiting I/O runs in between', async () => {
    const slots = new RenderSlots(1, 10);
    const order: string[] = [];
    const first = slots.run(async () => {
      order.push('first');
      // Ready while the first job runs, like a /healthz request arriving meanwhile.
      setImmediate(() => order.push('io'));
    });
    const second = slots.run(async () => {
      order.push('second');
    });
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'io', 'second']);
  });

  it('refuses with 503 past the queue limit, and a failed job frees its slot', async () => {
    const slots = new RenderSlots(1, 1);
    const { job, releases } = jobs();
    const first = slots.run(job);
    const second = slots.run(job);
    await expect(slots.run(job)).rejects.toMatchObject({ status: 503 } satisfies Partial<HttpError>);
    await settle();
    releases.shift()!();
    await first;
    await settle();
    releases.shift()!();
    await second;
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(slots.run(async () => 'free again')).resolves.toBe('free again');
  });
});
