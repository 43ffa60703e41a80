// One consistent read of a board for an export: content, ledger, control, discussion and the
// private drafts (with their threads) the caller may read (a member's own company; nobody else's).
import {
  canRead,
  readControl,
  readLedger,
  readAttributions,
  readReactionEntries,
  readShapes,
  readThreads,
  type CompanyKey,
  type ExportInput,
  type LedgerEntry,
  type Principal,
  type Shape,
  type ShapeId,
  type Thread,
} from '@kyoso/shared';
import { roomKey } from '../boards.js';
import type { BoardRecord } from '../storage/storage.js';
import type { RoomRegistry } from '../sync/rooms.js';
import { withRooms } from '../sync/server-writes.js';

/** The export's input, and the ledger as stored (every entry with its chain fields) for the file. */
export interface LoadedExport extends ExportInput {
  ledgerEntries: LedgerEntry[];
}

export async function loadExportInput(
  rooms: RoomRegistry,
  board: BoardRecord,
  principal: Principal,
): Promise<LoadedExport> {
  const readable = board.companies
    .map((company) => company.key)
    .filter((company) => canRead(principal, { kind: 'private', company }));
  const keys = [
    'content',
    'ledger',
    'control',
    'activity',
    'discussion',
    ...readable.map((key) => `private/${key}`),
  ].map((channel) => roomKey(board.id, channel));
  return withRooms(rooms, keys, async ([content, ledger, control, activity, discussion, ...privateRooms]) => {
    const drafts: Partial<Record<CompanyKey, Shape[]>> = {};
    const draftThreads: Partial<Record<CompanyKey, ReadonlyMap<ShapeId, Thread>>> = {};
    readable.forEach((company, i) => {
      drafts[company] = readShapes(privateRooms[i]!.doc).shapes;
      draftThreads[company] = readThreads(privateRooms[i]!.doc);
    });
    const { phases, locks, tagList } = readControl(control!.doc);
    const ledgerRead = readLedger(ledger!.doc);
    return {
      board: {
        id: board.id,
        title: board.title,
        locale: board.locale,
        template: board.template,
        companies: board.companies,
      },
      shapes: readShapes(content!.doc).shapes,
      ledger: ledgerRead.events,
      ledgerEntries: ledgerRead.entries,
      control: {
        phases: [...phases],
        lockFrames: locks.frames,
        locked: [...locks.shapes],
        tags: Object.fromEntries(tagList),
      },
      drafts,
      attribution: readAttributions(activity!.doc),
      discussion: {
        reactions: readReactionEntries(discussion!.doc),
        threads: readThreads(discussion!.doc),
        drafts: draftThreads,
      },
      exportedAt: new Date().toISOString(),
    };
  });
}
