import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['kyoso-src'] },
  ssr: { resolve: { conditions: ['kyoso-src'] } },
  test: {
    // A limit that catches a hang, not a speed target (those are benchmarks): the longest browser
    // scenarios (a whole workshop, the joint plan) take 20-30 s with the suite around them on a
    // slow two-core machine, and 30 s cut them off there.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // At least two files at once, even on two cores (Vitest's default there is one): the browser
    // and server tests mostly wait on sockets, timers and Chromium's own processes, so two of them
    // share the machine well (the suite took 456 s one at a time, 307 s two at a time).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default'],
    projects: [
      {
        // Unit tests share one process (a fresh one per file spent most of the run importing);
        // they keep no global state between files, and undo their fake timers and stubs.
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.ts'],
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      // Against real servers, browsers and databases. Each file starts and stops its own servers,
      // so these too share a process rather than re-import the server for every file.
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/hardening/**'],
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      // Attacks whose tests time the server's /healthz and read its memory: they run last, one
      // file at a time, so that what they measure is the attack, not the rest of the suite.
      {
        extends: true,
        test: {
          name: 'hardening',
          include: ['test/hardening/**/*.test.ts'],
          isolate: false,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
