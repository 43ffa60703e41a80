// Helpers for this folder's tests (not used by the app).
import * as Y from 'yjs';
import { shapesMap, type CreatedBoard } from '@kyoso/shared';

/** The origin under which linked docs apply each other's updates (as a provider would). */
export const REMOTE = Symbol('remote');

/** Two (or more) documents that deliver every update to each other at once, like peers on a server. */
export function linkDocs(...docs: Y.Doc[]): () => void {
  const handlers = docs.map((doc) => {
    const handler = (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      for (const other of docs) if (other !== doc) Y.applyUpdate(other, update, REMOTE);
    };
    doc.on('update', handler);
    return () => doc.off('update', handler);
  });
  for (const a of docs) for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a), REMOTE);
  return () => handlers.forEach((off) => off());
}

/** Stores `fields` as a shape under `id`, unchecked (the way a misbehaving client could). */
export function storeRaw(
  doc: Y.Doc,
  id: string,
  fields: Record<string, unknown>,
  origin: unknown = null,
): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    shapesMap(doc).set(id, map);
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
  }, origin);
}

/** The stored map of a shape. */
export const shapeMapOf = (doc: Y.Doc, id: string): Y.Map<unknown> =>
  shapesMap(doc).get(id) as Y.Map<unknown>;

/** Resolves once `check` holds, re-checking whenever `store` changes (no fixed sleeps). */
export function until(
  subscribe: (listener: () => void) => () => void,
  check: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const unsubscribe = subscribe(() => {
      if (!check()) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}

/** Creates a board of two companies (あさひ, Blue Ocean) on the server at `httpUrl`. */
export async function createTestBoard(httpUrl: string, title = '提携ワークショップ'): Promise<CreatedBoard> {
  const res = await fetch(`${httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title,
      locale: 'ja',
      companies: [{ name: 'あさひ' }, { name: 'Blue Ocean', color: '#e0572b' }],
    }),
  });
  if (res.status !== 201) throw new Error(`board creation failed: ${res.status}`);
  return (await res.json()) as CreatedBoard;
}
