// Websocket upgrades on /sync/<boardId>/<channel>?token=...: the token, the board and the
// channel are checked before the handshake completes and before any Yjs message is read.
// Refusals still complete the handshake, because close codes exist only on an open socket.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { asBoardId, canRead, channelName, parseChannel, type Channel, type Principal } from '@kyoso/shared';
import type { Auth } from '../auth/tokens.js';
import { roomKey } from '../boards.js';
import type { Limits } from '../config.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { Storage } from '../storage/storage.js';
import { Connection } from './connection.js';
import { CLOSE } from './protocol.js';
import type { Refusal, Room } from './room.js';
import type { RoomRegistry } from './rooms.js';

export interface SyncDeps {
  auth: Auth;
  storage: Storage;
  rooms: RoomRegistry;
  limits: Limits;
  metrics: Metrics;
  log: Logger;
  isAccepting: () => boolean;
}

type Admission =
  | { ok: true; principal: Principal; channel: Channel; room: Room; key: string }
  | { ok: false; refusal: Refusal };

const SYNC_PATH = /^\/sync\/([^/]+)\/(.+)$/;

export function createSyncServer(deps: SyncDeps) {
  const { limits, metrics } = deps;
  // ws enforces a hard cap far above our limit so that an oversized message still reaches our
  // check and gets the Contract's 4413 instead of ws's own 1009.
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    maxPayload: limits.maxMessageBytes * 4,
  });
  const connections = new Set<Connection>();

  async function admit(boardRaw: string, channelRaw: string, token: string | null): Promise<Admission> {
    const refuse = (code: Refusal['code'], reason: string): Admission => ({
      ok: false,
      refusal: { code, reason },
    });
    if (!deps.isAccepting()) return refuse(CLOSE.overloaded, 'server is shutting down');
    if (connections.size >= limits.maxConnections) return refuse(CLOSE.overloaded, 'server is full');
    const claims = token ? await deps.auth.verify(token) : null;
    if (!claims) return refuse(CLOSE.unauthorized, 'no valid token');
    const boardId = asBoardId(boardRaw);
    if (!boardId || claims.principal.board !== boardId)
      return refuse(CLOSE.forbidden, 'token is for another board');
    const board = await deps.storage.getBoard(boardId);
    if (!board) return refuse(CLOSE.forbidden, 'no such board');
    if (claims.generation !== board.tokenGeneration)
      return refuse(CLOSE.unauthorized, 'link has been replaced');
    const channel = parseChannel(channelRaw);
    if (!channel) return refuse(CLOSE.forbidden, 'no such channel');
    if (channel.kind === 'private' && !board.companies.some((c) => c.key === channel.company)) {
      return refuse(CLOSE.forbidden, 'no such company on this board');
    }
    if (!canRead(claims.principal, channel)) return refuse(CLOSE.forbidden, 'no access to this channel');
    const key = roomKey(boardId, channelName(channel));
    let room: Room;
    try {
      room = await deps.rooms.acquire(key);
    } catch (error) {
      deps.log.error('room load failed', { room: key, error: String(error) });
      return refuse(CLOSE.overloaded, 'board could not be loaded, retry');
    }
    if (room.isClosed) return refuse(CLOSE.overloaded, 'board is reloading, retry');
    if (room.peers.size >= limits.maxConnectionsPerRoom) {
      deps.rooms.released(key, room);
      return refuse(CLOSE.overloaded, 'board is full');
    }
    return { ok: true, principal: claims.principal, channel, room, key };
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = SYNC_PATH.exec(url.pathname);
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    let channelRaw: string;
    try {
      channelRaw = decodeURIComponent(match[2]!);
    } catch {
      channelRaw = '';
    }
    void admit(match[1]!, channelRaw, url.searchParams.get('token')).then(
      (admission) => complete(req, socket, head, admission),
      (error: unknown) => {
        deps.log.error('upgrade failed', { error: String(error) });
        complete(req, socket, head, {
          ok: false,
          refusal: { code: CLOSE.overloaded, reason: 'internal error' },
        });
      },
    );
  }

  function complete(req: IncomingMessage, socket: Duplex, head: Buffer, admission: Admission): void {
    let attached = false;
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (!admission.ok) {
        metrics.closes.add(1, { code: String(admission.refusal.code) });
        ws.close(admission.refusal.code, admission.refusal.reason);
        return;
      }
      attached = true;
      const { room, key, principal, channel } = admission;
      const connection = new Connection(ws, room, { principal, channel, limits, metrics }, () => {
        connections.delete(connection);
        metrics.connections.set(connections.size);
        deps.rooms.released(key, room);
      });
      connections.add(connection);
      metrics.connections.set(connections.size);
    });
    // The socket went away during the checks: the room it loaded must still be released.
    if (admission.ok && !attached) deps.rooms.released(admission.key, admission.room);
  }

  return {
    handleUpgrade,
    get connectionCount() {
      return connections.size;
    },
    /** Sends everyone away with the retryable code (shutdown). */
    closeAll(reason: string): void {
      for (const connection of [...connections]) connection.close(CLOSE.overloaded, reason);
      wss.close();
    },
  };
}
