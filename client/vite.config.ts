import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { precompress } from './build/precompress';

// Where `npm run dev` / `vite preview` forward API and websocket calls (the Kyoso server).
const backend = process.env.KYOSO_DEV_BACKEND ?? 'http://localhost:8787';
const proxy = {
  '/api': { target: backend, changeOrigin: true },
  '/sync': { target: backend, changeOrigin: true, ws: true },
};

// Source maps would publish the whole source next to the app: built only when asked for.
const sourcemap = process.env.KYOSO_SOURCEMAPS === '1';

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    // `kyoso-src` makes `@kyoso/shared` resolve to its TypeScript source (no prior build needed).
    // Setting `conditions` replaces Vite's defaults, so they are spread back in.
    conditions: ['kyoso-src', ...defaultClientConditions],
  },
  server: { proxy },
  preview: { proxy },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap },
});
