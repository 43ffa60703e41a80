// Websocket upgrades on /sync/<boardId>/<channel>?token=...: the token, the board and the
// channel are checked before the handshake completes and before any Yjs message is read.
// Refusals still complete the handshake, because close codes exist only on an open socket.
// Each connection's board and token generation are kept, so rotating a board's links can send
// away everyone still holding an old one; and its participant, so a removal can (every connection
// holds its board's roster room meanwhile, so this node learns of removals made on any node:
// roster-watch.ts).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import {
  asBoardId,
  CLOSE_REASON,
  canRead,
  channelName,
  parseChannel,
  SYNC_PROTOCOL,
  tokenFromProtocols,
  readRosterAdmission,
  readRosterDeletedAt,
  readRosterEntry,
  rosterPresence,
  type BoardId,
  type Channel,
  type ParticipantId,
  type Principal,
} from '@kyoso/shared';
import type { Auth, ParticipantClaim } from '../auth/tokens.js';
import { roomKey } from '../boards.js';
import type { Limits } from '../config.js';
import { clientAddress } from '../client-address.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { Storage } from '../storage/storage.js';
import { rosterRoomKey, standingOf } from '../workshop/roster.js';
import { Connection } from './connection.js';
import { CLOSE } from './protocol.js';
import type { Refusal, Room } from './room.js';
import type { RoomRegistry } from './rooms.js';
import { SocketQuota, type Place } from './socket-quota.js';

export interface SyncDeps {
  auth: Auth;
  storage: Storage;
  rooms: RoomRegistry;
  limits: Limits;
  metrics: Metrics;
  log: Logger;
  isAccepting: () => boolean;
  /** Per-address limits read the client's address behind a trusted proxy (X-Forwarded-For). */
  trustProxy: boolean;
}

type Admission =
  | {
      ok: true;
      principal: Principal;
      participant: ParticipantClaim | null;
      generation: number;
      channel: Channel;
      room: Room;
      key: string;
      /** The board's roster room, held while the connection is open. */
      roster: Held;
      /** The board record's admission setting when the upgrade was checked. */
      admission: boolean;
      /** Its place in the channel's quota per holder and per address. */
      place: Place;
    }
  | { ok: false; refusal: Refusal };

interface Held {
  room: Room;
  release(): void;
}

/** What a connection was admitted with. */
interface Admitted {
  board: BoardId;
  generation: number;
  principal: Principal;
  participant: ParticipantId | null;
  roster: Room;
}

const REPLACED = CLOSE_REASON.linkReplaced;
export const PARTICIPANT_REMOVED = CLOSE_REASON.participantRemoved;
const WAITING = 'waiting for the facilitator to let you in';
const ADMISSION_REQUIRED = 'this board lets people in one by one: join as a participant';

/** Why a holder may not be connected now, from the roster as this node holds it; null if they may. */
function standingRefusal(
  roster: Room,
  admission: boolean,
  principal: Principal,
  participant: ParticipantId | null,
): Refusal | null {
  const entry = participant ? readRosterEntry(roster.doc, participant) : null;
  const standing = standingOf(admission, principal, participant, entry);
  if (standing === 'removed') return { code: CLOSE.unauthorized, reason: PARTICIPANT_REMOVED };
  if (standing === 'waiting')
    return { code: CLOSE.forbidden, reason: participant ? WAITING : ADMISSION_REQUIRED };
  return null;
}

const SYNC_PATH = /^\/sync\/([^/]+)\/(.+)$/;

export function createSyncServer(deps: SyncDeps) {
  const { limits, metrics } = deps;
  // ws enforces a hard cap far above our limit so that an oversized message still reaches our
  // check and gets the Contract's 4413 instead of ws's own 1009.
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    maxPayload: limits.maxMessageBytes * 4,
    // A client that sends its token as a subprotocol offers `kyoso` too; it must be selected.
    handleProtocols: (protocols) => (protocols.has(SYNC_PROTOCOL) ? SYNC_PROTOCOL : false),
  });
  const connections = new Map<Connection, Admitted>();
  const quota = new SocketQuota({
    perHolder: limits.maxConnectionsPerToken,
    perAddress: limits.maxConnectionsPerAddress,
  });
  /** Per board, the generation below which tokens were revoked while this node ran. */
  const revokedBelow = new Map<BoardId, number>();

  async function admit(
    boardRaw: string,
    channelRaw: string,
    token: string | null,
    address: string,
  ): Promise<Admission> {
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
    if (claims.generation !== board.tokenGeneration) return refuse(CLOSE.unauthorized, REPLACED);
    const channel = parseChannel(channelRaw);
    if (!channel) return refuse(CLOSE.forbidden, 'no such channel');
    if (channel.kind === 'private' && !board.companies.some((c) => c.key === channel.company)) {
      return refuse(CLOSE.forbidden, 'no such company on this board');
    }
    if (!canRead(claims.principal, channel)) return refuse(CLOSE.forbidden, 'no access to this channel');
    const { principal, participant, generation } = claims;
    const admission = board.admission ?? false;
    let roster: Held;
    try {
      roster = await deps.rooms.hold(rosterRoomKey(boardId));
    } catch (error) {
      deps.log.error('room load failed', { room: rosterRoomKey(boardId), error: String(error) });
      return refuse(CLOSE.overloaded, 'board could not be loaded, retry');
    }
    // Deleted a moment ago (the record goes right after the roster says so).
    const refusal = readRosterDeletedAt(roster.room.doc)
      ? { code: CLOSE.forbidden, reason: CLOSE_REASON.boardDeleted }
      : standingRefusal(roster.room, admission, principal, participant?.id ?? null);
    if (refusal) {
      roster.release();
      return { ok: false, refusal };
    }
    const key = roomKey(boardId, channelName(channel));
    let room: Room;
    try {
      room = await deps.rooms.acquire(key);
    } catch (error) {
      roster.release();
      deps.log.error('room load failed', { room: key, error: String(error) });
      return refuse(CLOSE.overloaded, 'board could not be loaded, retry');
    }
    const full = room.isClosed
      ? 'board is reloading, retry'
      : room.peers.size >= limits.maxConnectionsPerRoom
        ? 'board is full'
        : null;
    // A participant is one person however many tabs; a link is shared, but one link is one holder.
    const place = full ?? quota.reserve(key, participant ? `p:${participant.id}` : `t:${token}`, address);
    if (typeof place === 'string') {
      if (!room.isClosed) deps.rooms.released(key, room);
      roster.release();
      return refuse(CLOSE.overloaded, place);
    }
    return { ok: true, principal, participant, generation, channel, room, key, roster, admission, place };
  }

  /** Lets go of what an admission held, for an upgrade that will not become a connection. */
  function releaseAdmission(admission: Admission & { ok: true }): void {
    deps.rooms.released(admission.key, admission.room);
    admission.roster.release();
    admission.place.release();
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
    const address = clientAddress(req, deps.trustProxy);
    const token = tokenFromProtocols(req.headers['sec-websocket-protocol']) ?? url.searchParams.get('token');
    void admit(match[1]!, channelRaw, token, address).then(
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

  function complete(req: IncomingMessage, socket: Duplex, head: Buffer, checked: Admission): void {
    let admission = checked;
    // Links rotated while this upgrade was being checked: the board record it read is stale.
    if (admission.ok && admission.generation < (revokedBelow.get(admission.principal.board) ?? 0)) {
      releaseAdmission(admission);
      admission = { ok: false, refusal: { code: CLOSE.unauthorized, reason: REPLACED } };
    }
    // Removed, or admission turned on, while the channel loaded: the roster says so by now.
    if (admission.ok) {
      const { roster, principal, participant } = admission;
      const required = admission.admission || readRosterAdmission(roster.room.doc);
      const refusal = standingRefusal(roster.room, required, principal, participant?.id ?? null);
      if (refusal) {
        releaseAdmission(admission);
        admission = { ok: false, refusal };
      }
    }
    let attached = false;
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (!admission.ok) {
        deps.log.debug('connection refused', {
          code: admission.refusal.code,
          reason: admission.refusal.reason,
        });
        metrics.closes.add(1, { code: String(admission.refusal.code) });
        ws.close(admission.refusal.code, admission.refusal.reason);
        return;
      }
      attached = true;
      const { room, key, principal, participant, generation, channel, roster, place } = admission;
      const context = { principal, participant, channel, limits, metrics };
      // An id per connection, in its log lines: who connected to what, and when they left.
      const connectionLog = deps.log.child({ connection: randomUUID().slice(0, 8) });
      connectionLog.debug('connected', {
        board: principal.board,
        channel: channelName(channel),
        role: principal.role,
      });
      // A participant's page on the canvas: the facilitator's roster shows them here until it
      // closes (observers included, whose own presence is dropped: roster-presence.ts).
      const here =
        channel.kind === 'content' && participant
          ? roster.room.announcePresence(rosterPresence(participant.id))
          : null;
      const connection = new Connection(ws, room, context, () => {
        connectionLog.debug('disconnected', {});
        connections.delete(connection);
        metrics.connections.set(connections.size);
        deps.rooms.released(key, room);
        if (here !== null) roster.room.withdrawPresence(here);
        roster.release();
        place.release();
      });
      connections.set(connection, {
        board: principal.board,
        generation,
        principal,
        participant: participant?.id ?? null,
        roster: roster.room,
      });
      metrics.connections.set(connections.size);
    });
    // The socket went away during the checks: the rooms it loaded must still be released.
    if (admission.ok && !attached) releaseAdmission(admission);
  }

  return {
    handleUpgrade,
    get connectionCount() {
      return connections.size;
    },
    /** Sends everyone away with the retryable code (shutdown). */
    closeAll(reason: string): void {
      for (const connection of [...connections.keys()]) connection.close(CLOSE.overloaded, reason);
      wss.close();
    },
    /** Drops the sockets of clients that have not answered the close handshake (end of a shutdown grace). */
    terminateAll(): void {
      for (const socket of wss.clients) socket.terminate();
    },
    /**
     * The board's links were rotated to `generation`: closes every connection holding an older
     * token with 4401 (permanent: the stock client stops retrying), and refuses such tokens from
     * upgrades already past their checks.
     */
    revokeTokensBelow(board: BoardId, generation: number): void {
      revokedBelow.set(board, Math.max(generation, revokedBelow.get(board) ?? 0));
      for (const [connection, admitted] of [...connections]) {
        if (admitted.board === board && admitted.generation < generation) {
          connection.close(CLOSE.unauthorized, REPLACED);
        }
      }
    },
    /** The facilitator removed a participant: closes their connections with 4401. */
    participantRemoved(board: BoardId, participant: ParticipantId): void {
      for (const [connection, admitted] of [...connections]) {
        if (admitted.board === board && admitted.participant === participant) {
          connection.close(CLOSE.unauthorized, PARTICIPANT_REMOVED);
        }
      }
    },
    /**
     * The board now requires admission: closes the connections whose holder was not let in (links
     * other than the facilitator's, participants the roster does not list as admitted) with 4403.
     */
    /** The board was deleted: everyone on it is sent away for good (4403). */
    boardDeleted(board: BoardId): void {
      for (const [connection, admitted] of [...connections]) {
        if (admitted.board === board) connection.close(CLOSE.forbidden, CLOSE_REASON.boardDeleted);
      }
    },
    admissionRequired(board: BoardId): void {
      for (const [connection, admitted] of [...connections]) {
        if (admitted.board !== board) continue;
        const refusal = standingRefusal(admitted.roster, true, admitted.principal, admitted.participant);
        if (refusal) connection.close(refusal.code, refusal.reason);
      }
    },
  };
}
