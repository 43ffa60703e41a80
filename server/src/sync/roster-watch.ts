// Every node learns of removals, and of the board's deletion, from the roster room itself: each
// loaded roster is watched, and a change to it, made here (a command) or on another node (applied
// from the fan-out, or read back from the store after a blink), sends away the sockets it retires. Every connection holds its
// board's roster room, so a node with sockets of a board always watches its roster.
import {
  readRosterAdmission,
  readRosterDeletedAt,
  readRosterEntry,
  rosterEntries,
  rosterSettings,
  type BoardId,
  type ParticipantId,
} from '@kyoso/shared';
import { rosterBoardOf } from '../workshop/roster.js';
import type { RoomRegistry } from './rooms.js';

export interface RosterListener {
  participantRemoved(board: BoardId, participant: ParticipantId): void;
  admissionRequired(board: BoardId): void;
  boardDeleted(board: BoardId): void;
}

export function watchRosters(rooms: RoomRegistry, listener: RosterListener): void {
  rooms.onLoad((key, room) => {
    const board = rosterBoardOf(key);
    if (!board) return;
    const { doc } = room;
    rosterEntries(doc).observe((event) => {
      for (const id of event.keysChanged) {
        const entry = readRosterEntry(doc, id as ParticipantId);
        if (entry?.status === 'removed') listener.participantRemoved(board, entry.id);
      }
    });
    rosterSettings(doc).observe((event) => {
      if (event.keysChanged.has('admission') && readRosterAdmission(doc)) listener.admissionRequired(board);
      if (event.keysChanged.has('deletedAt') && readRosterDeletedAt(doc)) listener.boardDeleted(board);
    });
  });
}
