// What the storage contracts build their cases from: records, Yjs updates and replays.
import * as Y from 'yjs';
import { newBoardId, type BoardId, type CompanyKey } from '@kyoso/shared';
import type { BoardRecord, Storage, VersionKind, VersionRecord } from './storage.js';

/** Opens a handle on the store under test; called twice, it gives two nodes sharing one store. */
export type OpenStorage = () => Promise<Storage>;

export function board(id: BoardId = newBoardId()): BoardRecord {
  return {
    id,
    title: '提携ワークショップ',
    locale: 'ja',
    template: 'blank',
    companies: [
      { key: 'a' as CompanyKey, name: '株式会社あさひ', color: '#2f6fde' },
      { key: 'b' as CompanyKey, name: 'Blue Ocean Inc.', color: '#e0572b' },
    ],
    createdAt: new Date(0).toISOString(),
    tokenGeneration: 0,
  };
}

export function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array) => (update = u);
  doc.once('update', capture);
  doc.getText('t').insert(doc.getText('t').length, text);
  if (!update) throw new Error('no update');
  return update;
}

export function replay(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

let versionCounter = 0;

export function version(
  board: BoardId,
  kind: VersionKind,
  name: string,
  createdAt = new Date().toISOString(),
): VersionRecord {
  versionCounter += 1;
  return {
    id: `v${versionCounter}_${Math.random().toString(36).slice(2)}`,
    board,
    name,
    kind,
    createdAt,
    createdBy: kind === 'named' ? '進行役の佐藤' : null,
    shapes: versionCounter,
  };
}

export const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();

/** A Y.Doc whose every push is captured as one update. */
export function writer() {
  const doc = new Y.Doc();
  return {
    push(value: string): Uint8Array {
      let update: Uint8Array | null = null;
      doc.once('update', (u: Uint8Array) => (update = u));
      doc.getArray<string>(`from-${doc.clientID}`).push([value]);
      if (!update) throw new Error('no update');
      return update;
    },
  };
}

/** Every value pushed, per writer array, after applying the log in order. */
export function replayValues(updates: Uint8Array[]): string[] {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  const values: string[] = [];
  for (const [name] of doc.share) values.push(...doc.getArray<string>(name).toArray());
  return values.sort();
}

export const key = (u: Uint8Array) => Buffer.from(u).toString('hex');

/** Runs `run` with two handles on one store (two nodes), closing both after. */
export async function withTwoNodes<T>(
  open: OpenStorage,
  run: (a: Storage, b: Storage) => Promise<T>,
): Promise<T> {
  const a = await open();
  const b = await open();
  try {
    return await run(a, b);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
}
