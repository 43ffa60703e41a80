// Exports take up to a few hundred megabytes and seconds of CPU on a large board (PNG, PDF), and
// every format is work. At the end of a workshop everyone presses "export" at once: they take
// turns here, a few at a time, instead of all rendering together; past a queue limit the server
// says it is busy (503, retry).
import { HttpError } from '../http/http-error.js';

export class RenderSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrent: number,
    private readonly maxWaiting: number,
  ) {}

  /** Runs `work` when a slot is free; a 503 when too many are already waiting. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrent) {
      if (this.waiting.length >= this.maxWaiting)
        throw new HttpError(503, 'the server is busy drawing other exports; try again in a moment');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      // Hand the slot to the next in line, or free it. The next starts on a later turn of the
      // event loop: resolved here, it would run in this turn's microtasks, right after this one,
      // and a queue of exports would hold the loop for all of them together.
      const next = this.waiting.shift();
      if (next) setImmediate(next);
      else this.running -= 1;
    }
  }
}
