// The facilitator runs dot-vote rounds: start one with its rules, end it, reveal it. The ledger
// holds the rounds; the ballots stay in the server-only room until the reveal puts the totals in
// the ledger.
import type { IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import {
  CARD_KINDS,
  MAX_VOTES_PER_PERSON,
  VOTE_RULES_HELP,
  latestVoteRound,
  parseVoteRules,
  readLedger,
  tallyBallots,
  type Actor,
  type LedgerEvent,
  type VoteRound,
  type VoteRules,
} from '@kyoso/shared';
import { Type } from 'typebox';
import { roomKey } from '../boards.js';
import { actorOf, requireRole } from '../http/authorize.js';
import { appendToLedger } from '../ledger/append.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { ShapeIdText } from '../http/schemas.js';
import { ERROR_KEYWORD } from '../http/validation-message.js';
import type { BoardRecord } from '../storage/storage.js';
import { withRooms } from '../sync/server-writes.js';
import { ballotsRoomKey, roundBallots } from './ballot-box.js';
import { shapeAt } from './cards.js';
import type { WorkshopDeps } from './deps.js';

const CardKind = Type.Enum([...CARD_KINDS]);

const StartBody = Type.Object({
  rules: Type.Object(
    {
      scope: Type.Union(
        [
          Type.Object({ kind: Type.Literal('all') }, { description: 'Every card' }),
          Type.Object(
            { kind: Type.Literal('frame'), frame: ShapeIdText('The frame') },
            { description: 'The cards in one frame' },
          ),
          Type.Object(
            { kind: Type.Literal('kind'), cardKinds: Type.Array(CardKind, { minItems: 1 }) },
            { description: 'The cards of these kinds' },
          ),
          Type.Object(
            { kind: Type.Literal('kind'), cardKind: CardKind },
            { description: 'The cards of one kind (the earlier form)' },
          ),
        ],
        {
          [ERROR_KEYWORD]:
            'must be {"kind": "all"} | {"kind": "frame", "frame": "<shape id>"} | ' +
            `{"kind": "kind", "cardKinds": ["${CARD_KINDS.join('|')}", ...]}`,
        },
      ),
      votesPerPerson: Type.Integer({
        minimum: 1,
        maximum: MAX_VOTES_PER_PERSON,
        description: 'Dots each person has',
      }),
      allowMultiple: Type.Boolean({ description: "Whether one card may take several of one person's dots" }),
    },
    { description: "The round's rules, recorded in the ledger" },
  ),
});

const RoundParams = Type.Object({
  board: BoardParams.properties.board,
  round: Type.String({
    pattern: '^[1-9][0-9]{0,8}$',
    description: 'The round number',
    [ERROR_KEYWORD]: 'must be a positive integer',
  }),
});

const latestRound = (ledger: Y.Doc): VoteRound | null => latestVoteRound(readLedger(ledger).events);

function requireFrame(content: Y.Doc, rules: VoteRules): void {
  if (rules.scope.kind !== 'frame') return;
  const frame = shapeAt(content, rules.scope.frame);
  if (!frame) throw new HttpError(404, `no frame ${rules.scope.frame} on the board`);
  if (frame.type !== 'frame') throw new HttpError(400, `${frame.id} is a ${frame.type}, not a frame`);
}

/** The board and the facilitator who runs the round, from a facilitator's participant token. */
async function facilitator(
  deps: WorkshopDeps,
  req: IncomingMessage,
  boardId: string,
): Promise<{ board: BoardRecord; by: Actor }> {
  const caller = await deps.authorize(req, boardId);
  requireRole(caller, ['facilitator'], 'run vote rounds');
  return { board: caller.board, by: actorOf(caller) };
}

export function voteRoundRoutes(deps: WorkshopDeps): Route[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/votes/rounds',
      summary: 'Start a dot-vote round with its rules (facilitator)',
      tag: 'voting',
      auth: 'board',
      schema: { params: BoardParams, body: StartBody },
      responses: {
        201: '`{"round": <number>}`',
        400: 'The rules are not valid',
        401: 'No valid token',
        403: 'Not the facilitator with a participant token',
        404: 'No such frame',
        409: 'A round is still open',
      },
      handler: async ({ req, res, params, body }) => {
        const { board, by } = await facilitator(deps, req, params.board);
        const rules = parseVoteRules(body.rules);
        if (!rules) throw new HttpError(400, VOTE_RULES_HELP);
        const keys = [roomKey(board.id, 'ledger'), roomKey(board.id, 'content')];
        const round = await deps.queue.run(board.id, () =>
          withRooms(deps.rooms, keys, async ([ledger, content]) => {
            const latest = latestRound(ledger!.doc);
            if (latest?.status === 'open')
              throw new HttpError(409, `round ${latest.round} is still open: end or reveal it first`);
            requireFrame(content!.doc, rules);
            const next = (latest?.round ?? 0) + 1;
            const at = new Date().toISOString();
            await ledger!.applyServerChange((doc, origin) =>
              appendToLedger(
                doc,
                [{ type: 'vote-started', at, by, round: next, rules }],
                deps.ledgerSigner,
                origin,
              ),
            );
            return next;
          }),
        );
        sendJson(res, 201, { round });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/votes/rounds/:round/end',
      summary: 'End the open round: no more dots (facilitator)',
      tag: 'voting',
      auth: 'board',
      schema: { params: RoundParams },
      responses: {
        200: '`{"round", "status": "ended"}`',
        401: 'No valid token',
        403: 'Not the facilitator with a participant token',
        409: 'That round is not the open one',
      },
      handler: async ({ req, res, params }) => {
        const { board, by } = await facilitator(deps, req, params.board);
        const round = Number(params.round);
        await deps.queue.run(board.id, () =>
          deps.rooms.using(roomKey(board.id, 'ledger'), async (ledger) => {
            const latest = latestRound(ledger.doc);
            if (latest?.round !== round || latest.status !== 'open')
              throw new HttpError(409, `round ${round} is not the open round`);
            const at = new Date().toISOString();
            await ledger.applyServerChange((doc, origin) =>
              appendToLedger(doc, [{ type: 'vote-ended', at, by, round }], deps.ledgerSigner, origin),
            );
          }),
        );
        sendJson(res, 200, { round, status: 'ended' });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/votes/rounds/:round/reveal',
      summary: "Reveal the round's totals to everyone, ending it if open (facilitator)",
      tag: 'voting',
      auth: 'board',
      schema: { params: RoundParams },
      responses: {
        200: '`{"round", "totals", "voters"}`',
        401: 'No valid token',
        403: 'Not the facilitator with a participant token',
        409: 'Not the latest round, or already revealed',
      },
      handler: async ({ req, res, params }) => {
        const { board, by } = await facilitator(deps, req, params.board);
        const round = Number(params.round);
        const keys = [roomKey(board.id, 'ledger'), ballotsRoomKey(board.id)];
        const tally = await deps.queue.run(board.id, () =>
          withRooms(deps.rooms, keys, async ([ledger, ballots]) => {
            const latest = latestRound(ledger!.doc);
            if (latest?.round !== round)
              throw new HttpError(409, `round ${round} is not the latest round, which alone can be revealed`);
            if (latest.status === 'revealed') throw new HttpError(409, `round ${round} is already revealed`);
            const { totals, voters } = tallyBallots(roundBallots(ballots!.doc, round));
            const at = new Date().toISOString();
            const events: LedgerEvent[] = [];
            if (latest.status === 'open') events.push({ type: 'vote-ended', at, by, round });
            events.push({ type: 'votes-revealed', at, by, round, totals, voters });
            await ledger!.applyServerChange((doc, origin) =>
              appendToLedger(doc, events, deps.ledgerSigner, origin),
            );
            return { totals, voters };
          }),
        );
        sendJson(res, 200, { round, ...tally });
      },
    }),
  ];
}
