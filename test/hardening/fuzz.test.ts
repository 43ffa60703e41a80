// A short run of the fuzzer (`npm run fuzz` runs 100,000 inputs): random and mutated frames, Yjs
// updates, awareness, upgrades and API requests against a server process of its own, while two
// honest people keep working. A new seed each run; a failure names it, and
// `npm run fuzz -- --seed <seed> --inputs <n>` replays it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawnServer, stopServer, type ChildServer } from '../support/child-server.js';
import { FUZZ_SERVER_ENV, runFuzz } from '../fuzz/harness.js';

const INPUTS = Number(process.env.KYOSO_FUZZ_INPUTS ?? 4000);
const SEED = Number(process.env.KYOSO_FUZZ_SEED ?? Date.now() % 2 ** 31);

let server: ChildServer;
const dataDir = mkdtempSync(join(tmpdir(), 'kyoso-fuzz-'));

beforeAll(async () => {
  server = await spawnServer(dataDir, FUZZ_SERVER_ENV);
});
afterAll(async () => {
  if (server) await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
});

it(
  `survives ${INPUTS} fuzzed inputs (seed ${SEED}) with the sentinels still syncing`,
  { timeout: 120_000 },
  async () => {
    const report = await runFuzz({
      baseUrl: server.url,
      inputs: INPUTS,
      seed: SEED,
      alive: () => server.process.exitCode === null,
      serverLog: server.output,
    });
    expect(report.failures, `seed ${SEED}`).toEqual([]);
    expect(report.inputs).toBe(INPUTS);
    // The inputs reach past the front door: some updates are accepted and some refused by the
    // per-object checks, and some requests succeed.
    expect(report.updates.accepted).toBeGreaterThan(0);
    expect(report.updates.refused).toBeGreaterThan(0);
    expect(report.statuses['200']).toBeGreaterThan(0);
    expect(report.sentinelRounds).toBeGreaterThan(1);
  },
);
