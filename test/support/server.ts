// Starts the real server in this process on a free port with its own data directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv, startServer, type Config, type RunningServer, type Seams } from '@kyoso/server';

export interface TestServer extends RunningServer {
  dataDir: string;
  config: Config;
  /** Closes the server and removes its data directory. */
  dispose(): Promise<void>;
}

export const TEST_SECRET = 'test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

export function testConfig(
  overrides: Partial<Config> = {},
  dataDir = mkdtempSync(join(tmpdir(), 'kyoso-test-')),
): Config {
  const base = configFromEnv(
    {},
    { port: 0, host: '127.0.0.1', dataDir, secret: TEST_SECRET, roomIdleMs: 200 },
  );
  // Test files create boards and join people by the dozen from one address; the rates have tests
  // of their own.
  const limits = { ...base.limits, boardsPerMinute: 100_000, joinsPerMinute: 100_000 };
  return { ...base, ...overrides, limits: { ...limits, ...overrides.limits } };
}

export async function startTestServer(
  overrides: Partial<Config> = {},
  seams: Seams = {},
): Promise<TestServer> {
  const config = testConfig(overrides);
  const server = await startServer(config, seams);
  return {
    ...server,
    dataDir: config.dataDir,
    config,
    async dispose() {
      await server.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

import type { CreatedBoard } from '@kyoso/shared';

export type { CreatedBoard };

export const SAMPLE_BOARD = {
  title: '提携ワークショップ 2026',
  locale: 'ja',
  companies: [{ name: '株式会社あさひ' }, { name: 'Blue Ocean Inc.', color: '#e0572b' }],
};

export async function createBoard(
  baseUrl: string,
  body: unknown = SAMPLE_BOARD,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`board creation failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedBoard;
}
