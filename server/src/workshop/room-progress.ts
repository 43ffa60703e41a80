// The facilitator's view of how the room is doing, as counts only: how many people have dots in
// the latest vote round (never who or where) out of how many could take part in it (the roster
// against the round's times: shared/src/workshop/vote-electorate.ts), and how many private drafts
// each company holds (never what they say). Read on demand from the ballots room, the roster and
// each company's private room.
import {
  latestVoteRound,
  readDrafts,
  readLedger,
  readRoster,
  roundElectorate,
  type RoomProgress,
} from '@kyoso/shared';
import { roomKey } from '../boards.js';
import { requireRole } from '../http/authorize.js';
import { sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { withRooms } from '../sync/server-writes.js';
import { ballotsRoomKey, roundVoters } from './ballot-box.js';
import type { WorkshopDeps } from './deps.js';
import { rosterRoomKey } from './roster.js';

export function roomProgressRoutes(deps: WorkshopDeps): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board/progress',
      summary: 'How the room is doing, as counts: dots placed, drafts per company (facilitator)',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams },
      responses: { 200: '`{"votes", "drafts"}`', 401: 'No valid token', 403: 'Not the facilitator' },
      handler: async ({ req, res, params }) => {
        const caller = await deps.authorize(req, params.board);
        requireRole(caller, ['facilitator'], 'see how the room is doing');
        const { board } = caller;
        const companies = board.companies.map((company) => company.key);
        const keys = [
          roomKey(board.id, 'ledger'),
          ballotsRoomKey(board.id),
          rosterRoomKey(board.id),
          ...companies.map((key) => roomKey(board.id, `private/${key}`)),
        ];
        const progress = await withRooms(deps.rooms, keys, async ([ledger, ballots, roster, ...drafts]) => {
          const round = latestVoteRound(readLedger(ledger!.doc).events);
          const voters = round ? roundVoters(ballots!.doc, round.round) : [];
          const members = round ? roundElectorate(round, readRoster(roster!.doc).participants, voters) : 0;
          const answer: RoomProgress = {
            votes: round ? { round: round.round, status: round.status, voted: voters.length, members } : null,
            drafts: Object.fromEntries(companies.map((key, i) => [key, readDrafts(drafts[i]!.doc).length])),
          };
          return answer;
        });
        sendJson(res, 200, progress);
      },
    }),
  ];
}
