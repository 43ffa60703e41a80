// Leading + trailing throttle: the first request after a quiet period runs at once; requests
// during the next `intervalMs` collapse into one run at the end of it. Never more often than
// once per interval, and the last request always runs (it reads the latest state when it does).

export interface Throttle {
  request(): void;
  /** Drops a pending trailing run. */
  cancel(): void;
}

export function createThrottle(run: () => void, intervalMs: number, now: () => number = Date.now): Throttle {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    timer = null;
    last = now();
    run();
  };
  return {
    request() {
      if (timer !== null) return;
      const wait = last + intervalMs - now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
