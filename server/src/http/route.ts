// One JSON API route: a method, a path pattern whose groups are the handler's params, a handler.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;

export interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}
