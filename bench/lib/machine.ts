// What a result was measured on, for the results files.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';

export interface Machine {
  nproc: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  date: string;
}

export function describeMachine(): Machine {
  let nproc = availableParallelism();
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    // nproc is coreutils; availableParallelism is the same number on Linux.
  }
  let cpuModel = 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpuModel = line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // not Linux
  }
  return {
    nproc,
    cpuModel,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    date: new Date().toISOString(),
  };
}

/** Idle and total CPU time of the whole machine so far (/proc/stat, in clock ticks), or null. */
function cpuTimes(): { idle: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
    return { idle, total: fields.reduce((sum, value) => sum + value, 0) };
  } catch {
    return null;
  }
}

/**
 * Waits until the machine is quiet: a 250 ms window in which at least `idleShare` of all cores'
 * time was idle, or `timeoutMs` passed. Answers the milliseconds waited, or null on a timeout. A
 * browser's processes outlive a closed context for a while (a heavy page's renderer, its
 * collector): a cold load measured right after would pay for them.
 */
export async function waitForQuiet(idleShare = 0.85, timeoutMs = 15_000): Promise<number | null> {
  const started = performance.now();
  let before = cpuTimes();
  if (!before) return 0;
  while (performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const after = cpuTimes();
    if (!after) return 0;
    const total = after.total - before.total;
    if (total > 0 && (after.idle - before.idle) / total >= idleShare) return performance.now() - started;
    before = after;
  }
  return null;
}
