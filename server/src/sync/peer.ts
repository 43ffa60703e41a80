// A connection as a room sees it: where to send, and how to send it away.
import type { CloseCode } from './protocol.js';

export interface Peer {
  send(message: Uint8Array): void;
  close(code: CloseCode, reason: string): void;
  /** The presence state to show for what its client claimed, as its token and the room's rules say. */
  presenceOf?(claimed: Record<string, unknown>): Record<string, unknown>;
}
