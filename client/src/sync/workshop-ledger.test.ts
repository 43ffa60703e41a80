// A page's ledger view of a board imported from a file the server could not verify: the entries
// arrive, none counts (no agreement, no vote round), and the view says how many are unverified,
// which the agreements panel shows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { configFromEnv, startServer, type RunningServer } from '@kyoso/server';
import type { BoardId, CompanyKey } from '@kyoso/shared';
import { createCommandsApi } from './commandsApi';
import { joinAsParticipant } from './participant';
import { until } from './test-support';
import { openWorkshop } from './workshop';

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kyoso-client-ledger-'));
  server = await startServer(
    configFromEnv(
      {},
      { port: 0, host: '127.0.0.1', dataDir, secret: 'ledger-test-secret-0123456789abcdef', roomIdleMs: 200 },
    ),
  );
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Created {
  id: BoardId;
  tokens: { observer: string; members: Record<string, string> };
}

async function json<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${server.url}${path}`, init);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

describe('the ledger view', () => {
  it('counts nothing from an unverified import, and says how many entries it holds', async () => {
    const post = (body: unknown) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const board = await json<Created>(
      '/api/boards',
      post({ title: '共創', locale: 'ja', companies: [{ name: 'あさひ' }, { name: 'Blue Ocean' }] }),
    );
    const file = await json<{ ledger: unknown[] }>(`/api/boards/${board.id}/export.json`, {
      headers: { authorization: `Bearer ${board.tokens.observer}` },
    });
    const at = '2026-11-24T10:00:00.000Z';
    const by = { participant: 'pmallory01', name: 'Mallory', role: 'member', company: 'a' };
    file.ledger.push(
      { type: 'agreed', at, by, company: 'a', card: 'card1' },
      { type: 'agreed', at, by: { ...by, company: 'b' }, company: 'b', card: 'card1' },
      {
        type: 'vote-started',
        at,
        by,
        round: 1,
        rules: { scope: { kind: 'all' }, votesPerPerson: 1, allowMultiple: false },
      },
    );
    const imported = await json<Created>('/api/boards/import', post(file));

    const identity = {
      boardId: imported.id,
      role: 'observer' as const,
      company: null as CompanyKey | null,
      name: 'O',
    };
    const api = createCommandsApi(imported.id, { baseUrl: server.url });
    const linkToken = imported.tokens.observer;
    const participant = joinAsParticipant({ api, identity, linkToken, storage: null });
    await until(participant.subscribe, () => participant.get().status === 'ready', 'joined');
    const workshop = openWorkshop({
      serverUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
      linkToken,
      participant,
      identity,
      api,
      WebSocketPolyfill: WebSocket,
      offline: false,
      maxBackoffTime: 200,
    });
    try {
      await until(workshop.ledger.subscribe, () => workshop.ledger.get().unverified === 3, 'the entries');
      const view = workshop.ledger.get();
      expect(view.events).toEqual([]);
      expect(view.agreements.size).toBe(0);
      expect(view.vote).toBeNull();
    } finally {
      workshop.destroy();
      participant.destroy();
    }
  });
});
