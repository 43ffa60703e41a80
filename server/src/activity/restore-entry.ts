// "Restored": the facilitator's editor applies a version's shapes after `POST .../restore`, so the
// server records the restore itself when it answers that call, by the caller's token.
import { MAX_VERSION_NAME, writeActivity } from '@kyoso/shared';
import type { Caller } from '../http/authorize.js';
import type { RoomRegistry } from '../sync/rooms.js';
import { changeRoom } from '../sync/server-writes.js';
import { clipText } from './clip-text.js';
import { activityRoomKey } from './content-activity.js';
import { actEntry } from './act-entry.js';

export async function recordRestore(
  rooms: RoomRegistry,
  caller: Caller,
  version: { id: string; name: string; kind: 'named' | 'auto' | 'restore' },
): Promise<void> {
  const entry = actEntry(caller, {
    type: 'restored',
    version: { id: version.id, name: clipText(version.name, MAX_VERSION_NAME), kind: version.kind },
  });
  await changeRoom(rooms, activityRoomKey(caller.board.id), (doc, origin) =>
    writeActivity(doc, { entries: [entry] }, origin),
  );
}
