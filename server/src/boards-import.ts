// Importing a board file (the `json` export) as a new board: a new id and the file's companies,
// content, ledger, agenda and locks, and private drafts, written as the first state of every
// room in one storage call, so a failure leaves nothing behind.
import * as Y from 'yjs';
import {
  CURRENT_SCHEMA_VERSION,
  appendLedgerEvents,
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
import { roomKey } from './boards.js';
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
function importedRooms(id: BoardRecord['id'], file: BoardFile): Map<RoomKey, Uint8Array> {
  const rooms = new Map<RoomKey, Uint8Array>();
  const { board, control } = file;
  rooms.set(
    roomKey(id, 'content'),
    stateOf((doc) => {
      initContentDoc(doc, { title: board.title, companies: board.companies });
      writeShapes(doc, file.shapes);
    }),
  );
  if (file.ledger.length > 0)
    rooms.set(
      roomKey(id, 'ledger'),
      stateOf((doc) => appendLedgerEvents(doc, file.ledger, null)),
    );
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
  return rooms;
}

/** Creates the board of a checked file (see `parseBoardFile`); companies keep their keys. */
export async function importBoard(storage: Storage, file: BoardFile): Promise<BoardRecord> {
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
  await storage.createBoard(record, importedRooms(record.id, file));
  return record;
}
