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
import { MAX_PARTICIPANT_NAME } from '../auth/tokens.js';
import { clientAddress } from '../client-address.js';
import { AddressRate } from '../http/address-rate.js';
import { removedError, type Caller } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { bodyObject, cleanText } from '../http/json-fields.js';
import type { Route } from '../http/route.js';
import { changeRoom } from '../sync/server-writes.js';
import type { WorkshopDeps } from './deps.js';
import { participantView, rosterRoomKey, standingOf } from './roster.js';

/** People on one board's roster at most: far above any workshop, far below a roster too big to load. */
export const MAX_PARTICIPANTS = 2000;

function participantName(value: unknown): string {
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
    {
      method: 'POST',
      pattern: /^\/api\/boards\/([^/]+)\/participants$/,
      handler: async (req, res, [boardId]) => {
        const caller = await deps.authorize(req, boardId!, { joining: true });
        const name = participantName(bodyObject(await deps.readBody(req)).name);
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
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)\/participants\/me$/,
      handler: async (req, res, [boardId]) => {
        const caller = await deps.authorize(req, boardId!, { joining: true });
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
    },
  ];
}
