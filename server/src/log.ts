// Structured logs: one JSON line per event (pino), with a level, the time and the event's facts.
// Callers pass facts, never tokens; as a second guard, fields named like a secret are redacted.
// `child` adds what stays the same for a while (a request's id, a connection's id and board).
import { pino, type Logger as Pino } from 'pino';

export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  debug(event: string, fields?: Record<string, unknown>): void;
  /** A logger whose every line also carries `fields`. */
  child(fields: Record<string, unknown>): Logger;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Field names never written out, wherever they appear in the first two levels of a line. */
const SECRETS = ['token', 'authorization', 'secret', 'password', 'adminToken'];

function wrap(base: Pino): Logger {
  return {
    info: (event, fields) => base.info({ event, ...fields }),
    warn: (event, fields) => base.warn({ event, ...fields }),
    error: (event, fields) => base.error({ event, ...fields }),
    debug: (event, fields) => base.debug({ event, ...fields }),
    child: (fields) => wrap(base.child(fields)),
  };
}

/** Logs to standard output from `level` up (`KYOSO_LOG_LEVEL`, `info` by default). */
export function createLogger(level: LogLevel = 'info', destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: undefined,
    messageKey: 'message',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: SECRETS.flatMap((name) => [name, `*.${name}`]), censor: '[redacted]' },
  };
  return wrap(destination ? pino(options, destination) : pino(options));
}

const nothing = () => {};
export const silentLogger: Logger = {
  info: nothing,
  warn: nothing,
  error: nothing,
  debug: nothing,
  child: () => silentLogger,
};
