import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RETIRE_BYTES, runInWorker, WORKER_NICENESS } from './worker-task.js';

// A worker module of its own: answers with its thread id, throws or exits when asked.
const dir = mkdtempSync(join(tmpdir(), 'kyoso-worker-task-'));
const moduleUrl = pathToFileURL(join(dir, 'echo-worker.mts'));
writeFileSync(
  moduleUrl,
  `import { getPriority } from 'node:os';
import { threadId } from 'node:worker_threads';
import { serveTasks } from ${JSON.stringify(new URL('./worker-task.ts', import.meta.url).href)};
const kept: Uint8Array[] = [];
serveTasks((data: { say?: string; fail?: string; exit?: boolean; bytes?: Uint8Array; keepMiB?: number }) => {
  if (data.exit) process.exit(3);
  if (data.keepMiB) kept.push(new Uint8Array(data.keepMiB * 1024 * 1024).fill(1));
  if (data.fail) throw new Error(data.fail);
  return { said: data.say, thread: threadId, bytes: data.bytes?.byteLength ?? 0, priority: getPriority(0) };
});
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Answer = { said: string; thread: number; bytes: number; priority: number };

describe('runInWorker', () => {
  it('answers every task, in one worker kept between tasks, taking transferred buffers', async () => {
    const bytes = new Uint8Array(1024);
    const [a, b] = await Promise.all([
      runInWorker<Answer>(moduleUrl, { say: 'こんにちは', bytes }, [bytes.buffer]),
      runInWorker<Answer>(moduleUrl, { say: 'hello' }),
    ]);
    expect([a.said, b.said]).toEqual(['こんにちは', 'hello']);
    expect(a.bytes).toBe(1024);
    expect(bytes.byteLength).toBe(0); // handed over, not copied
    expect(b.thread).toBe(a.thread);
  }, 30_000);

  it('runs its worker below the event loop’s thread in priority, and only that thread', async () => {
    const answer = await runInWorker<Answer>(moduleUrl, { say: 'nice' });
    expect(answer.priority).toBe(getPriority(0) + WORKER_NICENESS);
  }, 30_000);

  it('fails a task that throws, with its message, and goes on', async () => {
    await expect(runInWorker(moduleUrl, { fail: 'bad file' })).rejects.toThrow('bad file');
    expect((await runInWorker<Answer>(moduleUrl, { say: 'still here' })).said).toBe('still here');
  }, 30_000);

  it('fails the task of a worker that dies, and starts a fresh one for the next', async () => {
    const before = await runInWorker<Answer>(moduleUrl, { say: 'before' });
    await expect(runInWorker(moduleUrl, { exit: true })).rejects.toThrow('exit code 3');
    const after = await runInWorker<Answer>(moduleUrl, { say: 'after' });
    expect(after.said).toBe('after');
    expect(after.thread).not.toBe(before.thread);
  }, 30_000);

  it('stops a worker that holds too much after a task; the next task gets a fresh one', async () => {
    const small = await runInWorker<Answer>(moduleUrl, { say: 'small', keepMiB: 1 });
    const same = await runInWorker<Answer>(moduleUrl, { say: 'same' });
    expect(same.thread).toBe(small.thread);
    const big = await runInWorker<Answer>(moduleUrl, {
      say: 'big',
      keepMiB: RETIRE_BYTES / 1024 / 1024 + 16,
    });
    expect(big.thread).toBe(small.thread);
    const fresh = await runInWorker<Answer>(moduleUrl, { say: 'fresh' });
    expect(fresh.thread).not.toBe(big.thread);
  }, 30_000);
});
