// What the workshop's HTTP commands need from the server.
import type { BoardId } from '@kyoso/shared';
import type { Auth } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { Authorize } from '../http/authorize.js';
import type { LedgerSigner } from '../ledger/signing-key.js';
import type { Logger } from '../log.js';
import type { Storage } from '../storage/storage.js';
import type { RoomRegistry } from '../sync/rooms.js';
import type { WebhookWatch } from '../webhooks/watch.js';
import type { Webhooks } from '../webhooks/webhooks.js';
import type { CommandQueue } from './command-queue.js';

export interface WorkshopDeps {
  config: Config;
  storage: Storage;
  auth: Auth;
  rooms: RoomRegistry;
  authorize: Authorize;
  /** One command at a time per board. */
  queue: CommandQueue;
  /** Every ledger entry a command appends is signed with it (`appendToLedger`). */
  ledgerSigner: LedgerSigner;
  log: Logger;
  /** Sends away every websocket of the board holding a token older than `generation`. */
  revokeTokensBelow: (board: BoardId, generation: number) => void;
  /** Delivers the board's events to its webhooks. */
  webhooks: Webhooks;
  /** Looks for agreements to announce. */
  webhookWatch: WebhookWatch;
}
