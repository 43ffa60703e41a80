// Watches a server's event loop from outside: asks /healthz over and over while an attack runs and
// keeps the slowest answer. A blocked event loop shows as one slow answer, whatever blocked it.

export interface StallWatch {
  /** Stops asking and answers the slowest /healthz round trip seen, in ms. */
  stop(): Promise<number>;
}

export function watchStalls(baseUrl: string): StallWatch {
  let running = true;
  let worst = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const res = await fetch(`${baseUrl}/healthz`);
      await res.arrayBuffer();
      worst = Math.max(worst, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return worst;
    },
  };
}
