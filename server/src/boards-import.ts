// Importing a board file (the `json` export) as a new board: a new id and the file's companies,
// content, ledger, agenda and locks, and private drafts, written as the first state of every
// room in one storage call, so a failure leaves nothing behind. The ledger stays a record of facts
// only when this server can verify it (ledger/import-ledger.ts).
import * as Y from 'yjs';
import {
  CURRENT_SCHEMA_VERSION,
  controlMap,
  DEFAULT_PHASES,
  initContentDoc,
  locksMap,
  newBoardId,
  shapesMap,
  writeShape,
  type BoardFile,
  type Phase,
  type Shape,
} from '@kyoso/shared';
import { importedAttribution, writeActivity } from '@kyoso/shared';
import { roomKey } from './boards.js';
import { importedLedger, type ImportedLedger } from './ledger/import-ledger.js';
import type { LedgerSigner } from './ledger/signing-key.js';
import type { BoardRecord, RoomKey, Storage } from './storage/storage.js';

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
  if (customAgenda || control.lockFrames || control.locked.length > 0)
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
      }),
    );
  for (const company of board.companies) {
    const drafts = file.drafts[company.key];
    if (drafts && drafts.length > 0)
      rooms.set(
        roomKey(id, `private/${company.key}`),
        stateOf((doc) => writeShapes(doc, drafts)),
      );
  }
  // Who made the shapes, as the file says: kept, marked as not recorded by this server.
  const attribution = importedAttribution(file.attribution);
  if (attribution.size > 0)
    rooms.set(
      roomKey(id, 'activity'),
      stateOf((doc) => writeActivity(doc, { attributions: attribution }, null)),
    );
  return rooms;
}

/**
 * Creates the board of a checked file (see `parseBoardFile`); companies keep their keys. Answers
 * the board and whether its ledger was verified.
 */
export async function importBoard(
  storage: Storage,
  file: BoardFile,
  signer: LedgerSigner,
): Promise<{ board: BoardRecord; ledger: ImportedLedger }> {
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
  await storage.createBoard(record, importedRooms(record.id, file, ledger));
  return { board: record, ledger };
}
