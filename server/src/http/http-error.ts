import type { ServerResponse } from 'node:http';
import { JsonShapeError, JsonShapeGuard } from './json-shape-guard.js';

/**
 * An error with the status and the message the caller is told, and optionally a `code` a client
 * can branch on (`removed`: the facilitator removed this participant).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  // An API answer is data: nothing in it runs, and nothing frames it.
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendText(
  res: ServerResponse,
  status: number,
  contentType: string,
  text: string | Buffer,
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Nesting no Kyoso body comes near (a board file is a few levels deep). */
const MAX_JSON_DEPTH = 64;
/** Bytes per object or array below which a body is a bomb, not data (a board file has ~75). */
const MIN_BYTES_PER_CONTAINER = 32;

/**
 * A JSON body's bytes, unparsed, checked as they arrive: its size, and its nesting and number of
 * containers (a bomb is refused at the first chunk that shows it).
 */
export async function readJsonBytes(
  body: AsyncIterable<unknown>,
  contentLength: string | undefined,
  maxBytes: number,
): Promise<Buffer> {
  const declared = Number(contentLength);
  if (Number.isFinite(declared) && declared > maxBytes)
    throw new HttpError(413, `body larger than ${maxBytes} bytes`);
  const guard = new JsonShapeGuard({
    maxDepth: MAX_JSON_DEPTH,
    maxContainers: Math.max(1024, Math.floor(maxBytes / MIN_BYTES_PER_CONTAINER)),
  });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).byteLength;
    if (size > maxBytes) throw new HttpError(413, `body larger than ${maxBytes} bytes`);
    try {
      guard.feed(chunk as Buffer);
    } catch (error) {
      if (error instanceof JsonShapeError) throw new HttpError(400, error.message);
      throw error;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
