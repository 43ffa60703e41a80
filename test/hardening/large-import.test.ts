// A large board file, every part of it legitimate: thousands of cards spread over a board larger
// than the PNG's pixel cap, and a long ledger this server did not seal (so it signs every entry
// again). Importing it, and drawing it as a PNG, must not hold up the node's event loop: parsing,
// checking, building the rooms, signing and rasterising run in worker threads. The server runs as
// a process of its own, and reports how long its event loop was held up (/metrics).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { indicesBetween } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { rssOf, spawnServer, stopServer, type ChildServer } from '../support/child-server.js';
import { createBoard, type CreatedBoard } from '../support/server.js';
import { longestEventLoopDelay } from '../support/stall.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs } from '../workshop/support.js';

let server: ChildServer;
const dataDir = mkdtempSync(join(tmpdir(), 'kyoso-large-import-'));
const MiB = 1024 * 1024;
const CARDS = 6000;
const LEDGER_ENTRIES = 6000;

beforeAll(async () => {
  server = await spawnServer(dataDir);
});
afterAll(async () => {
  if (server) await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
});

type BoardFileJson = { shapes: Record<string, unknown>[]; ledger: unknown[]; ledgerSeal?: unknown };

/** The export of a real board with one card and one ledger entry, grown to `CARDS` and `LEDGER_ENTRIES`. */
async function largeBoardFile(): Promise<string> {
  const board: CreatedBoard = await createBoard(server.url);
  const facilitator = await joinAs(server.url, board, board.tokens.facilitator, '進行役');
  const started = await call(server.url, 'POST', `/api/boards/${board.id}/votes/rounds`, facilitator.token, {
    rules: { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: false },
  });
  expect(started.status).toBe(201);
  const res = await fetch(`${server.url}/api/boards/${board.id}/export.json`, {
    headers: { authorization: `Bearer ${board.tokens.facilitator}` },
  });
  const file = (await res.json()) as BoardFileJson;
  expect(file.ledger.length).toBe(1);
  const text = '提携の候補 partnership candidate '.repeat(20);
  const indices = indicesBetween(null, null, CARDS);
  file.shapes = Array.from({ length: CARDS }, (_, i) => ({
    id: `card-${i}`,
    type: 'sticky',
    x: (i % 80) * 300,
    y: Math.floor(i / 80) * 300,
    w: 240,
    h: 200,
    index: indices[i],
    color: null,
    text,
    company: i % 2 ? 'a' : 'b',
    kind: 'asset',
  }));
  file.ledger = Array.from({ length: LEDGER_ENTRIES }, () => file.ledger[0]);
  return JSON.stringify(file);
}

it(
  'imports a large legitimate file and draws its PNG at the pixel cap, the event loop never held 250 ms',
  { timeout: 240_000 },
  async () => {
    const body = await largeBoardFile();
    expect(body.length).toBeGreaterThan(5 * MiB);
    const rssBefore = rssOf(server);

    await longestEventLoopDelay(server.url); // from here on
    const res = await fetch(`${server.url}/api/boards/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const imported = (await res.json()) as CreatedBoard & { error?: string };
    const importStall = await longestEventLoopDelay(server.url);
    expect(res.status, imported.error).toBe(201);
    expect(importStall).toBeLessThan(250);

    // Loading a room holds the event loop for as long as Yjs takes to read the whole document
    // (bounded by KYOSO_MAX_DOCUMENT_BYTES): someone joins first, as at any workshop, where every
    // page opens the board's channels (its 6,000-entry ledger among them).
    const viewers = ['content', 'ledger', 'control', 'activity'].map((channel) =>
      connectClient(server.url, imported.id, channel, imported.tokens.observer),
    );
    for (const viewer of viewers) await viewer.synced;

    await longestEventLoopDelay(server.url); // from here on
    const png = await fetch(`${server.url}/api/boards/${imported.id}/export.png`, {
      headers: { authorization: `Bearer ${imported.tokens.facilitator}` },
    });
    const bytes = Buffer.from(await png.arrayBuffer());
    const drawStall = await longestEventLoopDelay(server.url);
    expect(png.status, server.output().slice(-1500)).toBe(200);
    // 80 × 300 by 75 × 300 world units: drawn below 2× to stay within 50 megapixels.
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width * height).toBeGreaterThan(40_000_000);
    expect(width * height).toBeLessThanOrEqual(50_000_000 * 1.0001);
    expect(drawStall).toBeLessThan(250);
    for (const viewer of viewers) viewer.destroy();

    // Everything was imported: every card, and the ledger kept as unverified entries.
    const summary = await fetch(`${server.url}/api/boards/${imported.id}/export.json`, {
      headers: { authorization: `Bearer ${imported.tokens.facilitator}` },
    });
    const file = (await summary.json()) as BoardFileJson;
    expect(file.shapes.length).toBe(CARDS);
    expect(file.ledger.length).toBe(LEDGER_ENTRIES);
    // Pixels and parses live and die in the workers: the node keeps little of them. A worker's
    // memory goes with the worker (retired after a large task, or stopped after 30 s idle), so
    // the resident size is given until then to come back down.
    const settled = await waitFor(
      () => rssOf(server) - rssBefore < 400 * MiB,
      "the server's resident memory back within 400 MiB of where it started",
      35_000,
    ).catch(() => false);
    expect(settled, `${Math.round((rssOf(server) - rssBefore) / MiB)} MiB above the start`).toBe(true);
  },
);
