// The real server as a child process (for crash tests): started from source, killed for real.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEST_SECRET } from './server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** Everything the server wrote to stdout and stderr so far (its JSON log). */
  output(): string;
}

export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  const args = [...nodeArgs, '--conditions=kyoso-src', '--import', 'tsx', 'server/src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      KYOSO_SECRET: TEST_SECRET,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 20_000);
    child.stdout.on('data', () => {
      const match = /"event":"listening","url":"http:\/\/[^:]+:(\d+)"/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return { url, process: child, exited, output: () => stdout + stderr };
}

/** Stops the server the way an operator does (SIGTERM) and waits for it to exit. */
/** A server that has not shut down this long after SIGTERM is killed: a stuck one must not outlive its test. */
const STOP_GRACE_MS = 15_000;

export async function stopServer(server: ChildServer): Promise<void> {
  if (server.process.exitCode === null) server.process.kill('SIGTERM');
  const kill = setTimeout(() => server.process.kill('SIGKILL'), STOP_GRACE_MS);
  try {
    await server.exited;
  } finally {
    clearTimeout(kill);
  }
}

/** The server process's resident memory, in bytes (Linux). */
export function rssOf(server: ChildServer): number {
  const status = readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!kib) throw new Error('no VmRSS for the server process');
  return Number(kib) * 1024;
}
