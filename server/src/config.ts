// Every setting the server has, with its default. Only the entry points (main.ts, cli.ts) read
// the environment.
import { DEFAULT_WEBHOOK_OPTIONS, type WebhookOptions } from './webhooks/options.js';
import { LOG_LEVELS, type LogLevel } from './log.js';

export interface Limits {
  /** Largest websocket message accepted, in bytes; larger ones close the connection with 4413. */
  maxMessageBytes: number;
  /** Sustained messages per second per connection, and the burst allowed above it. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Sustained bytes per second per connection, and the burst allowed above it. */
  bytesPerSecond: number;
  byteBurst: number;
  /** Largest awareness state (JSON) one client may publish, in bytes. */
  maxAwarenessBytes: number;
  /** Presence bytes one connection may publish per second (four seconds' worth at once); more are dropped. */
  awarenessBytesPerSecond: number;
  /** Connections one room (board channel) accepts; more get 4503. */
  maxConnectionsPerRoom: number;
  /** Connections one server node accepts; more get 4503. */
  maxConnections: number;
  /** Connections one token holder (a participant, or one link) may hold to one board channel; more get 4503. */
  maxConnectionsPerToken: number;
  /** Connections one address may hold to one board channel; more get 4503. */
  maxConnectionsPerAddress: number;
  /** Boards one address may create or import per minute (as a burst, refilled evenly); more get 429. */
  boardsPerMinute: number;
  /** New participants one address may add to boards per minute (as a burst, refilled evenly); more get 429. */
  joinsPerMinute: number;
  /** Stored size of one board channel, in bytes; updates past it close the writer with 4413. */
  maxDocumentBytes: number;
  /** Largest JSON body accepted by the HTTP API, in bytes. */
  maxBodyBytes: number;
  /** Largest board file accepted by POST /api/boards/import, in bytes. */
  maxImportBytes: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Token signing key; when unset one is generated and kept in dataDir. */
  secret: string | undefined;
  /** When set, creating boards requires it as a bearer token. */
  adminToken: string | undefined;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Prefix of this deployment's Redis channels, so that several can share one Redis. */
  redisPrefix: string;
  /** Behind a reverse proxy: per-address limits use the last X-Forwarded-For entry it appends. */
  trustProxy: boolean;
  /** The least important log lines written (`KYOSO_LOG_LEVEL`). */
  logLevel: LogLevel;
  /** Base of the links handed out (`https://kyoso.example.com`); defaults to the request's host. */
  publicUrl: string | undefined;
  /** Built client to serve at `/`; absent means API only. */
  clientDir: string | undefined;
  /** How long an empty room stays loaded before it is unloaded. */
  roomIdleMs: number;
  /** Stored updates of a room after which they are folded into a snapshot. */
  compactAfterUpdates: number;
  /** Awareness changes are batched and fanned out at most this often. */
  awarenessFlushMs: number;
  /** While a board's content changes, an automatic version is saved at most this often. */
  versionIntervalMs: number;
  /** Automatic versions kept per board (the newest); named and restore versions are never pruned. */
  autoVersionsKept: number;
  /** How webhooks are delivered (server/src/webhooks/webhooks.ts). */
  webhooks: WebhookOptions;
  /** How often every board with webhooks is looked at for overdue actions. */
  overdueSweepMs: number;
  limits: Limits;
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 1024 * 1024,
  messagesPerSecond: 300,
  messageBurst: 1000,
  bytesPerSecond: 2 * 1024 * 1024,
  byteBurst: 8 * 1024 * 1024,
  maxAwarenessBytes: 8 * 1024,
  awarenessBytesPerSecond: 32 * 1024,
  maxConnectionsPerRoom: 500,
  maxConnections: 5000,
  maxConnectionsPerToken: 50,
  maxConnectionsPerAddress: 250,
  boardsPerMinute: 30,
  joinsPerMinute: 120,
  maxDocumentBytes: 64 * 1024 * 1024,
  maxBodyBytes: 1024 * 1024,
  maxImportBytes: 32 * 1024 * 1024,
};

export const DEFAULT_CONFIG: Config = {
  port: 8787,
  host: '0.0.0.0',
  dataDir: './data',
  secret: undefined,
  adminToken: undefined,
  databaseUrl: undefined,
  redisUrl: undefined,
  redisPrefix: 'kyoso:',
  trustProxy: false,
  logLevel: 'info',
  publicUrl: undefined,
  clientDir: undefined,
  roomIdleMs: 10_000,
  compactAfterUpdates: 500,
  awarenessFlushMs: 20,
  versionIntervalMs: 10 * 60_000,
  autoVersionsKept: 50,
  webhooks: DEFAULT_WEBHOOK_OPTIONS,
  overdueSweepMs: 60 * 60_000,
  limits: DEFAULT_LIMITS,
};

/** The environment variable behind each limit (documented in the README). */
const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  maxMessageBytes: 'KYOSO_MAX_MESSAGE_BYTES',
  messagesPerSecond: 'KYOSO_MESSAGES_PER_SECOND',
  messageBurst: 'KYOSO_MESSAGE_BURST',
  bytesPerSecond: 'KYOSO_BYTES_PER_SECOND',
  byteBurst: 'KYOSO_BYTE_BURST',
  maxAwarenessBytes: 'KYOSO_MAX_AWARENESS_BYTES',
  awarenessBytesPerSecond: 'KYOSO_AWARENESS_BYTES_PER_SECOND',
  maxConnectionsPerRoom: 'KYOSO_MAX_CONNECTIONS_PER_ROOM',
  maxConnections: 'KYOSO_MAX_CONNECTIONS',
  maxConnectionsPerToken: 'KYOSO_MAX_CONNECTIONS_PER_TOKEN',
  maxConnectionsPerAddress: 'KYOSO_MAX_CONNECTIONS_PER_ADDRESS',
  boardsPerMinute: 'KYOSO_BOARDS_PER_MINUTE',
  joinsPerMinute: 'KYOSO_JOINS_PER_MINUTE',
  maxDocumentBytes: 'KYOSO_MAX_DOCUMENT_BYTES',
  maxBodyBytes: 'KYOSO_MAX_BODY_BYTES',
  maxImportBytes: 'KYOSO_MAX_IMPORT_BYTES',
};

export class ConfigError extends Error {}

function positiveInt(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function flag(env: Record<string, string | undefined>, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  throw new ConfigError(`${name} must be 1 or 0 (true or false), got "${raw}"`);
}

const optional = (value: string | undefined): string | undefined => (value ? value : undefined);

function logLevel(value: string | undefined, fallback: LogLevel): LogLevel {
  const given = optional(value);
  if (given === undefined) return fallback;
  const level = LOG_LEVELS.find((name) => name === given.toLowerCase());
  if (!level)
    throw new ConfigError(`KYOSO_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${given}"`);
  return level;
}

export function configFromEnv(env: Record<string, string | undefined>, base: Partial<Config> = {}): Config {
  const defaults = { ...DEFAULT_CONFIG, ...base };
  const limits = { ...defaults.limits };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof Limits)[]) {
    limits[key] = positiveInt(env, LIMIT_VARIABLES[key], limits[key]);
  }
  const port = env.PORT === undefined || env.PORT === '' ? defaults.port : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be 0-65535, got "${env.PORT}"`);
  return {
    ...defaults,
    port,
    host: optional(env.HOST) ?? defaults.host,
    dataDir: optional(env.DATA_DIR) ?? defaults.dataDir,
    secret: optional(env.KYOSO_SECRET) ?? defaults.secret,
    adminToken: optional(env.KYOSO_ADMIN_TOKEN) ?? defaults.adminToken,
    databaseUrl: optional(env.DATABASE_URL) ?? defaults.databaseUrl,
    redisUrl: optional(env.REDIS_URL) ?? defaults.redisUrl,
    redisPrefix: optional(env.KYOSO_REDIS_PREFIX) ?? defaults.redisPrefix,
    trustProxy: flag(env, 'KYOSO_TRUST_PROXY', defaults.trustProxy),
    logLevel: logLevel(env.KYOSO_LOG_LEVEL, defaults.logLevel),
    publicUrl: optional(env.KYOSO_PUBLIC_URL)?.replace(/\/+$/, '') ?? defaults.publicUrl,
    roomIdleMs: positiveInt(env, 'KYOSO_ROOM_IDLE_MS', defaults.roomIdleMs),
    compactAfterUpdates: positiveInt(env, 'KYOSO_COMPACT_AFTER_UPDATES', defaults.compactAfterUpdates),
    awarenessFlushMs: positiveInt(env, 'KYOSO_AWARENESS_FLUSH_MS', defaults.awarenessFlushMs),
    versionIntervalMs: env.KYOSO_VERSION_INTERVAL_MINUTES
      ? positiveInt(env, 'KYOSO_VERSION_INTERVAL_MINUTES', 0) * 60_000
      : defaults.versionIntervalMs,
    autoVersionsKept: positiveInt(env, 'KYOSO_AUTO_VERSIONS_KEPT', defaults.autoVersionsKept),
    webhooks: {
      allowPrivate: flag(env, 'KYOSO_WEBHOOK_ALLOW_PRIVATE', defaults.webhooks.allowPrivate),
      retryBaseMs: positiveInt(env, 'KYOSO_WEBHOOK_RETRY_MS', defaults.webhooks.retryBaseMs),
      attempts: positiveInt(env, 'KYOSO_WEBHOOK_ATTEMPTS', defaults.webhooks.attempts),
      timeoutMs: positiveInt(env, 'KYOSO_WEBHOOK_TIMEOUT_MS', defaults.webhooks.timeoutMs),
    },
    overdueSweepMs: env.KYOSO_OVERDUE_SWEEP_MINUTES
      ? positiveInt(env, 'KYOSO_OVERDUE_SWEEP_MINUTES', 0) * 60_000
      : defaults.overdueSweepMs,
    limits,
  };
}
