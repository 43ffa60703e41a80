// Measuring one export: wall time, CPU time (this process, or a set of child processes read from
// /proc) and the longest event-loop stall, sampled by a 5 ms interval timer while the work runs.
import { readdirSync, readFileSync } from 'node:fs';
import { processCpuMs } from '../lib/processes.js';

const TICK_MS = 5;

export interface Sample {
  wallMs: number;
  /** CPU time the work used (user + system, all threads) in the processes measured. */
  cpuMs: number;
  /** The longest gap between two ticks of a 5 ms timer, less 5 ms: how long nothing else could run. */
  stallMs: number;
  bytes: number;
}

/** Runs `work` and measures it; `cpu` reads the CPU time to diff (this process by default). */
export async function measure(
  work: () => Promise<Buffer | string>,
  cpu: () => Map<number, number> = ownCpu,
): Promise<{ sample: Sample; output: Buffer | string }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - TICK_MS);
    last = now;
  }, TICK_MS);
  const cpuBefore = cpu();
  const started = performance.now();
  try {
    const output = await work();
    const ended = performance.now();
    // The gap still open when the work ended (all of it, for synchronous work) counts too.
    stall = Math.max(stall, ended - last - TICK_MS);
    const cpuAfter = cpu();
    let cpuMs = 0;
    for (const [pid, ms] of cpuAfter) cpuMs += ms - (cpuBefore.get(pid) ?? 0);
    return {
      sample: {
        wallMs: ended - started,
        cpuMs,
        stallMs: Math.max(0, stall),
        bytes: typeof output === 'string' ? Buffer.byteLength(output) : output.length,
      },
      output,
    };
  } finally {
    clearInterval(timer);
  }
}

function ownCpu(): Map<number, number> {
  const usage = process.cpuUsage();
  return new Map([[process.pid, (usage.user + usage.system) / 1000]]);
}

/** CPU time of every process descending from this one (the browser and its helpers), by pid. */
export function childrenCpu(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const result = new Map<number, number>();
  for (const pid of parents.keys()) {
    let at: number | undefined = parents.get(pid);
    while (at !== undefined && at > 1 && at !== process.pid) at = parents.get(at);
    if (at !== process.pid) continue;
    try {
      result.set(pid, processCpuMs(pid));
    } catch {
      // gone meanwhile
    }
  }
  return result;
}
