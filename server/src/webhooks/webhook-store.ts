// A board's webhooks, kept by the server in a server-only room (`<board>/server/webhooks`: no
// websocket can open it, no export carries it): the endpoints the facilitator registered, the
// board's signing secret, the delivery log (newest last, the latest MAX_LOG kept) and what was
// already announced (so an agreement or an overdue action is announced once, whichever node
// notices it). Stored like every room, in SQLite or PostgreSQL.
import { randomBytes } from 'node:crypto';
import type * as Y from 'yjs';
import { roomKey } from '../boards.js';
import type { BoardId } from '@kyoso/shared';
import type { RoomKey } from '../storage/storage.js';

export const webhooksRoomKey = (board: BoardId): RoomKey => roomKey(board, 'server/webhooks');

export const WEBHOOK_EVENTS = ['agreement', 'changed', 'overdue', 'check-in'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** What a delivery announces: a subscribed event, or a test the facilitator sends. */
export type DeliveryEvent = WebhookEvent | 'ping';
export const WEBHOOK_KINDS = ['json', 'slack'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/** Most endpoints a board registers, and deliveries its log keeps. */
export const MAX_WEBHOOKS = 10;
export const MAX_LOG = 200;

export interface Webhook {
  id: string;
  url: string;
  kind: WebhookKind;
  events: WebhookEvent[];
  createdAt: string;
}

export interface Delivery {
  id: string;
  webhook: string;
  event: DeliveryEvent;
  /** `pending` while attempts remain. */
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  /** The receiver's last HTTP status (0: none, the request failed). */
  code: number;
  /** Why the last attempt failed, or ''. */
  error: string;
  at: string;
  /** When the last attempt ended. */
  lastAttemptAt: string | null;
}

const hooks = (doc: Y.Doc) => doc.getMap<Webhook>('hooks');
const settings = (doc: Y.Doc) => doc.getMap<string>('settings');
const log = (doc: Y.Doc) => doc.getMap<Delivery>('deliveries');
const announced = (doc: Y.Doc) => doc.getMap<string>('announced');

export const readWebhooks = (doc: Y.Doc): Webhook[] =>
  [...hooks(doc).values()].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );

/** The board's signing secret, made on first use. */
export function secretOf(doc: Y.Doc): string {
  let secret = settings(doc).get('secret');
  if (!secret) {
    secret = randomBytes(32).toString('hex');
    settings(doc).set('secret', secret);
  }
  return secret;
}

export const peekSecret = (doc: Y.Doc): string | null => settings(doc).get('secret') ?? null;

export function addWebhook(doc: Y.Doc, hook: Webhook): void {
  secretOf(doc);
  hooks(doc).set(hook.id, hook);
}

export const removeWebhook = (doc: Y.Doc, id: string): boolean => {
  if (!hooks(doc).has(id)) return false;
  hooks(doc).delete(id);
  return true;
};

export const readDeliveries = (doc: Y.Doc): Delivery[] =>
  [...log(doc).values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));

/** Records a delivery (new or updated), dropping the oldest beyond MAX_LOG. */
export function writeDelivery(doc: Y.Doc, delivery: Delivery): void {
  log(doc).set(delivery.id, delivery);
  const all = readDeliveries(doc);
  for (const old of all.slice(0, Math.max(0, all.length - MAX_LOG))) log(doc).delete(old.id);
}

/** Whether `key` was announced already (with this value); marks it when not. */
export function announceOnce(doc: Y.Doc, key: string, value: string): boolean {
  if (announced(doc).get(key) === value) return false;
  announced(doc).set(key, value);
  return true;
}

export const announcedValue = (doc: Y.Doc, key: string): string | undefined => announced(doc).get(key);
