// Whether a built client is older than what it is built from, and building it: shared by
// `npm start` (scripts/start.mjs) and the browser tests (test/e2e/support/browser.ts).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLIENT = join(ROOT, 'client');
/** What a client build is made from: a change to any of them makes the build stale. */
const SOURCES = [
  join(CLIENT, 'src'),
  join(CLIENT, 'build'),
  join(CLIENT, 'index.html'),
  join(CLIENT, 'vite.config.ts'),
  join(ROOT, 'shared', 'src'),
];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when `outDir` holds no build, or one older than a source file. */
export function clientIsStale(outDir) {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return true;
  return statSync(index).mtimeMs < Math.max(...SOURCES.filter(existsSync).map(newestMtime));
}

/** Builds the client into `outDir` with Vite; rejects with Vite's output when it fails. */
export async function buildClient(outDir, env = {}) {
  const vite = join(
    createRequire(join(CLIENT, 'package.json')).resolve('vite/package.json'),
    '..',
    'bin',
    'vite.js',
  );
  const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: CLIENT,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => (output = (output + chunk.toString('utf8')).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise((resolve) => {
    child.once('exit', resolve);
    child.once('error', () => resolve(-1));
  });
  if (code !== 0) throw new Error(`vite build failed (${String(code)}):\n${output}`);
}
