// The JSON API of the Contract: board creation, templates, health and metrics, the server's
// clock, and the workshop's commands (server/src/workshop/).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CommandError, TEMPLATES, type BoardId } from '@kyoso/shared';
import { bearerToken, type Auth } from '../auth/tokens.js';
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
import { boardSummary } from '../workshop/board-settings.js';
import { rosterEntryOf } from '../workshop/roster.js';
import { workshopRoutes } from '../workshop/routes.js';
import { AddressRate } from './address-rate.js';
import { createAuthorize } from './authorize.js';
import { parseCreateBoard } from './board-input.js';
import { sendCreatedBoard } from './created-board.js';
import { HttpError, readJson, sendJson, sendText } from './http-error.js';
import { importRoute } from './import-route.js';
import type { Route } from './route.js';

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
}

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
    const given = Buffer.from(bearerToken(req.headers.authorization) ?? '');
    const expected = Buffer.from(config.adminToken);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new HttpError(401, 'creating boards needs the admin token as "Authorization: Bearer <token>"');
    }
  }

  const routes: Route[] = [
    // Live: the process answers (a supervisor restarts it otherwise). Ready: it takes new work
    // (a balancer sends it none otherwise): not while it drains on shutdown. `/healthz` is ready.
    {
      method: 'GET',
      pattern: /^\/healthz\/live$/,
      handler: async (_req, res) => sendJson(res, 200, { ok: true, live: true, ready: deps.isReady() }),
    },
    {
      method: 'GET',
      pattern: /^\/healthz(?:\/ready)?$/,
      handler: async (_req, res) => {
        if (deps.isReady()) sendJson(res, 200, { ok: true, live: true, ready: true });
        else sendJson(res, 503, { ok: false, live: true, ready: false, error: 'shutting down' });
      },
    },
    {
      method: 'GET',
      pattern: /^\/metrics$/,
      handler: async (_req, res) => sendText(res, 200, metrics.contentType, await metrics.render()),
    },
    {
      method: 'GET',
      pattern: /^\/api\/templates$/,
      handler: async (_req, res) => sendJson(res, 200, TEMPLATES),
    },
    {
      method: 'POST',
      pattern: /^\/api\/boards$/,
      handler: async (req, res) => {
        allowCreation(req);
        const input = parseCreateBoard(await readJson(req, config.limits.maxBodyBytes));
        const board = await createBoard(storage, input);
        deps.log.info('board created', { board: board.id, companies: board.companies.length });
        await sendCreatedBoard(req, res, { config, auth }, board);
      },
    },
    importRoute({ config, storage, auth, log: deps.log, allowCreation, ledgerSigner: deps.ledgerSigner }),
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)$/,
      handler: async (req, res, [rawId]) => {
        const { board, principal } = await authorize(req, rawId ?? '');
        sendJson(res, 200, {
          ...boardSummary(board),
          role: principal.role,
          company: principal.role === 'member' ? principal.company : null,
        });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/time$/,
      // Clients estimate their clock's offset from this to show the workshop timer right.
      handler: async (_req, res) => sendJson(res, 200, { now: Date.now() }),
    },
    ...exportRoutes({
      rooms: deps.rooms,
      authorize,
      ledgerSigner: deps.ledgerSigner,
      exportDuration: metrics.exportDuration,
    }),
    ...ledgerRoutes({ rooms: deps.rooms, authorize, signer: deps.ledgerSigner }),
    ...historyRoutes({
      config,
      storage,
      rooms: deps.rooms,
      log: deps.log,
      authorize,
      readBody: (req) => readJson(req, config.limits.maxBodyBytes),
    }),
    ...workshopRoutes({
      config,
      storage,
      auth,
      rooms: deps.rooms,
      authorize,
      queue: new CommandQueue(),
      ledgerSigner: deps.ledgerSigner,
      readBody: (req) => readJson(req, config.limits.maxBodyBytes),
      revokeTokensBelow: deps.revokeTokensBelow,
    }),
  ];

  /** Handles the request if it is an API route; false lets the caller try static files. */
  return async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<boolean> {
    const matching = routes.filter((r) => r.pattern.test(pathname));
    if (matching.length === 0) {
      if (pathname.startsWith('/api/')) {
        sendJson(res, 404, { error: `no such endpoint: ${pathname}` });
        return true;
      }
      return false;
    }
    const route = matching.find((r) => r.method === req.method);
    if (!route) {
      res.setHeader('allow', matching.map((r) => r.method).join(', '));
      sendJson(res, 405, { error: `${req.method} is not allowed on ${pathname}` });
      return true;
    }
    try {
      await route.handler(req, res, route.pattern.exec(pathname)!.slice(1));
    } catch (error) {
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
          path: pathname,
          error: String(error),
        });
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      }
    }
    return true;
  };
}
