// Joining a board as a person: a link token (a role) plus a name gives a participant token (the
// same claims plus an id and the name), which every channel and the ledger-recorded commands
// need. The server notes each participant in the board's roster: let in at once, or waiting for
// the facilitator when the board requires admission. Posting again with the participant token
// renames: same id, same standing, new name, new token. `GET .../participants/me` is how a
// waiting page learns it was let in.
//
// A link may be shared with a whole company, so anyone holding one could add people without end,
// each a writer with its own budgets: new participants are limited per address per minute, and
// a board holds at most MAX_PARTICIPANTS. The facilitator is never held back: they are the one
// who removes whoever should not be there.
import {
  newParticipantId,
  nextJoinTime,
  readRosterEntry,
  rosterEntries,
  writeRosterEntry,
  type RosterEntry,
} from '@kyoso/shared';
import { Type } from 'typebox';
import { MAX_PARTICIPANT_NAME } from '../auth/tokens.js';
import { roomKey } from '../boards.js';
import { clientAddress } from '../client-address.js';
import { AddressRate } from '../http/address-rate.js';
import { removedError, type Caller } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { cleanText } from '../http/json-fields.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { Text } from '../http/schemas.js';
import { changeRoom } from '../sync/server-writes.js';
import type { WorkshopDeps } from './deps.js';
import { participantView, rosterRoomKey, standingOf } from './roster.js';

/** People on one board's roster at most: far above any workshop, far below a roster too big to load. */
export const MAX_PARTICIPANTS = 2000;

const JoinBody = Type.Object({ name: Text(MAX_PARTICIPANT_NAME, 'How the person is shown to everyone') });

function participantName(value: string): string {
  const name = cleanText(value, 'name', MAX_PARTICIPANT_NAME);
  // The ledger's reader counts UTF-16 units: a name it refused would hide this person's events.
  if (name.length > MAX_PARTICIPANT_NAME)
    throw new HttpError(400, `name must be at most ${MAX_PARTICIPANT_NAME} characters`);
  return name;
}

/** The caller's roster entry after joining (or renaming) as `name`. */
function joinedEntry(caller: Caller, before: RosterEntry | null, name: string, now: string): RosterEntry {
  const { principal, participant, board } = caller;
  if (participant && before) {
    // Checked again here, in the board's command queue: a removal may have come in meanwhile.
    if (before.status === 'removed') throw removedError();
    return { ...before, name };
  }
  // A new participant, or one whose token predates the roster: noted as the board stands now.
  const status = standingOf(board.admission ?? false, principal, null, null);
  return {
    id: participant?.id ?? newParticipantId(),
    name,
    role: principal.role,
    company: principal.role === 'member' ? principal.company : null,
    status: status === 'waiting' ? 'waiting' : 'admitted',
    joinedAt: now,
    admittedAt: null,
    removedAt: null,
  };
}

export function participantRoutes(deps: WorkshopDeps): Route[] {
  const joins = new AddressRate(deps.config.limits.joinsPerMinute);
  return [
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/participants',
      summary: 'Join as a person (or rename): a link token and a name give a participant token',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams, body: JoinBody },
      responses: {
        200: 'Renamed: `{"participant", "token"}`',
        201: 'Joined: `{"participant", "token"}` (status `waiting` where the board lets people in one by one)',
        400: 'The name is missing or not valid',
        401: 'No valid token, or removed by the facilitator',
        409: 'The board is full',
        429: 'Too many people joined from this address in a minute',
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await deps.authorize(req, params.board, { joining: true });
        const name = participantName(body.name);
        const { principal, board, participant } = caller;
        const limited = !participant && principal.role !== 'facilitator';
        if (limited && !joins.take(clientAddress(req, deps.config.trustProxy))) {
          throw new HttpError(
            429,
            `more than ${deps.config.limits.joinsPerMinute} people joined from this address in a minute; try again in a minute`,
          );
        }
        const rosterKey = rosterRoomKey(board.id);
        const entry = await deps.queue.run(board.id, () =>
          changeRoom(deps.rooms, rosterKey, (doc, origin) => {
            const before = participant ? readRosterEntry(doc, participant.id) : null;
            if (limited && !before && rosterEntries(doc).size >= MAX_PARTICIPANTS) {
              throw new HttpError(409, `this board already has ${MAX_PARTICIPANTS} participants`);
            }
            const after = joinedEntry(caller, before, name, nextJoinTime(doc, new Date()));
            // A page reload renames to the same name: nothing to store.
            if (before?.name !== after.name) writeRosterEntry(doc, after, origin);
            return after;
          }),
        );
        const token = await deps.auth.signParticipant(principal, board.tokenGeneration, {
          id: entry.id,
          name: entry.name,
        });
        sendJson(res, participant ? 200 : 201, { participant: participantView(entry), token });
        if (entry.status === 'admitted') deps.rooms.warm(roomKey(board.id, 'content'));
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board/participants/me',
      summary: 'Who this participant token is, and whether they are in yet',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams },
      responses: {
        200: '`{"participant"}` with its `status`',
        400: 'A link token names no person',
        401: 'No valid token, or removed by the facilitator',
      },
      handler: async ({ req, res, params }) => {
        const caller = await deps.authorize(req, params.board, { joining: true });
        const { principal, participant, standing } = caller;
        if (!participant)
          throw new HttpError(400, 'this needs a participant token: a link token names no person');
        sendJson(res, 200, {
          participant: {
            id: participant.id,
            name: participant.name,
            role: principal.role,
            company: principal.role === 'member' ? principal.company : null,
            status: standing,
          },
        });
      },
    }),
  ];
}
