// Members place and take back their dots in the open round; everyone with a participant token can
// read their own ballot. Nobody can read anyone else's: ballots leave the server-only room only
// as totals, at the reveal.
import {
  changeVote,
  isInVoteScope,
  ownValue,
  latestVoteRound,
  readLedger,
  votesLeft,
  type Ballot,
} from '@kyoso/shared';
import { Type } from 'typebox';
import { roomKey } from '../boards.js';
import { actorOf, requireMember } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { ShapeIdText } from '../http/schemas.js';
import { ERROR_KEYWORD } from '../http/validation-message.js';
import { withRooms } from '../sync/server-writes.js';
import { ballotsRoomKey, readBallot, writeBallot } from './ballot-box.js';
import { requireCard, shapeAt, shapeIdField } from './cards.js';
import type { WorkshopDeps } from './deps.js';

const VoteBody = Type.Object({
  card: ShapeIdText('The card'),
  delta: Type.Union([Type.Literal(1), Type.Literal(-1)], {
    description: '1 adds a dot, -1 takes one back',
    [ERROR_KEYWORD]: 'must be 1 (add a dot) or -1 (take one back)',
  }),
});

export function voteRoutes(deps: WorkshopDeps): Route[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/votes',
      summary: 'Place a dot on a card in the open round, or take one back (member)',
      tag: 'voting',
      auth: 'board',
      schema: { params: BoardParams, body: VoteBody },
      responses: {
        200: 'Your ballot: `{"round", "ballot", "left"}`',
        400: 'The card is not in the round, or no dots are left',
        401: 'No valid token',
        403: 'Not a member with a participant token',
        404: 'No such card',
        409: 'No round is open',
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await deps.authorize(req, params.board);
        requireMember(caller, 'vote');
        const me = actorOf(caller).participant;
        const card = shapeIdField(body.card, 'card');
        const delta = body.delta;
        const { board } = caller;
        const keys = [roomKey(board.id, 'ledger'), roomKey(board.id, 'content'), ballotsRoomKey(board.id)];
        const answer = await deps.queue.run(board.id, () =>
          withRooms(deps.rooms, keys, async ([ledger, content, ballots]) => {
            const round = latestVoteRound(readLedger(ledger!.doc).events);
            if (round?.status !== 'open') throw new HttpError(409, 'no vote round is open');
            const ballot = readBallot(ballots!.doc, round.round, me);
            // A dot already placed can always be taken back, even from a card deleted or moved
            // out of the round's scope since; a new one needs a card in scope.
            if (delta === 1 || !ownValue(ballot, card)) {
              const shape = requireCard(content!.doc, card);
              const lookup = { byId: (id: string) => shapeAt(content!.doc, id) };
              if (delta === 1 && !isInVoteScope(shape, round.rules.scope, lookup))
                throw new HttpError(400, `card ${card} is not part of round ${round.round}`);
            }
            const change = changeVote(ballot, card, delta, round.rules);
            if (!change.ok) throw new HttpError(400, change.reason);
            await ballots!.applyServerChange((doc) => writeBallot(doc, round.round, me, change.ballot));
            return { round, ballot: change.ballot, left: votesLeft(change.ballot, round.rules) };
          }),
        );
        sendJson(res, 200, answer);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board/votes/mine',
      summary: 'Your own ballot in the latest round',
      tag: 'voting',
      auth: 'board',
      schema: { params: BoardParams },
      responses: { 200: '`{"round", "ballot", "left"}`', 401: 'No valid token' },
      handler: async ({ req, res, params }) => {
        const caller = await deps.authorize(req, params.board);
        const me = actorOf(caller).participant;
        const { board, principal } = caller;
        const keys = [roomKey(board.id, 'ledger'), ballotsRoomKey(board.id)];
        const answer = await withRooms(deps.rooms, keys, async ([ledger, ballots]) => {
          const round = latestVoteRound(readLedger(ledger!.doc).events);
          // Only members vote: the others' ballot is always empty, with nothing left to place.
          if (!round || principal.role !== 'member') return { round, ballot: {} as Ballot, left: 0 };
          const ballot = readBallot(ballots!.doc, round.round, me);
          return { round, ballot, left: votesLeft(ballot, round.rules) };
        });
        sendJson(res, 200, answer);
      },
    }),
  ];
}
