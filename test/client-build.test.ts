// The client as production builds it (Vite, client/vite.config.ts): every text asset worth it has
// a brotli and a gzip copy for the server to send, no source map is published, and the start
// page's own script loads neither the canvas (Konva) nor live sync (Yjs), which only a board needs;
// and the render benchmark's camera handle (VITE_KYOSO_BENCH) is not in it at all.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildClient } from './e2e/support/browser.js';

describe('the built client', () => {
  it('is precompressed, has no source maps, and keeps the canvas and sync out of the start page', async () => {
    const dir = await buildClient();
    const assets = join(dir, 'assets');
    const files = readdirSync(assets);
    expect(files.filter((name) => name.endsWith('.map'))).toEqual([]);

    const text = files.filter(
      (name) => /\.(?:js|css)$/.test(name) && statSync(join(assets, name)).size >= 1024,
    );
    expect(text.length).toBeGreaterThanOrEqual(4);
    for (const name of text) {
      const original = readFileSync(join(assets, name));
      const br = readFileSync(join(assets, `${name}.br`));
      const gz = readFileSync(join(assets, `${name}.gz`));
      expect(br.byteLength).toBeLessThan(original.byteLength);
      expect(brotliDecompressSync(br).equals(original)).toBe(true);
      expect(gunzipSync(gz).equals(original)).toBe(true);
    }

    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    const entry = /<script type="module" crossorigin src="\/(assets\/[^"]+\.js)"/.exec(index)?.[1];
    if (!entry) throw new Error(`no entry script in index.html:\n${index}`);
    const start = readFileSync(join(dir, entry), 'utf8');
    expect(start).not.toContain('Konva');
    expect(start).not.toContain('Yjs was already imported');
    // Both are in the chunks a board loads.
    const board = files
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(assets, name), 'utf8'));
    expect(board.some((code) => code.includes('Konva'))).toBe(true);
    expect(board.some((code) => code.includes('Yjs was already imported'))).toBe(true);
  });

  it("has none of the render benchmark's handle, which only the benchmark's own build adds", async () => {
    const dir = await buildClient();
    const scripts = readdirSync(join(dir, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(dir, 'assets', name), 'utf8'));
    expect(scripts.some((code) => code.includes('setViewport'))).toBe(false);
    expect(scripts.some((code) => code.includes('kyosoBench'))).toBe(false);
  });
});
