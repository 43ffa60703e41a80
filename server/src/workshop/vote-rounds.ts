// The facilitator runs dot-vote rounds: start one with its rules, end it, reveal it. The ledger
// holds the rounds; the ballots stay in the server-only room until the reveal puts the totals in
// the ledger.
import type { IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import {
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
import { roomKey } from '../boards.js';
import { actorOf, requireRole } from '../http/authorize.js';
import { appendToLedger } from '../ledger/append.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { bodyObject } from '../http/json-fields.js';
import type { Route } from '../http/route.js';
import type { BoardRecord } from '../storage/storage.js';
import { withRooms } from '../sync/server-writes.js';
import { ballotsRoomKey, roundBallots } from './ballot-box.js';
import { shapeAt } from './cards.js';
import type { WorkshopDeps } from './deps.js';

const ROUND_PATH = (action: string) => new RegExp(`^/api/boards/([^/]+)/votes/rounds/([^/]+)/${action}$`);

function roundParam(raw: string): number {
  if (!/^[1-9][0-9]{0,8}$/.test(raw)) throw new HttpError(400, 'the round must be a positive integer');
  return Number(raw);
}

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
    {
      method: 'POST',
      pattern: /^\/api\/boards\/([^/]+)\/votes\/rounds$/,
      handler: async (req, res, [boardId]) => {
        const { board, by } = await facilitator(deps, req, boardId!);
        const rules = parseVoteRules(bodyObject(await deps.readBody(req)).rules);
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
    },
    {
      method: 'POST',
      pattern: ROUND_PATH('end'),
      handler: async (req, res, [boardId, rawRound]) => {
        const { board, by } = await facilitator(deps, req, boardId!);
        const round = roundParam(rawRound!);
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
    },
    {
      method: 'POST',
      pattern: ROUND_PATH('reveal'),
      handler: async (req, res, [boardId, rawRound]) => {
        const { board, by } = await facilitator(deps, req, boardId!);
        const round = roundParam(rawRound!);
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
    },
  ];
}
