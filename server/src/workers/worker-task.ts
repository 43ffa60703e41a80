// One task in a worker thread, for work that would otherwise hold the event loop that serves
// everyone's live sync (rasterising a board). A worker per task: such tasks take far longer than a
// worker's start, and each one's memory goes back when it ends.
//
// The worker runs a module next to the caller's. From TypeScript source (development, tests),
// the worker loads it through tsx, resolving `@kyoso/*` to source as the server does.
import { Worker, parentPort, workerData } from 'node:worker_threads';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** The URL of the module `name` next to `callerUrl`, in the caller's own form (.ts or .js). */
export function siblingModule(callerUrl: string, name: string): URL {
  return new URL(`./${name}${callerUrl.endsWith('.ts') ? '.ts' : '.js'}`, callerUrl);
}

function startWorker(moduleUrl: URL, data: unknown, transferList: ArrayBuffer[]): Worker {
  if (!moduleUrl.pathname.endsWith('.ts')) return new Worker(moduleUrl, { workerData: data, transferList });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  return new Worker(boot, {
    eval: true,
    workerData: data,
    transferList,
    execArgv: [
      ...process.execArgv.filter((arg) => !arg.startsWith('--conditions')),
      '--conditions=kyoso-src',
    ],
  });
}

/**
 * Runs the worker module at `moduleUrl` (which calls `serveTask`) on `data`, handing over the
 * buffers in `transferList` instead of copying them; its answer.
 */
export function runInWorker<T>(moduleUrl: URL, data: unknown, transferList: ArrayBuffer[] = []): Promise<T> {
  const worker = startWorker(moduleUrl, data, transferList);
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (outcome: Outcome<T>) => {
      if (outcome.ok) resolve(outcome.value);
      else reject(new Error(outcome.error));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the worker stopped (exit code ${code}) before answering`)),
    );
  });
}

/** In a worker module: does `work` on the task's data and answers, transferring `transfer(value)`. */
export function serveTask<I, T>(
  work: (data: I) => T | Promise<T>,
  transfer?: (value: T) => ArrayBuffer[],
): void {
  const port = parentPort;
  if (!port) throw new Error('serveTask runs in a worker thread');
  Promise.resolve()
    .then(() => work(workerData as I))
    .then(
      (value) => port.postMessage({ ok: true, value } satisfies Outcome<T>, transfer?.(value) ?? []),
      (error: unknown) => port.postMessage({ ok: false, error: String(error) } satisfies Outcome<T>),
    );
}
