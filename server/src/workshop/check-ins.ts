// Recording a check-in (facilitator): per synergy point, its progress, the KPI's actual figure and
// a note. The server appends them to the ledger as one `checked-in` fact (signed and chained, so
// the history cannot be rewritten) and brings each point's progress and actual figure on the board
// up to date in the same command.
import {
  MAX_CHECK_IN_NOTE,
  MAX_CHECK_IN_POINTS,
  isWellFormed,
  PLAN_STATUSES,
  readCheckInSchedule,
  setPlanProgress,
  updateKpi,
  type CheckInPoint,
  type ShapeId,
} from '@kyoso/shared';
import { Type } from 'typebox';
import { roomKey } from '../boards.js';
import { actorOf, requireRole } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { ShapeIdText } from '../http/schemas.js';
import { ERROR_KEYWORD } from '../http/validation-message.js';
import { appendToLedger } from '../ledger/append.js';
import { withRooms } from '../sync/server-writes.js';
import { requireCard, shapeIdField } from './cards.js';
import { boardRef, checkInEvent } from '../webhooks/announce.js';
import type { WorkshopDeps } from './deps.js';

const CheckInBody = Type.Object({
  checkIn: Type.Optional(
    Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$', description: 'The scheduled check-in this records' }),
  ),
  title: Type.Optional(
    Type.String({ maxLength: 500, description: 'Its title (default: the scheduled one’s, or the date)' }),
  ),
  points: Type.Array(
    Type.Object({
      card: ShapeIdText('The synergy point'),
      progress: Type.Union(
        PLAN_STATUSES.map((status) => Type.Literal(status)),
        { [ERROR_KEYWORD]: `must be one of ${PLAN_STATUSES.join(', ')}` },
      ),
      actual: Type.Optional(
        Type.Union([Type.Number({ minimum: -1e15, maximum: 1e15 }), Type.Null()], {
          description:
            'The KPI’s actual figure now (null or left out: none recorded; the board keeps its own)',
        }),
      ),
      note: Type.Optional(Type.String({ maxLength: MAX_CHECK_IN_NOTE })),
    }),
    { minItems: 1, maxItems: MAX_CHECK_IN_POINTS, description: 'What it records of each synergy point' },
  ),
});

export function checkInRoutes(deps: WorkshopDeps): Route[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/check-ins',
      summary: 'Record a check-in: progress, KPI actual and a note per synergy point (facilitator)',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams, body: CheckInBody },
      responses: {
        200: '`{"at", "checkIn", "title", "points": [{"card", "progress", "actual", "note"}]}`',
        400: 'A field is not valid, a point twice, or a card that is not a synergy point',
        401: 'No valid token',
        403: 'Not the facilitator',
        404: 'No such card, or no such scheduled check-in',
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await deps.authorize(req, params.board);
        requireRole(caller, ['facilitator'], 'record check-ins');
        const by = actorOf(caller);
        const { board } = caller;
        if (!isWellFormed(body.title ?? '')) throw new HttpError(400, 'title is not valid text');
        const seen = new Set<ShapeId>();
        const points: CheckInPoint[] = body.points.map((point, i) => {
          const card = shapeIdField(point.card, `points[${i}].card`);
          if (seen.has(card)) throw new HttpError(400, `points[${i}]: ${card} is recorded twice`);
          seen.add(card);
          if (!isWellFormed(point.note ?? ''))
            throw new HttpError(400, `points[${i}].note is not valid text`);
          return {
            card,
            progress: point.progress,
            actual: point.actual ?? null,
            note: (point.note ?? '').trim(),
          };
        });
        const keys = [
          roomKey(board.id, 'content'),
          roomKey(board.id, 'ledger'),
          roomKey(board.id, 'control'),
        ];
        const recorded = await deps.queue.run(board.id, () =>
          withRooms(deps.rooms, keys, async ([content, ledger, control]) => {
            for (const point of points) {
              const card = requireCard(content!.doc, point.card);
              if (card.kind !== 'synergy') throw new HttpError(400, `${point.card} is not a synergy point`);
            }
            const scheduled =
              body.checkIn === undefined
                ? null
                : readCheckInSchedule(control!.doc).find((entry) => entry.id === body.checkIn);
            if (scheduled === undefined) throw new HttpError(404, `no scheduled check-in ${body.checkIn}`);
            const at = new Date().toISOString();
            const title = body.title?.trim() || scheduled?.title || at.slice(0, 10);
            const event = {
              type: 'checked-in' as const,
              at,
              by,
              checkIn: scheduled?.id ?? null,
              title,
              points,
            };
            await ledger!.applyServerChange((doc, origin) =>
              appendToLedger(doc, [event], deps.ledgerSigner, origin),
            );
            await content!.applyServerChange((doc, origin) => {
              for (const point of points) {
                setPlanProgress(doc, { id: point.card, progress: point.progress }, origin);
                if (point.actual !== null) updateKpi(doc, { id: point.card, actual: point.actual }, origin);
              }
            });
            const titles = new Map(
              points.map((point) => [point.card, requireCard(content!.doc, point.card).text]),
            );
            return { at, checkIn: event.checkIn, title, points, titles };
          }),
        );
        const { titles, ...answer } = recorded;
        sendJson(res, 200, answer);
        void deps.webhooks
          .emit(
            boardRef(board),
            'check-in',
            checkInEvent(board, { ...answer, by }, (card) => titles.get(card) ?? card),
          )
          .catch((error: unknown) =>
            deps.log.warn('check-in webhooks failed', { board: board.id, error: String(error) }),
          );
      },
    }),
  ];
}
