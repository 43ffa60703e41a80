// Changes the server makes itself (commands from the HTTP API) to rooms that may have no
// connection at all: the room is held while the change is applied and stored, then released so
// that an idle room still unloads.
import type * as Y from 'yjs';
import type { RoomKey } from '../storage/storage.js';
import type { Room, SERVER_ORIGIN } from './room.js';
import type { RoomRegistry } from './rooms.js';

/** Runs `work` with every room in `keys` loaded and held (in that order). */
export function withRooms<T>(
  rooms: RoomRegistry,
  keys: readonly RoomKey[],
  work: (rooms: Room[]) => Promise<T>,
): Promise<T> {
  const [first, ...rest] = keys;
  if (first === undefined) return work([]);
  return rooms.using(first, (room) => withRooms(rooms, rest, (others) => work([room, ...others])));
}

/** Applies one server change to one room; resolves with its result once stored. */
export function changeRoom<T>(
  rooms: RoomRegistry,
  key: RoomKey,
  change: (doc: Y.Doc, origin: typeof SERVER_ORIGIN) => T,
): Promise<T> {
  return rooms.using(key, (room) => room.applyServerChange(change));
}
