// The board's roster on the server: a room every node can load (`<board>/participants`, the
// facilitator's read-only channel), and how a token's holder stands in it. A participant token
// names its roster entry; a link token names no person, so on a board that requires admission
// only the facilitator's link is let in without joining first.
import {
  readRosterEntry,
  type BoardId,
  type ParticipantId,
  type Principal,
  type RosterEntry,
  type RosterStatus,
} from '@kyoso/shared';
import { roomKey } from '../boards.js';
import type { RoomKey } from '../storage/storage.js';
import type { RoomRegistry } from '../sync/rooms.js';

const ROSTER_CHANNEL = 'participants';

export const rosterRoomKey = (board: BoardId): RoomKey => roomKey(board, ROSTER_CHANNEL);

/** The board whose roster room `key` is, or null for any other room. */
export function rosterBoardOf(key: RoomKey): BoardId | null {
  const suffix = `/${ROSTER_CHANNEL}`;
  return key.endsWith(suffix) && key.indexOf('/') === key.length - suffix.length
    ? (key.slice(0, -suffix.length) as BoardId)
    : null;
}

/** How the board treats a token's holder now: let in, waiting to be let in, or removed. */
export type Standing = RosterStatus;

/** `participant` is the token's participant id (null for a link token), `entry` its roster entry. */
export function standingOf(
  admission: boolean,
  principal: Principal,
  participant: ParticipantId | null,
  entry: RosterEntry | null,
): Standing {
  if (participant && entry) {
    // The facilitator never waits (an entry can say so if they joined before a role mix-up).
    return principal.role === 'facilitator' && entry.status === 'waiting' ? 'admitted' : entry.status;
  }
  // A link token, or a participant token issued before the server kept a roster.
  return admission && principal.role !== 'facilitator' ? 'waiting' : 'admitted';
}

/** One participant's entry, loading the roster room if it is idle (it then stays a while). */
export function rosterEntryOf(
  rooms: RoomRegistry,
  board: BoardId,
  id: ParticipantId,
): Promise<RosterEntry | null> {
  return rooms.using(rosterRoomKey(board), async (room) => readRosterEntry(room.doc, id));
}

/** What the answers say of a participant (and the join answer's `participant`). */
export const participantView = (entry: RosterEntry) => ({
  id: entry.id,
  name: entry.name,
  role: entry.role,
  company: entry.company,
  status: entry.status,
});
