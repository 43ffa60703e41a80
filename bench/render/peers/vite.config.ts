// Builds the peers' pages (excalidraw/, tldraw/) with the app's Vite and the peers' own packages
// (installed here by the benchmark: bench/render/peers.ts).
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
    'process.env.IS_PREACT': JSON.stringify('false'),
  },
  build: {
    target: 'es2022',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 20_000,
    rollupOptions: {
      input: {
        excalidraw: `${import.meta.dirname}/excalidraw/index.html`,
        tldraw: `${import.meta.dirname}/tldraw/index.html`,
      },
    },
  },
});
