// Importing a board file (the `json` export) as a new board: a new id and the file's companies,
// content, ledger, agenda and locks, private drafts, and reactions and comment threads (kept under
// the file's names, belonging to nobody of this board), written as the first state of every
// room in one storage call, so a failure leaves nothing behind. The ledger stays a record of facts
// only when this server can verify it (ledger/import-ledger.ts).
//
// Parsing a file of up to 32 MiB, checking it, building its rooms and signing its ledger take
// a thread for up to seconds: they run in a worker thread (boards-import-worker.ts), and the
// event loop only reads the body and stores the result.
import type { KeyObject } from 'node:crypto';
import * as Y from 'yjs';
import {
  BoardFileError,
  CURRENT_SCHEMA_VERSION,
  controlMap,
  DEFAULT_PHASES,
  initContentDoc,
  locksMap,
  tagListMap,
  newBoardId,
  parseBoardFile,
  shapesMap,
  writeShape,
  type BoardFile,
  type Phase,
  type Shape,
} from '@kyoso/shared';
import {
  hasBoardDiscussion,
  importedAttribution,
  writeActivity,
  writeFileDiscussion,
  writeFileThreads,
} from '@kyoso/shared';
import { roomKey } from './boards.js';
import { importedLedger, type ImportedLedger } from './ledger/import-ledger.js';
import { ledgerSignerFromKey, type LedgerSigner } from './ledger/signing-key.js';
import type { BoardRecord, RoomKey, Storage } from './storage/storage.js';
import { handOver, runInWorker, siblingModule } from './workers/worker-task.js';

/** A fresh document filled by `fill` in one transaction, as its state update. */
function stateOf(fill: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.transact(() => fill(doc));
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

function writeShapes(doc: Y.Doc, shapes: readonly Shape[]): void {
  const root = shapesMap(doc);
  for (const shape of shapes) {
    const map = new Y.Map<unknown>();
    root.set(shape.id, map);
    writeShape(map, shape);
  }
}

const isDefaultAgenda = (phases: readonly Phase[]): boolean =>
  phases.length === DEFAULT_PHASES.length &&
  phases.every((phase, i) => {
    const standard = DEFAULT_PHASES[i]!;
    return (
      phase.id === standard.id &&
      phase.key === standard.key &&
      phase.name === standard.name &&
      phase.instructions === standard.instructions
    );
  });

/** The rooms of the imported board that hold something, by room key. */
function importedRooms(
  id: BoardRecord['id'],
  file: BoardFile,
  ledger: ImportedLedger,
): Map<RoomKey, Uint8Array> {
  const rooms = new Map<RoomKey, Uint8Array>();
  const { board, control } = file;
  rooms.set(
    roomKey(id, 'content'),
    stateOf((doc) => {
      initContentDoc(doc, { title: board.title, companies: board.companies });
      writeShapes(doc, file.shapes);
    }),
  );
  if (ledger.state) rooms.set(roomKey(id, 'ledger'), ledger.state);
  // A board that never changed its agenda keeps none stored, so it follows the defaults.
  const customAgenda = !isDefaultAgenda(control.phases);
  const tagList = Object.entries(control.tags ?? {});
  if (customAgenda || control.lockFrames || control.locked.length > 0 || tagList.length > 0)
    rooms.set(
      roomKey(id, 'control'),
      stateOf((doc) => {
        if (customAgenda)
          controlMap(doc).set(
            'phases',
            control.phases.map((p) => ({ id: p.id, key: p.key, name: p.name, instructions: p.instructions })),
          );
        if (control.lockFrames) controlMap(doc).set('lockFrames', true);
        for (const shape of control.locked) locksMap(doc).set(shape, true);
        for (const [tag, color] of tagList) tagListMap(doc).set(tag, color);
      }),
    );
  for (const company of board.companies) {
    const drafts = file.drafts[company.key];
    if (drafts && drafts.length > 0)
      rooms.set(
        roomKey(id, `private/${company.key}`),
        stateOf((doc) => {
          writeShapes(doc, drafts);
          const threads = file.discussion.drafts[company.key];
          if (threads) writeFileThreads(doc, threads);
        }),
      );
  }
  if (hasBoardDiscussion(file.discussion))
    rooms.set(
      roomKey(id, 'discussion'),
      stateOf((doc) => writeFileDiscussion(doc, file.discussion)),
    );
  // Who made the shapes, as the file says: kept, marked as not recorded by this server.
  const attribution = importedAttribution(file.attribution);
  if (attribution.size > 0)
    rooms.set(
      roomKey(id, 'activity'),
      stateOf((doc) => writeActivity(doc, { attributions: attribution }, null)),
    );
  return rooms;
}

/** A checked file made ready to store: the new board, its rooms, and what came of its ledger. */
export interface PreparedImport {
  record: BoardRecord;
  rooms: Map<RoomKey, Uint8Array>;
  ledger: ImportedLedger;
  shapes: number;
}

/** A file refused (why, for a 400), or ready to store. */
export type ImportOutcome = { refused: string } | { prepared: PreparedImport };

/** Parses and checks a board file (the body's bytes) and builds the new board's rooms. */
export function prepareImport(body: Uint8Array, signer: LedgerSigner): ImportOutcome {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch {
    return { refused: 'body is not valid JSON' };
  }
  let file: BoardFile;
  try {
    file = parseBoardFile(json);
  } catch (error) {
    if (error instanceof BoardFileError) return { refused: error.message };
    throw error;
  }
  const record: BoardRecord = {
    id: newBoardId(),
    title: file.board.title,
    locale: file.board.locale,
    template: file.board.template,
    companies: file.board.companies.map(({ key, name, color }) => ({ key, name, color })),
    createdAt: new Date().toISOString(),
    tokenGeneration: 0,
    schemaVersion: CURRENT_SCHEMA_VERSION,
  };
  const ledger = importedLedger(file, signer);
  return {
    prepared: { record, rooms: importedRooms(record.id, file, ledger), ledger, shapes: file.shapes.length },
  };
}

export interface ImportTask {
  body: Uint8Array;
  /** The ledger's signing key (`LedgerSigner.privateKey`). */
  key: KeyObject;
}

/** What the worker thread runs. */
export const prepareImportTask = ({ body, key }: ImportTask): ImportOutcome =>
  prepareImport(body, ledgerSignerFromKey(key));

/** `prepareImport` in a worker thread; the body is handed over, not copied, when it can be. */
export function prepareImportInWorker(body: Buffer, signer: LedgerSigner): Promise<ImportOutcome> {
  const task: ImportTask = { body, key: signer.privateKey };
  return runInWorker<ImportOutcome>(
    siblingModule(import.meta.url, 'boards-import-worker'),
    task,
    handOver(body),
  );
}

/** Creates a prepared board, every room in one storage call. */
export async function storeImport(storage: Storage, prepared: PreparedImport): Promise<void> {
  await storage.createBoard(prepared.record, prepared.rooms);
}
