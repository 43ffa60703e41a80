// Tasks in a worker thread, for work that would otherwise hold the event loop that serves
// everyone's live sync (rasterising a board, preparing an import). One worker per task module,
// started on first use and kept while tasks keep coming: starting one (loading resvg and the
// fonts, or compiling TypeScript in development) costs more CPU than a small task. Tasks take
// turns in it; an idle worker stops after IDLE_MS, and one that holds more than RETIRE_BYTES after
// a task (a 50-megapixel PNG, a 32 MiB import) stops at once, giving its memory back. A worker
// that dies fails its task and the next task starts a fresh one.
//
// The worker runs a module next to the caller's. From TypeScript source (development, tests),
// the worker loads it through tsx, resolving `@kyoso/*` to source as the server does.
import { setPriority } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { Worker, parentPort } from 'node:worker_threads';

/** A task's answer; `retire`: the worker holds too much memory to keep. */
type Outcome<T> = { id: number; retire: boolean } & ({ ok: true; value: T } | { ok: false; error: string });

interface Task {
  id: number;
  data: unknown;
  transferList: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** How much nicer than the event loop's thread a worker runs (Linux keeps nice values per thread). */
export const WORKER_NICENESS = 10;

/** A worker holding more than this (heap and buffers) after a task stops. */
export const RETIRE_BYTES = 128 * 1024 * 1024;

/** An idle worker stops after this long. */
export const IDLE_MS = 30_000;

/** The URL of the module `name` next to `callerUrl`, in the caller's own form (.ts or .js). */
export function siblingModule(callerUrl: string, name: string): URL {
  return new URL(`./${name}${callerUrl.endsWith('.ts') ? '.ts' : '.js'}`, callerUrl);
}

function startWorker(moduleUrl: URL): Worker {
  if (!/\.[mc]?ts$/.test(moduleUrl.pathname)) return new Worker(moduleUrl);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  return new Worker(boot, {
    eval: true,
    execArgv: [
      ...process.execArgv.filter((arg) => !arg.startsWith('--conditions')),
      '--conditions=kyoso-src',
    ],
  });
}

class TaskWorker {
  private worker: Worker | null = null;
  private readonly queue: Task[] = [];
  private running: Task | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;

  constructor(private readonly moduleUrl: URL) {}

  run<T>(data: unknown, transferList: ArrayBuffer[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        data,
        transferList,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const task = this.queue.shift()!;
    this.running = task;
    const worker = this.worker ?? this.start();
    worker.ref();
    worker.postMessage({ id: task.id, data: task.data }, task.transferList);
  }

  private start(): Worker {
    const worker = startWorker(this.moduleUrl);
    this.worker = worker;
    worker.on('message', (outcome: Outcome<unknown>) => {
      const task = this.running;
      if (!task || task.id !== outcome.id) return;
      this.running = null;
      if (outcome.retire) {
        this.worker = null;
        void worker.terminate();
      }
      if (outcome.ok) task.resolve(outcome.value);
      else task.reject(new Error(outcome.error));
      this.settle();
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      const task = this.running;
      this.running = null;
      task?.reject(error);
      this.settle();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the worker stopped (exit code ${code}) before answering`)));
    return worker;
  }

  /** Next task, or idle: the process may exit meanwhile, and the worker stops after IDLE_MS. */
  private settle(): void {
    if (this.queue.length > 0) return this.pump();
    const worker = this.worker;
    if (!worker) return;
    worker.unref();
    this.idleTimer = setTimeout(() => {
      if (this.worker !== worker || this.running) return;
      this.worker = null;
      void worker.terminate();
    }, IDLE_MS);
    this.idleTimer.unref();
  }
}

const workers = new Map<string, TaskWorker>();

/**
 * Runs a task in the worker of the module at `moduleUrl` (which calls `serveTasks`) on `data`,
 * handing over the buffers in `transferList` instead of copying them; its answer.
 */
export function runInWorker<T>(moduleUrl: URL, data: unknown, transferList: ArrayBuffer[] = []): Promise<T> {
  let worker = workers.get(moduleUrl.href);
  if (!worker) workers.set(moduleUrl.href, (worker = new TaskWorker(moduleUrl)));
  return worker.run<T>(data, transferList);
}

/** A task whose answer is a file's bytes (an export): a Buffer over them, not a copy. */
export async function bytesFromWorker(moduleUrl: URL, data: unknown): Promise<Buffer> {
  const bytes = await runInWorker<Uint8Array>(moduleUrl, data);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** For `serveTasks`: hand over the buffers that `bytes` own whole (a slice of a shared pool is copied). */
export const handOver = (...bytes: Uint8Array[]): ArrayBuffer[] =>
  bytes.filter((b) => b.byteLength === b.buffer.byteLength).map((b) => b.buffer as ArrayBuffer);

/**
 * In a worker module: does `work` on each task's data and answers, transferring `transfer(value)`.
 * `retireAfterEach`: the worker stops after every task (for rare tasks: a kept worker's memory is
 * better given back).
 */
export function serveTasks<I, T>(
  work: (data: I) => T | Promise<T>,
  transfer?: (value: T) => ArrayBuffer[],
  { retireAfterEach = false }: { retireAfterEach?: boolean } = {},
): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  // On a busy machine the thread serving live sync comes first: this one takes the CPU it leaves.
  // (Only this thread: on Linux, `setpriority` of "this process" sets the calling thread's.)
  try {
    setPriority(0, WORKER_NICENESS);
  } catch {
    // Not allowed here (some containers): the worker runs at the same priority.
  }
  const held = () => {
    const { used_heap_size, external_memory } = getHeapStatistics();
    return used_heap_size + external_memory;
  };
  port.on('message', ({ id, data }: { id: number; data: I }) => {
    Promise.resolve()
      .then(() => work(data))
      .then(
        (value) => {
          const transferList = transfer?.(value) ?? [];
          // What is handed over leaves this thread: count what stays.
          const handedOver = transferList.reduce((sum, buffer) => sum + buffer.byteLength, 0);
          const retire = retireAfterEach || held() - handedOver > RETIRE_BYTES;
          port.postMessage({ id, retire, ok: true, value } satisfies Outcome<T>, transferList);
        },
        (error: unknown) =>
          port.postMessage({
            id,
            retire: retireAfterEach || held() > RETIRE_BYTES,
            ok: false,
            error: String(error),
          } satisfies Outcome<T>),
      );
  });
}
