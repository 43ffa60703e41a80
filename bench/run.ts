// `npm run bench`: runs the named benchmarks in order; each prints a table and writes
// bench/results/<name>.md. Exits non-zero when a run broke (a server died, clients never synced).
//
//   npm run bench                       every benchmark
//   npm run bench -- --only sync        one (or several: --only sync,other)
//   npm run bench -- --quick            a short smoke run
//   npm run bench -- --list | --help
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportBenchmark } from './export/bench.js';
import type { Benchmark, BenchContext } from './lib/benchmark.js';
import { renderBenchmark } from './render/bench.js';
import { soakBenchmark } from './soak/bench.js';
import { suggestBenchmark } from './suggest/bench.js';
import { syncBenchmark } from './sync/bench.js';

const BENCHMARKS: readonly Benchmark[] = [
  syncBenchmark,
  soakBenchmark,
  renderBenchmark,
  suggestBenchmark,
  exportBenchmark,
];

class UsageError extends Error {}

interface Args {
  only: string[] | null;
  quick: boolean;
  help: boolean;
  list: boolean;
  options: Map<string, string | true>;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { only: null, quick: false, help: false, list: false, options: new Map() };
  const known = new Map<string, boolean>();
  for (const bench of BENCHMARKS)
    for (const [name, spec] of Object.entries(bench.options)) known.set(name, spec.takesValue);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--only')
      args.only = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (flag === '--quick') args.quick = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--list') args.list = true;
    else if (flag.startsWith('--') && known.has(flag.slice(2))) {
      args.options.set(flag.slice(2), known.get(flag.slice(2)) ? value() : true);
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  return args;
}

function usage(): string {
  const lines = [
    'usage: npm run bench -- [--only <name>[,<name>]] [--quick] [benchmark options]',
    '',
    'benchmarks:',
    ...BENCHMARKS.map((b) => `  ${b.name.padEnd(10)} ${b.description}`),
    '',
    'options:',
    '  --only <names>   run only these benchmarks',
    '  --quick          short smoke run (results go to <name>-quick.md)',
    '  --list           list the benchmarks',
  ];
  for (const bench of BENCHMARKS) {
    for (const [name, spec] of Object.entries(bench.options)) {
      lines.push(`  ${`--${name}${spec.takesValue ? ' <v>' : ''}`.padEnd(16)} (${bench.name}) ${spec.help}`);
    }
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`bench: ${error.message}\n\n${usage()}`);
    return 2;
  }
  if (args.help) {
    console.log(usage());
    return 0;
  }
  if (args.list) {
    for (const bench of BENCHMARKS) console.log(`${bench.name}\t${bench.description}`);
    return 0;
  }
  const unknown = (args.only ?? []).filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    console.error(
      `bench: no benchmark named ${unknown.join(', ')} (have: ${BENCHMARKS.map((b) => b.name).join(', ')})`,
    );
    return 2;
  }
  const selected = BENCHMARKS.filter((b) => args.only === null || args.only.includes(b.name));
  const rootDir = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
  const resultsDir = `${rootDir}/bench/results`;
  const tmpDir = `${rootDir}/bench/.tmp`;
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(tmpDir, { recursive: true });

  let failed = 0;
  for (const bench of selected) {
    const options = new Map([...args.options].filter(([name]) => name in bench.options));
    const context: BenchContext = {
      quick: args.quick,
      rootDir,
      resultsDir,
      tmpDir,
      options,
      progress: (message) =>
        console.error(`[${bench.name} ${new Date().toISOString().slice(11, 19)}] ${message}`),
    };
    const started = Date.now();
    try {
      const ok = await bench.run(context);
      if (!ok) failed += 1;
      context.progress(`${ok ? 'done' : 'BROKEN'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    } catch (error) {
      failed += 1;
      context.progress(`BROKEN: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
