// Helpers for the ledger-as-evidence tests: the board file round trip over HTTP, the verify
// endpoint, the ledger as a stock client receives it, and editing a stored ledger behind the
// server's back (as someone with access to the database could).
import * as Y from 'yjs';
import { ledgerEvents, readLedger, type LedgerRead } from '@kyoso/shared';
import type { Storage } from '@kyoso/server';
import { connectClient } from './clients.js';

export interface VerifyReport {
  intact: boolean;
  entries: number;
  signed: number;
  unverified: number;
  brokenAt: { index: number; reason: string } | null;
  head: string;
  publicKey: string;
}

/** `GET /api/boards/<id>/export.<format>` as text; throws unless 200. */
export async function exportText(baseUrl: string, boardId: string, token: string, format = 'json') {
  const res = await fetch(`${baseUrl}/api/boards/${boardId}/export.${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) throw new Error(`export failed: ${res.status} ${await res.text()}`);
  return res.text();
}

/** `POST /api/boards/import` with a file's text. */
export async function importText(baseUrl: string, text: string) {
  const res = await fetch(`${baseUrl}/api/boards/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      id: string;
      error?: string;
      tokens: { facilitator: string; observer: string; members: Record<string, string> };
    },
  };
}

/** `GET /api/boards/<id>/ledger/verify`; throws unless 200. */
export async function verifyLedger(baseUrl: string, boardId: string, token: string): Promise<VerifyReport> {
  const res = await fetch(`${baseUrl}/api/boards/${boardId}/ledger/verify`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) throw new Error(`verify failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as VerifyReport;
}

/** The ledger as the stock y-websocket client receives it, read with the shared reader. */
export async function ledgerAsClient(baseUrl: string, boardId: string, token: string): Promise<LedgerRead> {
  const client = connectClient(baseUrl, boardId, 'ledger', token);
  try {
    await client.synced;
    return readLedger(client.doc);
  } finally {
    client.destroy();
  }
}

/**
 * Replaces the stored ledger of an unloaded board by `change` of its entries, as one snapshot
 * over the whole log: what editing the database by hand does.
 */
export async function rewriteStoredLedger(
  storage: Storage,
  boardId: string,
  change: (entries: Record<string, unknown>[]) => unknown[],
): Promise<void> {
  const room = `${boardId}/ledger`;
  const stored = await storage.loadRoom(room);
  const before = new Y.Doc();
  if (stored.updates.length > 0) Y.applyUpdate(before, Y.mergeUpdates(stored.updates));
  const entries = structuredClone(ledgerEvents(before).toArray()) as Record<string, unknown>[];
  const after = new Y.Doc();
  ledgerEvents(after).push(change(entries));
  await storage.compact(room, Y.encodeStateAsUpdate(after), stored.lastSeq);
}
