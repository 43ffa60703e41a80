// The base of the links handed out: the configured public URL, else the request's own host.
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config.js';

const HOST_PATTERN = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-fA-F:]+\](?::\d{1,5})?$/;

export function baseUrlOf(config: Config, req: IncomingMessage): string {
  if (config.publicUrl) return config.publicUrl;
  const host = req.headers.host;
  return `http://${host && HOST_PATTERN.test(host) ? host : `localhost:${config.port}`}`;
}
