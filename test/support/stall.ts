// Watches a server's event loop from outside: asks /healthz over and over while an attack runs and
// keeps the slowest answer. A blocked event loop shows as one slow answer, whatever blocked it.
// The asking runs in a worker thread with its own event loop, so that what the test itself does
// meanwhile (uploading a 32 MiB body, reading a large export) is not counted as the server's.
import { Worker } from 'node:worker_threads';

export interface StallWatch {
  /** Stops asking and answers the slowest /healthz round trip seen, in ms. */
  stop(): Promise<number>;
}

const WATCHER = `
const { parentPort, workerData } = require('node:worker_threads');
let running = true;
let worst = 0;
parentPort.on('message', () => { running = false; });
(async () => {
  while (running) {
    const started = performance.now();
    const res = await fetch(workerData.url + '/healthz');
    await res.arrayBuffer();
    worst = Math.max(worst, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  parentPort.postMessage(worst);
})().catch((error) => parentPort.postMessage({ error: String(error) }));
`;

export function watchStalls(baseUrl: string): StallWatch {
  const worker = new Worker(WATCHER, { eval: true, workerData: { url: baseUrl } });
  const result = new Promise<number>((resolve, reject) => {
    worker.once('message', (value: number | { error: string }) =>
      typeof value === 'number' ? resolve(value) : reject(new Error(value.error)),
    );
    worker.once('error', reject);
  });
  // Read by stop(); until then a failure (the server gone) must not count as unhandled.
  result.catch(() => {});
  return {
    async stop() {
      worker.postMessage('stop');
      try {
        return await result;
      } finally {
        await worker.terminate();
      }
    },
  };
}

/**
 * The server's own measure: the longest its event loop was held up since the previous call (its
 * `kyoso_event_loop_delay_max_seconds`, reset by each scrape), in ms. Unlike a /healthz round
 * trip it does not count what keeps this test's own process busy.
 */
export async function longestEventLoopDelay(baseUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const seconds = /^kyoso_event_loop_delay_max_seconds (\S+)$/m.exec(text)?.[1];
  if (seconds === undefined) throw new Error('the server reports no event-loop delay');
  return Number(seconds) * 1000;
}
