// One HTTP route: method, path, the schemas of what it accepts, what it answers, and a handler.
// The same schemas validate every request (router.ts) and describe it in the OpenAPI document.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Type, type Static, type TSchema } from 'typebox';

export interface RouteSchema {
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
}

type Of<T> = T extends TSchema ? Static<T> : undefined;

/** A validated request: the handler reads `params`, `query` and `body` already checked. */
export interface RouteCall<S extends RouteSchema> {
  req: IncomingMessage;
  res: ServerResponse;
  params: Of<S['params']>;
  query: Of<S['querystring']>;
  body: Of<S['body']>;
}

/**
 * Who may call: anyone; a board token (or participant token); the admin token where one is set
 * (anyone, rate-limited, where not); a board token or the admin token.
 */
export type RouteAuth = 'none' | 'board' | 'creation' | 'board-or-admin';

export interface RouteSpec<S extends RouteSchema> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** `/api/boards/:board/...`; a parameter may sit after a fixed prefix (`export.:format`). */
  url: string;
  /** OpenAPI: what it does, in one line, and its group. */
  summary: string;
  tag: RouteTag;
  auth: RouteAuth;
  schema?: S;
  /** OpenAPI: every status it answers with, and what that means. */
  responses: Record<number, string>;
  /** A larger body cap than the API's (`maxBodyBytes`), for board files. */
  maxBodyBytes?: number;
  /** Hands the handler the body's bytes unparsed (parsed elsewhere, off the event loop). */
  rawBody?: boolean;
  handler(call: RouteCall<S>): Promise<void>;
}

export type RouteTag =
  'boards' | 'workshop' | 'voting' | 'discussion' | 'ledger' | 'exports' | 'history' | 'operations';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list holds routes of any schema
export type Route = RouteSpec<any>;

/** Types a route's handler by its schemas; lists of routes hold the result. */
export const defineRoute = <S extends RouteSchema>(route: RouteSpec<S>): Route => route;

/** The path of every board route. */
export const BoardParams = Type.Object({
  board: Type.String({ description: 'The board id (from its links)' }),
});
