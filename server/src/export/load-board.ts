// One consistent read of a board for an export: content, ledger, control and the private drafts
// the caller may read (a member's own company; nobody else's, ever).
import {
  canRead,
  readControl,
  readLedger,
  readShapes,
  type CompanyKey,
  type ExportInput,
  type Principal,
  type Shape,
} from '@kyoso/shared';
import { roomKey } from '../boards.js';
import type { BoardRecord } from '../storage/storage.js';
import type { RoomRegistry } from '../sync/rooms.js';
import { withRooms } from '../sync/server-writes.js';

export async function loadExportInput(
  rooms: RoomRegistry,
  board: BoardRecord,
  principal: Principal,
): Promise<ExportInput> {
  const readable = board.companies
    .map((company) => company.key)
    .filter((company) => canRead(principal, { kind: 'private', company }));
  const keys = ['content', 'ledger', 'control', ...readable.map((key) => `private/${key}`)].map((channel) =>
    roomKey(board.id, channel),
  );
  return withRooms(rooms, keys, async ([content, ledger, control, ...privateRooms]) => {
    const drafts: Partial<Record<CompanyKey, Shape[]>> = {};
    readable.forEach((company, i) => {
      drafts[company] = readShapes(privateRooms[i]!.doc).shapes;
    });
    const { phases, locks } = readControl(control!.doc);
    return {
      board: {
        id: board.id,
        title: board.title,
        locale: board.locale,
        template: board.template,
        companies: board.companies,
      },
      shapes: readShapes(content!.doc).shapes,
      ledger: readLedger(ledger!.doc).events,
      control: { phases: [...phases], lockFrames: locks.frames, locked: [...locks.shapes] },
      drafts,
      exportedAt: new Date().toISOString(),
    };
  });
}
