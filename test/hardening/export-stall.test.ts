// A member writes cards far larger than any workshop needs; exporting the board must neither fail
// nor hold up the node's event loop (everyone's live sync runs on it). The server runs as a process
// of its own, so /healthz measures its event loop, not this test's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addSticky, shapesMap, type CompanyKey } from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { spawnServer, stopServer, type ChildServer } from '../support/child-server.js';
import { createBoard, type CreatedBoard } from '../support/server.js';
import { watchStalls } from '../support/stall.js';
import { waitFor } from '../support/wait.js';

let server: ChildServer;
let dataDir: string;
let board: CreatedBoard;
let member: SyncClient;
/** A second client: what it holds, the server has stored and sent. */
let watcher: SyncClient;

/** Types `total` characters into a new card of company a, in messages under the size limit. */
async function hugeCard(
  x: number,
  char: string,
  total: number,
  size: { w: number; h: number },
): Promise<void> {
  const id = addSticky(member.doc, { x, y: 0, ...size, text: '', company: 'a' as CompanyKey }, 'local');
  const text = (shapesMap(member.doc).get(id) as Y.Map<unknown>).get('text') as Y.Text;
  const chunk = 100_000;
  for (let written = 0; written < total; written += chunk) {
    text.insert(text.length, char.repeat(Math.min(chunk, total - written)));
    // One message at a time, under the byte rate limit's burst.
    await waitFor(
      async () => member.provider.wsconnected && member.provider.ws!.bufferedAmount === 0,
      'sent',
    );
  }
  await waitFor(
    () => {
      const seen = shapesMap(watcher.doc).get(id);
      return seen instanceof Y.Map && (seen.get('text') as Y.Text).length === total;
    },
    'the card stored and sent',
    30_000,
  );
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kyoso-stall-'));
  server = await spawnServer(dataDir);
  board = await createBoard(server.url);
  member = connectClient(server.url, board.id, 'content', board.tokens.members.a!);
  watcher = connectClient(server.url, board.id, 'content', board.tokens.observer);
  await Promise.all([member.synced, watcher.synced]);
  await hugeCard(0, 'あ', 1_500_000, { w: 200, h: 200 });
  await hugeCard(300, 'a', 1_000_000, { w: 200, h: 200 });
  // A large card, whose box could show thousands of characters.
  await hugeCard(600, '共', 300_000, { w: 1_200, h: 800 });
}, 120_000);

afterAll(async () => {
  member?.destroy();
  watcher?.destroy();
  if (server) await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
});

const download = (format: string) =>
  fetch(`${server.url}/api/boards/${board.id}/export.${format}`, {
    headers: { authorization: `Bearer ${board.tokens.observer}` },
  });

describe('exporting a board with huge cards', () => {
  it('draws four SVGs at once and every other format, cut with an ellipsis, /healthz within 250 ms', async () => {
    // The first export of each format loads its code and fonts: done once, on another board.
    const small = await createBoard(server.url);
    for (const format of ['svg', 'png', 'pdf', 'json', 'csv', 'md']) {
      const res = await fetch(`${server.url}/api/boards/${small.id}/export.${format}`, {
        headers: { authorization: `Bearer ${small.tokens.observer}` },
      });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    // Four SVGs at once (the attack as reported), then every other format in turn.
    const watch = watchStalls(server.url);
    const svgs = await Promise.all(['svg', 'svg', 'svg', 'svg'].map(download));
    const others = [];
    for (const format of ['png', 'pdf', 'json', 'csv', 'md']) {
      const res = await download(format);
      others.push({ format, status: res.status, bytes: (await res.arrayBuffer()).byteLength });
    }
    const worst = await watch.stop();
    expect(svgs.map((res) => res.status)).toEqual([200, 200, 200, 200]);
    expect(others.filter((answer) => answer.status !== 200)).toEqual([]);
    const svg = await svgs[0]!.text();
    expect(svg).toContain('…');
    expect(svg.length).toBeLessThan(2_000_000);
    expect(worst).toBeLessThan(250);
  }, 60_000);
});
