// Wires the seams (storage, auth, fan-out, rooms, http, websocket) into one running server node.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadOrCreateSecret } from './auth/secret.js';
import { createTokenAuth, type Auth } from './auth/tokens.js';
import type { RecorderTiming } from './activity/recorder.js';
import { createBoardRoomLoader } from './board-rooms.js';
import { WebhookWatch } from './webhooks/watch.js';
import { Webhooks } from './webhooks/webhooks.js';
import { ConfigError, type Config } from './config.js';
import { ContentShapesCache } from './content-shapes-cache.js';
import { createApi } from './http/api.js';
import { sendJson } from './http/http-error.js';
import { createStaticHandler } from './http/static-files.js';
import { ledgerSignerFromSecret, type LedgerSigner } from './ledger/signing-key.js';
import { silentLogger, type Logger } from './log.js';
import { Metrics } from './metrics.js';
import type { FanOut } from './scale/fan-out.js';
import { openRedisFanOut } from './scale/redis-fan-out.js';
import { openPostgresStorage } from './storage/postgres.js';
import { openSqliteStorage } from './storage/sqlite.js';
import type { Storage } from './storage/storage.js';
import { watchRosters } from './sync/roster-watch.js';
import { RoomRegistry } from './sync/rooms.js';
import { createSyncServer } from './sync/upgrade.js';

export interface Seams {
  storage?: Storage;
  auth?: Auth;
  log?: Logger;
  /** How this node reaches the others sharing its store; by default Redis when `redisUrl` is set. */
  fanOut?: FanOut;
  /** The ledger's signing key; by default derived from the token secret (every node the same). */
  ledgerSigner?: LedgerSigner;
  /** How long who-did-what waits before it is written (tests); the recorder's defaults otherwise. */
  activityTiming?: Partial<RecorderTiming>;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>` (or the configured host). */
  url: string;
  port: number;
  storage: Storage;
  auth: Auth;
  metrics: Metrics;
  /** This node's id among the nodes sharing boards; null when it runs alone. */
  nodeId: string | null;
  /** Stops accepting, sends everyone away with 4503, flushes every room and closes storage. */
  close(): Promise<void>;
}

/** How long a shutdown waits for sockets and requests to finish before dropping them. */
const SHUTDOWN_GRACE_MS = 3_000;

export async function startServer(config: Config, seams: Seams = {}): Promise<RunningServer> {
  const log = seams.log ?? silentLogger;
  if (config.redisUrl && !config.databaseUrl) {
    throw new ConfigError(
      'REDIS_URL is set without DATABASE_URL: nodes sharing boards need a shared store ' +
        '(PostgreSQL); SQLite is one node’s file',
    );
  }
  const metrics = new Metrics();
  const storage =
    seams.storage ??
    (config.databaseUrl
      ? await openPostgresStorage(config.databaseUrl, { log })
      : openSqliteStorage(config.dataDir));
  let fanOut: FanOut | undefined;
  try {
    fanOut =
      seams.fanOut ??
      (config.redisUrl
        ? await openRedisFanOut(config.redisUrl, { prefix: config.redisPrefix, log, metrics })
        : undefined);
  } catch (error) {
    await storage.close();
    throw error;
  }
  const secret = () => loadOrCreateSecret(config.secret, config.dataDir);
  const auth = seams.auth ?? createTokenAuth(secret());
  const ledgerSigner = seams.ledgerSigner ?? ledgerSignerFromSecret(secret());
  let accepting = true;

  const shapesCache = new ContentShapesCache(storage);
  // Keys are `<board>/<channel>` or a server-only document such as `<board>/server/ballots`.
  const rooms: RoomRegistry = new RoomRegistry(
    createBoardRoomLoader({
      storage,
      rooms: () => rooms,
      ledgerSigner,
      onContentChanged: (board) => webhookWatch.contentChanged(board),
      shapesCache,
      activityTiming: seams.activityTiming,
      common: {
        storage,
        metrics,
        log,
        compactAfterUpdates: config.compactAfterUpdates,
        maxDocumentBytes: config.limits.maxDocumentBytes,
        awarenessFlushMs: config.awarenessFlushMs,
        fanOut,
      },
    }),
    config.roomIdleMs,
    (count) => metrics.rooms.set(count),
  );
  const webhooks = new Webhooks(rooms, log, config.webhooks, metrics.webhookDeliveries);
  const webhookWatch = new WebhookWatch({
    storage,
    rooms,
    webhooks,
    log,
    swept: () => metrics.overdueSweeps.add(1),
  });
  const sync = createSyncServer({
    auth,
    storage,
    rooms,
    limits: config.limits,
    trustProxy: config.trustProxy,
    metrics,
    log,
    isAccepting: () => accepting,
  });
  watchRosters(rooms, sync);
  const api = await createApi({
    config,
    storage,
    auth,
    metrics,
    log,
    isReady: () => accepting,
    rooms,
    ledgerSigner,
    revokeTokensBelow: sync.revokeTokensBelow,
    webhooks,
    webhookWatch,
    shapesCache,
  });
  const serveStatic = config.clientDir ? createStaticHandler(config.clientDir) : null;

  const server: Server = createServer((req, res) => {
    // An id per request, in its log lines and its answer (`x-request-id`), to find one in the other.
    const request = randomUUID().slice(0, 8);
    res.setHeader('x-request-id', request);
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return sendJson(res, 400, { error: 'bad request line' });
    }
    const started = performance.now();
    // The path only: a query string may hold a token.
    res.once('finish', () =>
      log.debug('request', {
        request,
        method: req.method,
        path: pathname,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      }),
    );
    if (api.owns(pathname)) return api.handle(req, res);
    void (async () => {
      if (serveStatic && (await serveStatic(req, res, pathname))) return;
      sendJson(res, 404, { error: `not found: ${pathname}` });
    })().catch((error: unknown) => {
      log.error('request failed', { request, path: pathname, error: String(error) });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
  server.on('upgrade', sync.handleUpgrade);
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  metrics.eventLoop.start();
  webhookWatch.startSweeping(config.overdueSweepMs);
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    port,
    storage,
    auth,
    metrics,
    nodeId: fanOut?.nodeId ?? null,
    close() {
      closing ??= (async () => {
        accepting = false;
        webhookWatch.close();
        webhooks.close();
        sync.closeAll('server is shutting down');
        // A client that does not answer the close handshake, or a request still running, gets a
        // grace period rather than holding the shutdown (ws alone waits 30 s per silent client).
        const grace = setTimeout(() => {
          sync.terminateAll();
          server.closeAllConnections();
        }, SHUTDOWN_GRACE_MS);
        await new Promise<void>((resolve) => server.close(() => resolve()));
        clearTimeout(grace);
        await rooms.closeAll();
        await fanOut?.close();
        await storage.close();
        metrics.eventLoop.stop();
      })();
      return closing;
    },
  };
}
