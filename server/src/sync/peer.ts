// A connection as a room sees it: where to send, and how to send it away.
import type { CloseCode } from './protocol.js';

export interface Peer {
  send(message: Uint8Array): void;
  close(code: CloseCode, reason: string): void;
}
