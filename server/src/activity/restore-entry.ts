// "Restored": the facilitator's editor applies a version's shapes after `POST .../restore`, so the
// server records the restore itself when it answers that call, by the caller's token.
import { MAX_VERSION_NAME, randomId, writeActivity, type ActivityEntry } from '@kyoso/shared';
import type { Caller } from '../http/authorize.js';
import type { RoomRegistry } from '../sync/rooms.js';
import { changeRoom } from '../sync/server-writes.js';
import { clipText } from './clip-text.js';
import { activityRoomKey } from './content-activity.js';
import { actorOf } from './recorder.js';

export async function recordRestore(
  rooms: RoomRegistry,
  caller: Caller,
  version: { id: string; name: string; kind: 'named' | 'auto' | 'restore' },
): Promise<void> {
  const entry: ActivityEntry = {
    id: randomId(16),
    type: 'restored',
    at: new Date().toISOString(),
    by: actorOf(caller),
    shapes: [],
    version: { id: version.id, name: clipText(version.name, MAX_VERSION_NAME), kind: version.kind },
  };
  await changeRoom(rooms, activityRoomKey(caller.board.id), (doc, origin) =>
    writeActivity(doc, { entries: [entry] }, origin),
  );
}
