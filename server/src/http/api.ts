// The JSON API of the Contract: board creation, templates, health and metrics, the server's
// clock, and the workshop's commands (server/src/workshop/).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CommandError, TEMPLATES, type BoardId } from '@kyoso/shared';
import type { Auth } from '../auth/tokens.js';
import { createBoard } from '../boards.js';
import { clientAddress } from '../client-address.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { Storage } from '../storage/storage.js';
import { RoomUnavailableError } from '../sync/room.js';
import type { RoomRegistry } from '../sync/rooms.js';
import { exportRoutes } from '../export/routes.js';
import { ledgerRoutes } from '../ledger/routes.js';
import type { LedgerSigner } from '../ledger/signing-key.js';
import { historyRoutes } from '../versions/history.js';
import { CommandQueue } from '../workshop/command-queue.js';
import type { WebhookWatch } from '../webhooks/watch.js';
import type { Webhooks } from '../webhooks/webhooks.js';
import { boardSummary } from '../workshop/board-settings.js';
import { rosterEntryOf } from '../workshop/roster.js';
import { workshopRoutes } from '../workshop/routes.js';
import { AddressRate } from './address-rate.js';
import { boardShapesRoute } from './board-shapes.js';
import type { ContentShapesCache } from '../content-shapes-cache.js';
import { holdsAdminToken } from './admin-token.js';
import { createAuthorize } from './authorize.js';
import { CreateBoardBody, parseCreateBoard } from './board-input.js';
import { sendCreatedBoard } from './created-board.js';
import { HttpError, sendJson, sendText } from './http-error.js';
import { importRoute } from './import-route.js';
import { BoardParams, defineRoute, type Route } from './route.js';
import { createRouter } from './router.js';

export interface ApiDeps {
  config: Config;
  storage: Storage;
  auth: Auth;
  metrics: Metrics;
  log: Logger;
  isReady: () => boolean;
  rooms: RoomRegistry;
  /** Signs what the server appends to ledgers and the seals of exported ones. */
  ledgerSigner: LedgerSigner;
  /** Closes the board's websockets whose token is older than `generation` (sync server). */
  revokeTokensBelow: (board: BoardId, generation: number) => void;
  webhooks: Webhooks;
  webhookWatch: WebhookWatch;
  /** Unloaded content rooms' shapes, answered without loading them again. */
  shapesCache: ContentShapesCache;
}

/** The API's version in its OpenAPI document: the Contract's, not the package's. */
const API_VERSION = '1';

export function createApi(deps: ApiDeps) {
  const { config, storage, auth, metrics } = deps;
  const authorize = createAuthorize(auth, storage, (board, id) => rosterEntryOf(deps.rooms, board, id));

  const creations = new AddressRate(config.limits.boardsPerMinute);

  /**
   * The rule of board creation (and import): the admin token when one is configured; without
   * one, anyone, at most `boardsPerMinute` boards a minute from one address.
   */
  function allowCreation(req: IncomingMessage): void {
    if (!config.adminToken) {
      if (!creations.take(clientAddress(req, config.trustProxy)))
        throw new HttpError(
          429,
          `more than ${config.limits.boardsPerMinute} boards a minute from this address; try again in a minute`,
        );
      return;
    }
    if (!holdsAdminToken(req, config.adminToken))
      throw new HttpError(401, 'creating boards needs the admin token as "Authorization: Bearer <token>"');
  }

  const routes: Route[] = [
    // Live: the process answers (a supervisor restarts it otherwise). Ready: it takes new work
    // (a balancer sends it none otherwise): not while it drains on shutdown. `/healthz` is ready.
    defineRoute({
      method: 'GET',
      url: '/healthz/live',
      summary: 'Liveness: the process answers',
      tag: 'operations',
      auth: 'none',
      responses: { 200: 'Alive (`ready` tells whether it takes new work)' },
      handler: async ({ res }) => sendJson(res, 200, { ok: true, live: true, ready: deps.isReady() }),
    }),
    ...['/healthz', '/healthz/ready'].map((url) =>
      defineRoute({
        method: 'GET',
        url,
        summary: 'Readiness: the node takes new work',
        tag: 'operations',
        auth: 'none',
        responses: { 200: 'Ready', 503: 'Draining for shutdown' },
        handler: async ({ res }) => {
          if (deps.isReady()) sendJson(res, 200, { ok: true, live: true, ready: true });
          else sendJson(res, 503, { ok: false, live: true, ready: false, error: 'shutting down' });
        },
      }),
    ),
    defineRoute({
      method: 'GET',
      url: '/metrics',
      summary: 'Prometheus metrics of this node',
      tag: 'operations',
      auth: 'none',
      responses: { 200: 'The Prometheus text format' },
      handler: async ({ res }) => sendText(res, 200, metrics.contentType, await metrics.render()),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/templates',
      summary: 'The board templates, with their frames and names in both languages',
      tag: 'boards',
      auth: 'none',
      responses: { 200: 'The templates' },
      handler: async ({ res }) => sendJson(res, 200, TEMPLATES),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/boards',
      summary: 'Create a board: its links, one per role and company',
      tag: 'boards',
      auth: 'creation',
      schema: { body: CreateBoardBody },
      responses: {
        201: 'The board, its tokens and links',
        400: 'A field is missing or not valid',
        401: 'The admin token is required and was not given',
        429: 'Too many boards from this address in a minute',
      },
      handler: async ({ req, res, body }) => {
        allowCreation(req);
        const board = await createBoard(storage, parseCreateBoard(body));
        deps.log.info('board created', { board: board.id, companies: board.companies.length });
        await sendCreatedBoard(req, res, { config, auth }, board);
      },
    }),
    importRoute({ config, storage, auth, log: deps.log, allowCreation, ledgerSigner: deps.ledgerSigner }),
    boardShapesRoute({ rooms: deps.rooms, authorize, shapesCache: deps.shapesCache }),
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board',
      summary: 'The board: title, companies, and who the token is',
      tag: 'boards',
      auth: 'board',
      schema: { params: BoardParams },
      responses: { 200: "The board and the caller's role", 401: 'No valid token', 404: 'No such board' },
      handler: async ({ req, res, params }) => {
        const { board, principal } = await authorize(req, params.board);
        sendJson(res, 200, {
          ...boardSummary(board),
          role: principal.role,
          company: principal.role === 'member' ? principal.company : null,
        });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/time',
      summary: "The server's clock",
      tag: 'operations',
      auth: 'none',
      responses: { 200: '`{"now": <ms since the epoch>}`' },
      // Clients estimate their clock's offset from this to show the workshop timer right.
      handler: async ({ res }) => sendJson(res, 200, { now: Date.now() }),
    }),
    ...exportRoutes({
      rooms: deps.rooms,
      authorize,
      ledgerSigner: deps.ledgerSigner,
      exportDuration: metrics.exportDuration,
    }),
    ...ledgerRoutes({ rooms: deps.rooms, authorize, signer: deps.ledgerSigner }),
    ...historyRoutes({ config, storage, rooms: deps.rooms, log: deps.log, authorize }),
    ...workshopRoutes({
      config,
      storage,
      auth,
      rooms: deps.rooms,
      authorize,
      queue: new CommandQueue(),
      ledgerSigner: deps.ledgerSigner,
      revokeTokensBelow: deps.revokeTokensBelow,
      log: deps.log,
      webhooks: deps.webhooks,
      webhookWatch: deps.webhookWatch,
    }),
  ];

  /** The answer to an error a handler threw, in the Contract's shape. */
  function answerError(error: unknown, req: IncomingMessage, res: ServerResponse): void {
    if (error instanceof HttpError) {
      const { status, message, code } = error;
      sendJson(res, status, code ? { error: message, code } : { error: message });
    } else if (error instanceof CommandError) {
      // A shared command refused its arguments (the handler's own checks let them through).
      sendJson(res, 400, { error: error.message });
    } else if (error instanceof RoomUnavailableError) {
      sendJson(res, 503, { error: 'the board is reloading; retry' });
    } else {
      deps.log.error('request failed', {
        request: res.getHeader('x-request-id'),
        path: new URL(req.url ?? '/', 'http://localhost').pathname,
        error: String(error),
      });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  }

  return createRouter({
    routes,
    maxBodyBytes: config.limits.maxBodyBytes,
    version: API_VERSION,
    answerError,
  });
}
