// Delivering a board's events to its webhooks: each subscribed endpoint gets a POST, signed with
// the board's secret (`X-Kyoso-Signature: sha256=<HMAC-SHA256 of "<timestamp>.<body>">`), retried
// with exponential backoff while it fails (network error, timeout or a non-2xx answer), every
// attempt written to the board's delivery log for the facilitator to read. Retries live in this
// process: a restart gives up the ones still waiting (their log entry stays "pending").
import { createHmac, randomUUID } from 'node:crypto';
import type { BoardId } from '@kyoso/shared';
import type { Logger } from '../log.js';
import { withRooms } from '../sync/server-writes.js';
import type { RoomRegistry } from '../sync/rooms.js';
import { payload, type BoardRef, type EventData } from './payloads.js';
import type { WebhookOptions } from './options.js';
import { isAllowedTarget } from './targets.js';
import {
  readWebhooks,
  secretOf,
  webhooksRoomKey,
  writeDelivery,
  type Delivery,
  type DeliveryEvent,
  type Webhook,
} from './webhook-store.js';

export const signature = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

export class Webhooks {
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly rooms: RoomRegistry,
    private readonly log: Logger,
    readonly options: WebhookOptions,
    private readonly counted?: { add(amount: number, labels: { outcome: string }): void },
  ) {}

  /**
   * Sends `event` to every webhook of the board that subscribed to it (or only to `only`, for a
   * test). Resolves once each first attempt is made; retries follow on their own.
   */
  async emit(board: BoardRef, event: DeliveryEvent, content: EventData, only?: string): Promise<Delivery[]> {
    if (this.closed) return [];
    const key = webhooksRoomKey(board.id as BoardId);
    const planned = await withRooms(this.rooms, [key], async ([room]) => {
      const targets = readWebhooks(room!.doc).filter((hook) =>
        only !== undefined ? hook.id === only : event !== 'ping' && hook.events.includes(event),
      );
      if (targets.length === 0) return [];
      const at = new Date().toISOString();
      const jobs = targets.map((hook) => {
        const delivery: Delivery = {
          id: randomUUID(),
          webhook: hook.id,
          event,
          status: 'pending',
          attempts: 0,
          code: 0,
          error: '',
          at,
          lastAttemptAt: null,
        };
        const body = JSON.stringify(payload(hook.kind, event, delivery.id, at, board, content));
        return { hook, delivery, body };
      });
      const secret = await room!.applyServerChange((doc) => {
        for (const job of jobs) writeDelivery(doc, job.delivery);
        return secretOf(doc);
      });
      return jobs.map((job) => ({ ...job, secret }));
    });
    return Promise.all(
      planned.map((job) => this.attempt(board.id as BoardId, job.hook, job.delivery, job.body, job.secret)),
    );
  }

  private async attempt(
    board: BoardId,
    hook: Webhook,
    delivery: Delivery,
    body: string,
    secret: string,
  ): Promise<Delivery> {
    const attempts = delivery.attempts + 1;
    let code = 0;
    let error = '';
    try {
      if (!(await isAllowedTarget(hook.url, this.options.allowPrivate)))
        throw new Error('the address is on a private network');
      const timestamp = String(Math.floor(Date.now() / 1000));
      const response = await fetch(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Kyoso-Webhook/1',
          'x-kyoso-event': delivery.event,
          'x-kyoso-delivery': delivery.id,
          'x-kyoso-timestamp': timestamp,
          'x-kyoso-signature': signature(secret, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      code = response.status;
      await response.body?.cancel();
      if (code < 200 || code >= 300) error = `answered ${code}`;
    } catch (failure) {
      error =
        failure instanceof Error
          ? failure.cause instanceof Error
            ? failure.cause.message
            : failure.message
          : 'failed';
    }
    const done = error === '';
    const status: Delivery['status'] = done
      ? 'delivered'
      : attempts >= this.options.attempts
        ? 'failed'
        : 'pending';
    const next: Delivery = {
      ...delivery,
      attempts,
      code,
      error: error.slice(0, 200),
      status,
      lastAttemptAt: new Date().toISOString(),
    };
    await withRooms(this.rooms, [webhooksRoomKey(board)], ([room]) =>
      room!.applyServerChange((doc) => writeDelivery(doc, next)),
    ).catch((failure: unknown) =>
      this.log.warn('webhook log not written', { board, error: String(failure) }),
    );
    this.counted?.add(1, { outcome: status === 'pending' ? 'retrying' : status });
    if (status === 'pending' && !this.closed) {
      const wait = this.options.retryBaseMs * 4 ** (attempts - 1);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        // A webhook removed meanwhile gets no more attempts.
        void this.registered(board, hook.id).then((still) =>
          still ? this.attempt(board, hook, next, body, secret) : undefined,
        );
      }, wait);
      timer.unref();
      this.timers.add(timer);
    }
    if (status === 'failed')
      this.log.warn('webhook delivery failed', { board, webhook: hook.id, error: next.error });
    return next;
  }

  private registered(board: BoardId, id: string): Promise<boolean> {
    return withRooms(this.rooms, [webhooksRoomKey(board)], async ([room]) =>
      readWebhooks(room!.doc).some((hook) => hook.id === id),
    ).catch(() => false);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
