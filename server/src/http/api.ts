// The JSON API of the Contract: board creation, templates, health and metrics.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { asBoardId, TEMPLATES } from '@kyoso/shared';
import { bearerToken, type Auth } from '../auth/tokens.js';
import { boardLinks, createBoard, issueTokens } from '../boards.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { Storage } from '../storage/storage.js';
import { parseCreateBoard } from './board-input.js';
import { HttpError, readJson, sendJson, sendText } from './http-error.js';

export interface ApiDeps {
  config: Config;
  storage: Storage;
  auth: Auth;
  metrics: Metrics;
  log: Logger;
  isReady: () => boolean;
}

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;
interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

const HOST_PATTERN = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-fA-F:]+\](?::\d{1,5})?$/;

export function createApi(deps: ApiDeps) {
  const { config, storage, auth, metrics } = deps;

  function baseUrl(req: IncomingMessage): string {
    if (config.publicUrl) return config.publicUrl;
    const host = req.headers.host;
    return `http://${host && HOST_PATTERN.test(host) ? host : `localhost:${config.port}`}`;
  }

  function requireAdmin(req: IncomingMessage): void {
    if (!config.adminToken) return;
    const given = Buffer.from(bearerToken(req.headers.authorization) ?? '');
    const expected = Buffer.from(config.adminToken);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new HttpError(401, 'creating boards needs the admin token as "Authorization: Bearer <token>"');
    }
  }

  const routes: Route[] = [
    {
      method: 'GET',
      pattern: /^\/healthz$/,
      handler: async (_req, res) => {
        if (deps.isReady()) sendJson(res, 200, { ok: true });
        else sendJson(res, 503, { ok: false, error: 'shutting down' });
      },
    },
    {
      method: 'GET',
      pattern: /^\/metrics$/,
      handler: async (_req, res) =>
        sendText(res, 200, 'text/plain; version=0.0.4; charset=utf-8', metrics.render()),
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
        requireAdmin(req);
        const input = parseCreateBoard(await readJson(req, config.limits.maxBodyBytes));
        const board = await createBoard(storage, input);
        const tokens = await issueTokens(auth, board);
        deps.log.info('board created', { board: board.id, companies: board.companies.length });
        sendJson(res, 201, {
          id: board.id,
          title: board.title,
          locale: board.locale,
          template: board.template,
          companies: board.companies,
          tokens,
          links: boardLinks(baseUrl(req), board.id, tokens),
        });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)$/,
      handler: async (req, res, [rawId]) => {
        const id = asBoardId(rawId ?? '');
        const claims = await auth.verify(bearerToken(req.headers.authorization) ?? '');
        if (!claims)
          throw new HttpError(401, 'a valid board token is needed as "Authorization: Bearer <token>"');
        const board = id ? await storage.getBoard(id) : null;
        if (!board || claims.principal.board !== board.id)
          throw new HttpError(403, 'this token is not for that board');
        if (claims.generation !== board.tokenGeneration)
          throw new HttpError(401, 'this link has been replaced');
        const { principal } = claims;
        sendJson(res, 200, {
          id: board.id,
          title: board.title,
          locale: board.locale,
          template: board.template,
          companies: board.companies,
          role: principal.role,
          company: principal.role === 'member' ? principal.company : null,
        });
      },
    },
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
        sendJson(res, error.status, { error: error.message });
      } else {
        deps.log.error('request failed', { path: pathname, error: String(error) });
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      }
    }
    return true;
  };
}
