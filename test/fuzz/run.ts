// `npm run fuzz`: the fuzzer against a fresh server process, 100,000 inputs by default.
//   npm run fuzz -- --inputs 20000 --seed 42
//   npm run fuzz -- --profile /tmp/prof   (the server writes a CPU profile there when it stops)
// Exits non-zero, listing what failed and the seed and input that made it, if anything failed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnServer, stopServer } from '../support/child-server.js';
import { FUZZ_SERVER_ENV, runFuzz } from './harness.js';

const { values } = parseArgs({
  options: {
    inputs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    lanes: { type: 'string', default: '8' },
    profile: { type: 'string' },
  },
});
const inputs = Number(values.inputs);
const seed = Number(values.seed);

const dataDir = mkdtempSync(join(tmpdir(), 'kyoso-fuzz-'));
const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
const server = await spawnServer(dataDir, FUZZ_SERVER_ENV, profile);
console.log(`fuzzing ${server.url} with ${inputs} inputs, seed ${seed}`);
let report;
try {
  report = await runFuzz({
    baseUrl: server.url,
    inputs,
    seed,
    lanes: Number(values.lanes),
    alive: () => server.process.exitCode === null,
    serverLog: server.output,
    onProgress: (done) => {
      if (done % 10_000 === 0) console.log(`  ${done} inputs`);
    },
  });
} finally {
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}
const { failures, ...summary } = report;
console.log(JSON.stringify(summary, null, 2));
if (failures.length) {
  console.error(`\n${failures.length} failure(s):\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`clean: ${report.inputs} inputs in ${report.seconds.toFixed(0)} s`);
