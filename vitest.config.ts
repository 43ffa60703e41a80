import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['kyoso-src'] },
  ssr: { resolve: { conditions: ['kyoso-src'] } },
  test: {
    include: [
      'shared/src/**/*.test.ts',
      'server/src/**/*.test.ts',
      'client/src/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
