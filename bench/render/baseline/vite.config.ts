// Builds the render baseline page (bench/render/baseline) with Vite's own JSX transform.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { target: 'es2022', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 5000 },
});
