// The facilitator manages who is in the room: the roster (waiting requests included), letting a
// waiting person in, and removing someone (or turning a request down). A removal retires that
// participant token everywhere: 401 on HTTP (authorize.ts), 4401 at the upgrade, and every node
// holding the roster room closes that participant's open sockets when it sees the change
// (sync/roster-watch.ts).
import {
  asParticipantId,
  readRoster,
  readRosterEntry,
  writeRosterEntry,
  type RosterEntry,
} from '@kyoso/shared';
import { requireRole, type Caller } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { Type } from 'typebox';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { changeRoom } from '../sync/server-writes.js';
import type { WorkshopDeps } from './deps.js';
import { rosterRoomKey } from './roster.js';

type Decision = 'admit' | 'remove';

/** The entry after the facilitator's decision; throws (changing nothing) when it cannot be made. */
function decide(decision: Decision, entry: RosterEntry, caller: Caller, now: string): RosterEntry {
  if (decision === 'admit') {
    if (entry.status === 'removed')
      throw new HttpError(409, `${entry.id} was removed; they can ask again with their link`);
    return entry.status === 'waiting' ? { ...entry, status: 'admitted', admittedAt: now } : entry;
  }
  if (entry.id === caller.participant?.id) throw new HttpError(400, 'you cannot remove yourself');
  return entry.status === 'removed' ? entry : { ...entry, status: 'removed', removedAt: now };
}

const ParticipantParams = Type.Object({
  board: BoardParams.properties.board,
  participant: Type.String({ description: 'The participant id (from the roster)' }),
});

function decisionRoute(deps: WorkshopDeps, decision: Decision): Route {
  return defineRoute({
    method: 'POST',
    url: `/api/boards/:board/participants/:participant/${decision}`,
    summary:
      decision === 'admit'
        ? 'Let a waiting person in (facilitator)'
        : 'Remove a person, or turn a request down; their token stops working (facilitator)',
    tag: 'workshop',
    auth: 'board',
    schema: { params: ParticipantParams },
    responses: {
      200: '`{"participant"}` as it stands now',
      ...(decision === 'admit' ? { 409: 'That person was removed' } : { 400: 'You cannot remove yourself' }),
      401: 'No valid token',
      403: 'Not the facilitator',
      404: 'No such participant on this board',
    },
    handler: async ({ req, res, params }) => {
      const rawId = params.participant;
      const caller = await deps.authorize(req, params.board);
      requireRole(caller, ['facilitator'], decision === 'admit' ? 'let people in' : 'remove people');
      const id = asParticipantId(rawId);
      const unknown = () => new HttpError(404, `no participant ${rawId.slice(0, 40)} on this board`);
      if (!id) throw unknown();
      const { board } = caller;
      const entry = await deps.queue.run(board.id, () =>
        changeRoom(deps.rooms, rosterRoomKey(board.id), (doc, origin) => {
          const before = readRosterEntry(doc, id);
          if (!before) throw unknown();
          const after = decide(decision, before, caller, new Date().toISOString());
          if (after !== before) writeRosterEntry(doc, after, origin);
          return after;
        }),
      );
      sendJson(res, 200, { participant: entry });
    },
  });
}

export function rosterRoutes(deps: WorkshopDeps): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board/participants',
      summary: 'The roster: everyone who joined, waiting requests included (facilitator)',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams },
      responses: {
        200: '`{"admission", "participants"}`',
        401: 'No valid token',
        403: 'Not the facilitator',
      },
      handler: async ({ req, res, params }) => {
        const caller = await deps.authorize(req, params.board);
        requireRole(caller, ['facilitator'], 'see who is on the board');
        const { board } = caller;
        const { participants } = await deps.rooms.using(rosterRoomKey(board.id), async (room) =>
          readRoster(room.doc),
        );
        sendJson(res, 200, { admission: board.admission ?? false, participants });
      },
    }),
    decisionRoute(deps, 'admit'),
    decisionRoute(deps, 'remove'),
  ];
}
