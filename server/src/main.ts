// The only place that reads the environment: settings in, a running server out.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { startServer } from './app.js';
import { configFromEnv, ConfigError } from './config.js';
import { createLogger } from './log.js';

// The built client: client/dist beside the server, or KYOSO_CLIENT_DIR (a build put elsewhere).
const clientDir =
  process.env.KYOSO_CLIENT_DIR || fileURLToPath(new URL('../../client/dist', import.meta.url));

async function main() {
  let config;
  try {
    config = configFromEnv(process.env, { clientDir: existsSync(clientDir) ? clientDir : undefined });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`kyoso: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  let server;
  try {
    server = await startServer(config, { log });
  } catch (error) {
    console.error(`kyoso: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  }
  log.info('listening', {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${server.port}`,
    storage: config.databaseUrl ? 'postgres' : `sqlite in ${config.dataDir}`,
    nodes: config.redisUrl ? `shared through redis as ${server.nodeId}` : 'single',
    client: config.clientDir ? 'served' : 'not built',
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
