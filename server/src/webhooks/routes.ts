// The facilitator's webhooks (docs/API.md, "Webhooks"): register an endpoint (generic JSON or
// Slack-compatible) for some of the board's events, list them with the signing secret and the
// delivery log, remove one, send a test.
import { randomUUID } from 'node:crypto';
import { Type } from 'typebox';
import { requireRole } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { ERROR_KEYWORD } from '../http/validation-message.js';
import { changeRoom, withRooms } from '../sync/server-writes.js';
import type { WorkshopDeps } from '../workshop/deps.js';
import { boardRef, markPresentAsAnnounced } from './announce.js';
import { isAllowedTarget, webhookUrlProblem } from './targets.js';
import {
  addWebhook,
  MAX_WEBHOOKS,
  peekSecret,
  readDeliveries,
  readWebhooks,
  removeWebhook,
  WEBHOOK_EVENTS,
  WEBHOOK_KINDS,
  webhooksRoomKey,
  type Webhook,
} from './webhook-store.js';

const WebhookParams = Type.Object({
  board: BoardParams.properties.board,
  webhook: Type.String({ pattern: '^[0-9a-f-]{36}$', description: 'The webhook id' }),
});

const WebhookBody = Type.Object({
  url: Type.String({ maxLength: 2000, description: 'Where to POST (http or https)' }),
  kind: Type.Optional(
    Type.Union(
      WEBHOOK_KINDS.map((kind) => Type.Literal(kind)),
      {
        description: 'json (default) or slack (an incoming-webhook message)',
        [ERROR_KEYWORD]: 'must be json or slack',
      },
    ),
  ),
  events: Type.Optional(
    Type.Array(
      Type.Union(
        WEBHOOK_EVENTS.map((event) => Type.Literal(event)),
        { [ERROR_KEYWORD]: `must be one of ${WEBHOOK_EVENTS.join(', ')}` },
      ),
      { minItems: 1, maxItems: WEBHOOK_EVENTS.length, description: 'What to send (default: all)' },
    ),
  ),
});

/** Shown to the facilitator: the log's newest entries first. */
const SHOWN_DELIVERIES = 50;

export function webhookRoutes(deps: WorkshopDeps): Route[] {
  const facilitator = async (req: Parameters<WorkshopDeps['authorize']>[0], board: string) => {
    const caller = await deps.authorize(req, board);
    requireRole(caller, ['facilitator'], 'manage webhooks');
    return caller;
  };
  return [
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board/webhooks',
      summary: 'The board’s webhooks, its signing secret and the delivery log (facilitator)',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams },
      responses: {
        200: '`{"secret", "webhooks": [{"id", "url", "kind", "events", "createdAt"}], "deliveries": [...]}`',
        401: 'No valid token',
        403: 'Not the facilitator',
      },
      handler: async ({ req, res, params }) => {
        const caller = await facilitator(req, params.board);
        const answer = await withRooms(deps.rooms, [webhooksRoomKey(caller.board.id)], async ([room]) => ({
          secret: peekSecret(room!.doc),
          webhooks: readWebhooks(room!.doc),
          deliveries: readDeliveries(room!.doc).reverse().slice(0, SHOWN_DELIVERIES),
        }));
        sendJson(res, 200, answer);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/webhooks',
      summary: 'Register a webhook for some of the board’s events (facilitator)',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams, body: WebhookBody },
      responses: {
        201: '`{"webhook", "secret"}`',
        400: 'Not an http(s) address, an address on a private network, or too many webhooks',
        401: 'No valid token',
        403: 'Not the facilitator',
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await facilitator(req, params.board);
        const problem = webhookUrlProblem(body.url);
        if (problem) throw new HttpError(400, problem);
        if (!(await isAllowedTarget(body.url, deps.webhooks.options.allowPrivate)))
          throw new HttpError(
            400,
            'url points at this server or a private network, which webhooks may not call',
          );
        const hook: Webhook = {
          id: randomUUID(),
          url: body.url,
          kind: body.kind ?? 'json',
          events: [...new Set(body.events ?? WEBHOOK_EVENTS)],
          createdAt: new Date().toISOString(),
        };
        const { secret, first } = await changeRoom(deps.rooms, webhooksRoomKey(caller.board.id), (doc) => {
          const known = readWebhooks(doc).length;
          if (known >= MAX_WEBHOOKS) throw new HttpError(400, `a board has at most ${MAX_WEBHOOKS} webhooks`);
          addWebhook(doc, hook);
          return { secret: peekSecret(doc), first: known === 0 };
        });
        if (first) await markPresentAsAnnounced(deps.rooms, deps.webhooks, caller.board);
        sendJson(res, 201, { webhook: hook, secret });
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/boards/:board/webhooks/:webhook',
      summary: 'Remove a webhook (facilitator)',
      tag: 'workshop',
      auth: 'board',
      schema: { params: WebhookParams },
      responses: {
        200: '`{"deleted"}`',
        401: 'No valid token',
        403: 'Not the facilitator',
        404: 'No such webhook',
      },
      handler: async ({ req, res, params }) => {
        const caller = await facilitator(req, params.board);
        const removed = await changeRoom(deps.rooms, webhooksRoomKey(caller.board.id), (doc) =>
          removeWebhook(doc, params.webhook),
        );
        if (!removed) throw new HttpError(404, `no webhook ${params.webhook}`);
        sendJson(res, 200, { deleted: params.webhook });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/webhooks/:webhook/test',
      summary: 'Send a test delivery to a webhook (facilitator)',
      tag: 'workshop',
      auth: 'board',
      schema: { params: WebhookParams },
      responses: {
        200: '`{"delivery"}`: the first attempt (`status` delivered, pending or failed)',
        401: 'No valid token',
        403: 'Not the facilitator',
        404: 'No such webhook',
      },
      handler: async ({ req, res, params }) => {
        const caller = await facilitator(req, params.board);
        const [delivery] = await deps.webhooks.emit(
          boardRef(caller.board),
          'ping',
          {
            summary: {
              ja: '🔔 Kyoso からのテスト通知です。このチャンネルに届いています。',
              en: '🔔 A test from Kyoso: notifications reach this channel.',
            },
            data: {},
          },
          params.webhook,
        );
        if (!delivery) throw new HttpError(404, `no webhook ${params.webhook}`);
        sendJson(res, 200, { delivery });
      },
    }),
  ];
}
