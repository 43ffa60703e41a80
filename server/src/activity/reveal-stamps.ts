// Revealed drafts land on `content` through a server change, which the recorder does not see (it
// hears client updates): the member who revealed them is recorded as having put them on the board.
// The reveal itself is the ledger's `revealed` event; the activity list shows it from there.
import { writeActivity, type ShapeId } from '@kyoso/shared';
import type { Caller } from '../http/authorize.js';
import type { RoomRegistry } from '../sync/rooms.js';
import { changeRoom } from '../sync/server-writes.js';
import { activityRoomKey } from './content-activity.js';
import { actorOf } from './recorder.js';

export async function stampRevealed(
  rooms: RoomRegistry,
  caller: Caller,
  ids: readonly ShapeId[],
): Promise<void> {
  if (ids.length === 0) return;
  const created = { ...actorOf(caller), at: new Date().toISOString() };
  const attributions = new Map(ids.map((id) => [id, { created, changed: null }] as const));
  await changeRoom(rooms, activityRoomKey(caller.board.id), (doc, origin) =>
    writeActivity(doc, { attributions }, origin),
  );
}
