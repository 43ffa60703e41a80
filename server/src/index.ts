export { startServer, type RunningServer, type Seams } from './app.js';
export {
  configFromEnv,
  ConfigError,
  DEFAULT_CONFIG,
  DEFAULT_LIMITS,
  type Config,
  type Limits,
} from './config.js';
export { CLOSE } from './sync/protocol.js';
export { MAX_PARTICIPANTS } from './workshop/participants.js';
export { openSqliteStorage } from './storage/sqlite.js';
export { openPostgresStorage } from './storage/postgres.js';
export { createTokenAuth, type Auth } from './auth/tokens.js';
export type { Storage, BoardRecord } from './storage/storage.js';
export { createLogger, type Logger, type LogLevel } from './log.js';
