// The sync benchmark: the same workload (N stock y-websocket clients on one board, 10% of them
// moving a shape at 30 Hz, all of them moving their cursor) against Kyoso and the reference
// y-websocket server, for each N; then, optionally, Kyoso again under the CPU profiler.
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark, BenchContext } from '../lib/benchmark.js';
import { readProfile, formatProfile, type ProfileSummary } from '../lib/cpuprofile.js';
import { describeMachine } from '../lib/machine.js';
import { describeExit } from '../lib/processes.js';
import type { LoadConfig, LoadMessage, LoadStats } from './messages.js';
import {
  moversOf,
  renderConsole,
  renderMarkdown,
  type CheckCost,
  type RunOutcome,
  type Workload,
} from './report.js';
import { kyosoServer, referenceServer, type RunningServer, type ServerKind } from './servers.js';

/** Shape moves per second per mover: a drag streamed at display-ish rate. */
const MOVE_HZ = 30;
/** Cursor awareness updates per second per client (a throttled pointer; real apps use 10–30 Hz). */
const CURSOR_HZ = 10;
/** Share of clients that move a shape (at least one). */
const MOVER_SHARE = 0.1;
/** Receivers sampled for latency, so that measuring is not the bottleneck. */
const MAX_RECEIVERS = 20;

interface Plan {
  sizes: number[];
  warmupMs: number;
  windowMs: number;
  drainMs: number;
  profile: boolean;
  /** Profile the load process too (debugging the load generator). */
  profileLoad: boolean;
  servers: ServerKind[];
}

function plan(context: BenchContext): Plan {
  const { options, quick } = context;
  const plan: Plan = quick
    ? {
        sizes: [10, 50],
        warmupMs: 1000,
        windowMs: 3000,
        drainMs: 2000,
        profile: false,
        profileLoad: false,
        servers: [kyosoServer, referenceServer],
      }
    : {
        sizes: [10, 50, 200],
        warmupMs: 3000,
        windowMs: 10_000,
        drainMs: 3000,
        profile: true,
        profileLoad: false,
        servers: [kyosoServer, referenceServer],
      };
  const sizes = options.get('sizes');
  if (typeof sizes === 'string') {
    plan.sizes = sizes.split(',').map((s) => Number(s.trim()));
    if (plan.sizes.some((n) => !Number.isInteger(n) || n < 2 || n > 500))
      throw new Error('--sizes takes client counts from 2 to 500, e.g. 10,50');
  }
  const window = options.get('window');
  if (typeof window === 'string') {
    plan.windowMs = Number(window) * 1000;
    if (!Number.isFinite(plan.windowMs) || plan.windowMs < 1000 || plan.windowMs > 120_000)
      throw new Error('--window takes seconds, 1 to 120');
  }
  if (options.has('no-profile')) plan.profile = false;
  if (options.has('profile')) plan.profile = true;
  if (options.has('profile-load')) plan.profileLoad = true;
  const only = options.get('server');
  if (typeof only === 'string') {
    plan.servers = plan.servers.filter((s) => s.name.toLowerCase() === only.toLowerCase());
    if (plan.servers.length === 0) throw new Error('--server takes kyoso or reference');
  }
  return plan;
}

function loadConfig(n: number, p: Plan, serverPid: number, target: LoadConfig['target']): LoadConfig {
  return {
    target,
    clients: n,
    movers: moversOf(n, { moverShare: MOVER_SHARE }),
    moveHz: MOVE_HZ,
    cursorHz: CURSOR_HZ,
    warmupMs: p.warmupMs,
    windowMs: p.windowMs,
    drainMs: p.drainMs,
    syncTimeoutMs: 10_000 + n * 100,
    maxReceivers: MAX_RECEIVERS,
    serverPid,
  };
}

/** Runs the load process against a started server; rejects if either breaks. */
function runLoad(
  context: BenchContext,
  config: LoadConfig,
  server: RunningServer,
  label: string,
  profileDir: string | null,
): Promise<LoadStats> {
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = fork(join(context.rootDir, 'bench/sync/load.ts'), [], {
    cwd: context.rootDir,
    // A larger young generation: the stock clients allocate heavily (awareness JSON), and
    // scavenges were a sixth of the load process's time with the default.
    execArgv: [...profiling, '--max-semi-space-size=32', '--conditions=kyoso-src', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const limitMs = config.syncTimeoutMs * 2 + config.warmupMs + config.windowMs + config.drainMs + 60_000;
  return new Promise<LoadStats>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, stats?: LoadStats) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // After a result the child exits by itself (writing its profile, if any); give it a moment.
      const running = () => child.exitCode === null && child.signalCode === null;
      if (error) {
        if (running()) child.kill('SIGKILL');
        reject(error);
      } else {
        const kill = setTimeout(() => running() && child.kill('SIGKILL'), 10_000);
        child.once('exit', () => clearTimeout(kill));
        if (!running()) clearTimeout(kill);
        resolve(stats!);
      }
    };
    const timer = setTimeout(
      () => finish(new Error(`${label}: load process did not finish within ${limitMs} ms`)),
      limitMs,
    );
    child.on('message', (message: LoadMessage) => {
      if (message.type === 'phase') context.progress(`  ${label}: ${message.phase}`);
      else if (message.type === 'result') finish(null, message.stats);
      else finish(new Error(`${label}: ${message.error}`));
    });
    child.once('exit', (code, signal) =>
      finish(new Error(`${label}: load process exited (${describeExit({ code, signal })}) without a result`)),
    );
    void server.process.exit.then((info) =>
      finish(
        new Error(`${label}: server died during the run (${describeExit(info)}):\n${server.process.tail()}`),
      ),
    );
    child.send(config);
  });
}

async function runOne(
  context: BenchContext,
  kind: ServerKind,
  n: number,
  p: Plan,
  nodeArgs: string[] = [],
): Promise<{ stats: LoadStats; checks: CheckCost | null }> {
  const label = `${kind.name} N=${n}`;
  context.progress(`${label}: starting server`);
  const server = await kind.start({ rootDir: context.rootDir, nodeArgs });
  try {
    const target = await server.target(n);
    const profileDir = p.profileLoad ? join(context.tmpDir, 'profiles', `load-${kind.name}-n${n}`) : null;
    if (profileDir) {
      rmSync(profileDir, { recursive: true, force: true });
      mkdirSync(profileDir, { recursive: true });
    }
    const stats = await runLoad(
      context,
      loadConfig(n, p, server.process.pid, target),
      server,
      label,
      profileDir,
    );
    const exited = server.process.exited();
    if (exited) throw new Error(`${label}: server died during the run (${describeExit(exited)})`);
    context.progress(
      `${label}: p50 ${stats.latency.p50.toFixed(1)} ms, p99 ${stats.latency.p99.toFixed(1)} ms, server CPU ${((100 * stats.serverCpuMs) / stats.windowMs).toFixed(0)}%, load CPU ${((100 * stats.loadCpuMs) / stats.windowMs).toFixed(0)}%`,
    );
    return { stats, checks: (await server.checks?.()) ?? null };
  } finally {
    await server.stop();
  }
}

async function profileKyoso(
  context: BenchContext,
  n: number,
  p: Plan,
): Promise<{ summary: ProfileSummary; file: string }> {
  // A directory per run: every thread writes its own profile (tsx's loader runs in a worker), named
  // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; the main thread is thread 0.
  const dir = join(context.tmpDir, 'profiles', `kyoso-sync-n${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  context.progress(`profile: Kyoso N=${n} under --cpu-prof`);
  const { stats } = await runOne(context, kyosoServer, n, p, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const main = readdirSync(dir).find((name) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name));
  if (!main) throw new Error(`the profiled server wrote no main-thread profile into ${dir}`);
  const file = join(dir, main);
  const summary = readProfile(file, context.rootDir, stats.windowMonotonicUs);
  if (summary.busyMs === 0) throw new Error(`${file} has no busy samples in the measurement window`);
  context.progress(`profile: ${file}`);
  return { summary, file };
}

export const syncBenchmark: Benchmark = {
  name: 'sync',
  description:
    'Live sync: edit latency and server CPU per message, Kyoso vs the reference y-websocket server',
  options: {
    sizes: { help: 'client counts, comma-separated (default 10,50,200; quick 10,50)', takesValue: true },
    window: { help: 'measurement window in seconds (default 10; quick 3)', takesValue: true },
    server: { help: 'run one server only: kyoso or reference', takesValue: true },
    'no-profile': { help: 'skip the profiled Kyoso run at the largest size', takesValue: false },
    profile: { help: 'do the profiled run even with --quick', takesValue: false },
    'profile-load': { help: 'also profile the load process (bench/.tmp/profiles/load-*)', takesValue: false },
  },
  async run(context) {
    const p = plan(context);
    const outcomes: RunOutcome[] = [];
    let broken = false;
    for (const n of p.sizes) {
      for (const kind of p.servers) {
        try {
          outcomes.push({ server: kind.name, n, ...(await runOne(context, kind, n, p)) });
        } catch (error) {
          broken = true;
          const message = error instanceof Error ? error.message : String(error);
          context.progress(`FAILED ${kind.name} N=${n}: ${message}`);
          outcomes.push({ server: kind.name, n, error: message.split('\n')[0] ?? message });
        }
      }
    }
    let profile: { summary: ProfileSummary; file: string } | null = null;
    if (p.profile) {
      const n = Math.max(...p.sizes);
      try {
        const result = await profileKyoso(context, n, p);
        writeFileSync(join(context.resultsDir, 'sync-profile.txt'), `${formatProfile(result.summary, 40)}\n`);
        profile = result;
      } catch (error) {
        broken = true;
        context.progress(`FAILED profile: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const workload: Workload = {
      sizes: p.sizes,
      moverShare: MOVER_SHARE,
      moveHz: MOVE_HZ,
      cursorHz: CURSOR_HZ,
      maxReceivers: MAX_RECEIVERS,
      warmupMs: p.warmupMs,
      windowMs: p.windowMs,
      drainMs: p.drainMs,
      servers: p.servers.map((s) => ({ name: s.name, description: s.description })),
      quick: context.quick,
    };
    console.log(renderConsole(outcomes, workload));
    const machine = describeMachine();
    const file = join(context.resultsDir, context.quick ? 'sync-quick.md' : 'sync.md');
    writeFileSync(
      file,
      renderMarkdown(
        outcomes,
        workload,
        machine,
        profile ? { summary: profile.summary, sizes: Math.max(...p.sizes) } : null,
      ),
    );
    context.progress(`wrote ${file}`);
    return !broken;
  },
};
