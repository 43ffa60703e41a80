// Helpers for a benchmark's child process (a load process): talking to the parent, waiting.
import { performance } from 'node:perf_hooks';
import { sleep } from './processes.js';

/** Sends a message to the parent over IPC; resolves once it is handed over. */
export function sendToParent(message: unknown): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

/** Polls `condition` until it holds; throws, naming `what`, after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}
