// The JSON API on Fastify: routing, body reading, and validation of every parameter, query and
// body against the routes' schemas, which also make the OpenAPI 3.1 document served at
// GET /api/openapi.json. Answers keep the Contract's shape: `{"error": "..."}` with its status.
import type { IncomingMessage, ServerResponse } from 'node:http';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyRequest } from 'fastify';
import { HttpError, readJsonBytes, sendJson } from './http-error.js';
import type { Route, RouteAuth } from './route.js';
import { ERROR_KEYWORD, validationMessage } from './validation-message.js';

export interface RouterOptions {
  routes: Route[];
  /** The body cap of every route that sets none. */
  maxBodyBytes: number;
  version: string;
  /** The answer to an error a handler threw: HttpError's own, or what the caller maps. */
  answerError: (error: unknown, req: IncomingMessage, res: ServerResponse) => void;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface Router {
  /** True when the path is the router's to answer (everything under /api/, and the exact paths). */
  owns(pathname: string): boolean;
  handle: RequestHandler;
}

const OPENAPI_URL = '/api/openapi.json';

const SECURITY: Record<RouteAuth, Record<string, string[]>[] | undefined> = {
  none: undefined,
  board: [{ boardToken: [] }],
  // Without an admin token configured, creation is open (rate-limited per address).
  creation: [{ adminToken: [] }, {}],
  'board-or-admin': [{ boardToken: [] }, { adminToken: [] }],
};

/** `/api/boards/:board` as a pattern of a concrete path, to tell 405 from 404. */
function pathPattern(url: string): RegExp {
  const escaped = url.replace(/[.]/g, '\\.').replace(/:[A-Za-z]+/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

export async function createRouter(options: RouterOptions): Promise<Router> {
  const app = Fastify({
    logger: false,
    exposeHeadRoutes: false,
    // Bodies are validated as sent: no coercion ("5" is not 5), nothing filled in or removed.
    // `verbose` hands the message a schema sets for itself (`x-error`) to validationMessage.
    ajv: {
      customOptions: { coerceTypes: false, useDefaults: false, removeAdditional: false, verbose: true },
      plugins: [(ajv) => ajv.addKeyword({ keyword: ERROR_KEYWORD, schemaType: ['string', 'object'] })],
    },
  });
  // Handlers write their own answers (sendJson and streams): no serializer is ever compiled.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kyoso API',
        version: options.version,
        description:
          'Boards, the workshop commands, exports, history and the ledger. Errors answer ' +
          '`{"error": "..."}` (sometimes with a `code`). Live sync is a websocket at /sync: see docs/API.md.',
      },
      components: {
        securitySchemes: {
          boardToken: { type: 'http', scheme: 'bearer', description: 'A link token or a participant token' },
          adminToken: { type: 'http', scheme: 'bearer', description: 'KYOSO_ADMIN_TOKEN, where one is set' },
        },
      },
    },
  });

  // The one body format: JSON, size-capped per route, its nesting checked as it arrives.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', async (request: FastifyRequest, payload: IncomingMessage) => {
    const route = request.routeOptions.config as { route?: Route };
    const maxBytes = route.route?.maxBodyBytes ?? options.maxBodyBytes;
    const bytes = await readJsonBytes(payload, request.headers['content-length'], maxBytes);
    if (route.route?.rawBody) return bytes;
    if (!route.route?.schema?.body && bytes.byteLength === 0) return undefined;
    try {
      return JSON.parse(bytes.toString('utf8')) as unknown;
    } catch {
      throw new HttpError(400, 'body is not valid JSON');
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    reply.hijack();
    if (error.validation) {
      const message = validationMessage(error.validation, error.validationContext ?? 'body');
      return sendJson(reply.raw, 400, { error: message });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return sendJson(reply.raw, 415, { error: 'send the body as application/json' });
    options.answerError(error, request.raw, reply.raw);
  });

  const patterns: { method: string; pattern: RegExp }[] = [];
  for (const route of options.routes) {
    patterns.push({ method: route.method, pattern: pathPattern(route.url) });
    app.route({
      method: route.method,
      url: route.url,
      config: { route },
      schema: {
        summary: route.summary,
        tags: [route.tag],
        ...(SECURITY[route.auth] ? { security: SECURITY[route.auth] } : {}),
        ...route.schema,
        response: Object.fromEntries(
          Object.entries(route.responses).map(([status, description]) => [status, { description }]),
        ),
      },
      handler: async (request, reply) => {
        reply.hijack();
        try {
          await route.handler({
            req: request.raw,
            res: reply.raw,
            params: request.params,
            query: request.query,
            body: request.body,
          });
        } catch (error) {
          options.answerError(error, request.raw, reply.raw);
        }
      },
    });
  }
  app.get(
    OPENAPI_URL,
    { schema: { summary: 'This API, as an OpenAPI 3.1 document', tags: ['operations'] } },
    async (_request, reply) => {
      reply.hijack();
      sendJson(reply.raw, 200, app.swagger());
    },
  );
  patterns.push({ method: 'GET', pattern: pathPattern(OPENAPI_URL) });

  app.setNotFoundHandler((request, reply) => {
    reply.hijack();
    const pathname = new URL(request.url, 'http://localhost').pathname;
    const allowed = patterns.filter((p) => p.pattern.test(pathname)).map((p) => p.method);
    if (allowed.length === 0) return sendJson(reply.raw, 404, { error: `no such endpoint: ${pathname}` });
    reply.raw.setHeader('allow', allowed.join(', '));
    sendJson(reply.raw, 405, { error: `${request.method} is not allowed on ${pathname}` });
  });

  await app.ready();
  const exact = new Set(options.routes.map((r) => r.url).filter((url) => !url.startsWith('/api/')));
  return {
    owns: (pathname) => pathname.startsWith('/api/') || exact.has(pathname),
    handle: (req, res) => app.routing(req, res),
  };
}
