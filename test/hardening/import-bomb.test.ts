// JSON bombs sent to the import, without any token (creation is open by default): refused as soon
// as the body shows what it is, without stalling the node or taking its memory. The server runs as
// a process of its own: /healthz and its memory are its own, not this test's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rssOf, spawnServer, stopServer, type ChildServer } from '../support/child-server.js';
import { watchStalls } from '../support/stall.js';

let server: ChildServer;
const dataDir = mkdtempSync(join(tmpdir(), 'kyoso-bomb-'));

beforeAll(async () => {
  server = await spawnServer(dataDir);
});
afterAll(async () => {
  if (server) await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
});

const MiB = 1024 * 1024;

async function postImport(body: Buffer): Promise<{ status: number; error: string }> {
  const res = await fetch(`${server.url}/api/boards/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  }).catch(() => null);
  // The server may answer before it has read the whole body and close the upload.
  if (!res) return { status: 0, error: 'connection closed' };
  const json = (await res.json()) as { error?: string };
  return { status: res.status, error: json.error ?? '' };
}

describe('JSON bombs to the import', () => {
  for (const [name, body, message] of [
    ['32 MiB of "["', Buffer.alloc(32 * MiB - 1, '['), 'nested deeper than 64'],
    ['32 MiB of empty arrays', Buffer.from(`[${'[],'.repeat((32 * MiB) / 3 - 1)}[]]`), 'objects and arrays'],
  ] as const) {
    it(`refuses ${name} with a 400, /healthz fast and memory bounded`, async () => {
      const rssBefore = rssOf(server);
      const watch = watchStalls(server.url);
      const answer = await postImport(body);
      const worst = await watch.stop();
      expect(answer.status).toBe(400);
      expect(answer.error).toContain(message);
      expect(worst).toBeLessThan(250);
      // It may hold what arrived before the refusal (at most the body), never a parse of it.
      expect(rssOf(server) - rssBefore).toBeLessThan(100 * MiB);
    });
  }
});
