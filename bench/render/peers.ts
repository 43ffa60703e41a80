// The peers the render benchmark measures Kyoso against, Excalidraw and tldraw, from the npm
// registry: bench/render/peers has its own package.json and lock file, installed there (`npm ci`)
// on the first run and whenever the lock file changes, so the app's own install never carries
// them. Their pages are built with the app's Vite.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { viteBuild } from './apps.js';

export type PeerName = 'Excalidraw' | 'tldraw';
export const PEERS: readonly PeerName[] = ['Excalidraw', 'tldraw'];
/** The page of each peer, relative to the built directory. */
export const PEER_PAGES: Record<PeerName, string> = {
  Excalidraw: 'excalidraw/index.html',
  tldraw: 'tldraw/index.html',
};

const INSTALL_TIMEOUT_MS = 600_000;

const peersDir = (rootDir: string) => join(rootDir, 'bench', 'render', 'peers');

/** Installs the peers' packages unless what is installed matches the lock file. */
export async function installPeers(rootDir: string, progress: (line: string) => void): Promise<void> {
  const dir = peersDir(rootDir);
  const lock = createHash('sha256')
    .update(readFileSync(join(dir, 'package-lock.json')))
    .digest('hex');
  const stamp = join(dir, 'node_modules', '.kyoso-lock-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return;
  progress('installing Excalidraw and tldraw for the render benchmark (npm ci in bench/render/peers)');
  const npm = process.env['npm_execpath'];
  const [command, args] = npm?.endsWith('.js') ? [process.execPath, [npm]] : ['npm', [] as string[]];
  const child = spawn(command, [...args, 'ci', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const timer = setTimeout(() => child.kill('SIGKILL'), INSTALL_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', resolve);
    child.once('error', () => resolve(-1));
  }).finally(() => clearTimeout(timer));
  if (code !== 0) throw new Error(`npm ci in ${dir} failed (${String(code)}):\n${output}`);
  writeFileSync(stamp, lock);
}

/** Builds both peers' pages into `outDir`, with Excalidraw's fonts beside them (its asset path). */
export async function buildPeers(rootDir: string, outDir: string): Promise<void> {
  await viteBuild(rootDir, rootDir, [
    '--config',
    join(peersDir(rootDir), 'vite.config.ts'),
    '--outDir',
    outDir,
  ]);
  await cp(
    join(peersDir(rootDir), 'node_modules', '@excalidraw', 'excalidraw', 'dist', 'prod', 'fonts'),
    join(outDir, 'excalidraw-assets', 'fonts'),
    { recursive: true },
  );
}
