// One websocket on one room: enforces the limits and the access rules, then hands each message
// to its handler. Writes from a connection that may not write are dropped, never applied.
import type { WebSocket, RawData } from 'ws';
import { canWrite, type Channel, type Principal, type RightsRefusal } from '@kyoso/shared';
import type { ParticipantClaim } from '../auth/tokens.js';
import type { Limits } from '../config.js';
import type { Metrics } from '../metrics.js';
import { checkAwareness, withIdentity, type AwarenessEntry } from './awareness-guard.js';
import type { Writer } from '../trust/writer.js';
import {
  CLOSE,
  decodeClientMessage,
  encodePermissionDenied,
  MalformedMessage,
  type ClientMessage,
  type CloseCode,
} from './protocol.js';
import { TokenBucket } from './rate-limiter.js';
import type { Peer, Refusal, Room } from './room.js';

/** A client that does not read what it is sent is cut off before it fills the server's memory. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

/** Refused updates one connection may send before it is closed with 4403. */
export const MAX_REFUSED_UPDATES = 20;

/** What a connection's later updates get once one was refused: its document no longer matches. */
const AFTER_REFUSAL: RightsRefusal = {
  code: 'after-refusal',
  message: 'an earlier change from this connection was refused: resync (reconnect with a fresh document)',
};

export interface ConnectionContext {
  principal: Principal;
  /** Set when the token is a participant token: presence shows its name. */
  participant: ParticipantClaim | null;
  channel: Channel;
  limits: Limits;
  metrics: Metrics;
}

const BINARY = { binary: true } as const;
export class Connection implements Peer {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;
  /** Presence is fanned out to every peer: what one connection may publish is bounded apart. */
  private readonly awarenessBytes: TokenBucket;
  /** The latest presence held back over budget, and the timer that publishes it once in budget. */
  private heldAwareness: { entries: AwarenessEntry[]; bytes: number } | null = null;
  private awarenessTimer: NodeJS.Timeout | null = null;
  private readonly writable: boolean;
  private readonly writer: Writer;
  private closed = false;
  /** Updates refused so far; after the first, the client's document has diverged from the room. */
  private refused = 0;

  constructor(
    private readonly ws: WebSocket,
    private readonly room: Room,
    private readonly context: ConnectionContext,
    private readonly onClose: () => void,
  ) {
    const { limits } = context;
    this.messages = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    this.bytes = new TokenBucket(limits.bytesPerSecond, limits.byteBurst);
    this.awarenessBytes = new TokenBucket(limits.awarenessBytesPerSecond, limits.awarenessBytesPerSecond * 4);
    this.writable = canWrite(context.principal, context.channel);
    this.writer = { principal: context.principal, participant: context.participant };
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    ws.on('close', () => this.closedByEither());
    ws.on('error', () => this.closedByEither());
    room.attach(this);
  }

  send(message: Uint8Array): void {
    if (this.closed) return;
    // Measured with the reply, before sending it: a reader that stopped reading is not handed one
    // more copy of the board. A first reply larger than the limit still goes to a client that is
    // keeping up (nothing is waiting for it).
    const waiting = this.ws.bufferedAmount;
    if (waiting > 0 && waiting + message.byteLength > MAX_BUFFERED_BYTES) {
      this.close(CLOSE.overloaded, 'client is not keeping up');
      return;
    }
    this.ws.send(message, BINARY);
    this.context.metrics.traffic.sent(message.byteLength);
  }

  presenceOf(claimed: Record<string, unknown>): Record<string, unknown> {
    return withIdentity(claimed, this.context.principal, this.presenceName());
  }

  /**
   * The name presence shows: none in an anonymous phase, whatever the client sent, except the
   * facilitator's (the phase hides who wrote which card; the room still needs to know who runs
   * it); a participant token's own; null (the client's) for a link token.
   */
  private presenceName(): string | null {
    const hidden = this.room.hidesNames() && this.context.principal.role !== 'facilitator';
    return hidden ? '' : (this.context.participant?.name ?? null);
  }

  close(code: CloseCode, reason: string): void {
    if (this.closed) return;
    this.context.metrics.closes.add(1, { code: String(code) });
    this.ws.close(code, reason);
    this.closedByEither();
  }

  private closedByEither(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.heldAwareness = null;
    this.room.detach(this);
    this.onClose();
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    const bytes = toUint8Array(data);
    const { limits } = this.context;
    this.context.metrics.traffic.received(bytes.byteLength);
    if (!isBinary) return this.close(CLOSE.malformed, 'text frames are not part of the protocol');
    if (bytes.byteLength > limits.maxMessageBytes) return this.close(CLOSE.tooLarge, 'message too large');
    if (!this.messages.take() || !this.bytes.take(bytes.byteLength)) {
      return this.close(CLOSE.overloaded, 'too many messages, slow down');
    }
    let message: ClientMessage;
    try {
      message = decodeClientMessage(bytes);
    } catch (error) {
      const reason = error instanceof MalformedMessage ? error.message : 'malformed message';
      return this.close(CLOSE.malformed, reason);
    }
    const refusal = this.handle(message);
    if (refusal) this.close(refusal.code, refusal.reason);
  }

  private handle(message: ClientMessage): Refusal | null {
    switch (message.type) {
      case 'sync-step1':
        return this.room.answerSyncStep1(this, message.stateVector);
      case 'sync-step2':
      case 'sync-update': {
        if (!this.writable) return this.drop('read-only');
        if (this.refused > 0) return this.deny(AFTER_REFUSAL);
        const result = this.room.applyClientUpdate(this, this.writer, message.update);
        return result && 'denied' in result ? this.deny(result.denied) : result;
      }
      case 'awareness': {
        if (!this.writable) return this.drop('read-only awareness');
        const { principal, limits } = this.context;
        const check = checkAwareness(
          message.update,
          this.room.awarenessClientOf(this),
          principal,
          limits.maxAwarenessBytes,
          this.presenceName(),
        );
        if (!check.ok) return { code: CLOSE.malformed, reason: check.reason };
        // Only other clients' states (the stock client re-sending what it received): nothing to
        // publish, and a state held back over budget stays the one to publish.
        if (check.entries.length === 0) return null;
        this.publishAwareness({ entries: check.entries, bytes: check.bytes });
        return null;
      }
      case 'query-awareness':
        this.room.sendAllAwareness(this);
        return null;
    }
  }

  /**
   * Publishes presence within the connection's byte budget. Past it, only the latest state is
   * kept and published once the budget allows: a flood reaches the peers at the budget's rate,
   * and an honest burst (a drag of a large selection) still ends on its final state.
   */
  private publishAwareness(update: { entries: AwarenessEntry[]; bytes: number }): void {
    if (this.awarenessTimer === null && (update.bytes === 0 || this.awarenessBytes.take(update.bytes))) {
      this.room.applyAwareness(this, update.entries);
      return;
    }
    if (this.heldAwareness) this.context.metrics.dropped.add(1, { reason: 'awareness rate' });
    this.heldAwareness = update;
    this.awarenessTimer ??= this.retryAwarenessIn(update.bytes);
  }

  private retryAwarenessIn(bytes: number): NodeJS.Timeout {
    const ms = Math.ceil((1000 * bytes) / this.context.limits.awarenessBytesPerSecond);
    return setTimeout(() => {
      this.awarenessTimer = null;
      const held = this.heldAwareness;
      if (this.closed || !held) return;
      if (!this.awarenessBytes.take(held.bytes)) {
        this.awarenessTimer = this.retryAwarenessIn(held.bytes);
        return;
      }
      this.heldAwareness = null;
      this.room.applyAwareness(this, held.entries);
    }, ms);
  }

  private drop(reason: string): null {
    this.context.metrics.dropped.add(1, { reason });
    return null;
  }

  /**
   * The update was refused by the rules: dropped whole, and the writer is told why with
   * y-protocols' "permission denied" (`<code>: <English reason>`). One that keeps sending
   * refused updates is closed with 4403.
   */
  private deny(refusal: RightsRefusal): Refusal | null {
    this.refused += 1;
    this.context.metrics.dropped.add(1, { reason: `refused ${refusal.code}` });
    if (this.refused > MAX_REFUSED_UPDATES)
      return { code: CLOSE.forbidden, reason: 'too many refused changes' };
    this.send(encodePermissionDenied(`${refusal.code}: ${refusal.message}`));
    return null;
  }
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
