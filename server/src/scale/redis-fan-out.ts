// The fan-out over Redis pub/sub: one channel per room (`<prefix>room:<key>`), one publishing and
// one subscribing connection per node. Pub/sub drops what is published while a subscriber is
// disconnected, so when the subscriber is back every subscribed room is told to re-read the
// shared store (Yjs updates are idempotent): a node that blinks catches up.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { silentLogger, type Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { RoomKey } from '../storage/storage.js';
import type { FanOut, FanOutMessage, RoomListener, Subscription } from './fan-out.js';
import { decodeEnvelope, encodeEnvelope } from './wire.js';

export interface RedisFanOutOptions {
  /** Prefixes every channel, so that several deployments (or test runs) can share one Redis. */
  prefix?: string;
  log?: Logger;
  metrics?: Metrics;
}

export async function openRedisFanOut(url: string, options: RedisFanOutOptions = {}): Promise<FanOut> {
  const { prefix = 'kyoso:', log = silentLogger, metrics } = options;
  const nodeId = randomUUID();
  const channelOf = (room: RoomKey) => `${prefix}room:${room}`;
  // Subscriptions are restored by hand on reconnection (below), before the rooms catch up.
  const common = { lazyConnect: true, autoResubscribe: false, maxRetriesPerRequest: 20 };
  const publisher = new Redis(url, { ...common, connectionName: `kyoso-pub-${nodeId}` });
  const subscriber = new Redis(url, { ...common, connectionName: `kyoso-sub-${nodeId}` });
  const listeners = new Map<string, RoomListener>();
  let closed = false;

  publisher.on('error', (error: Error) => log.warn('redis publisher error', { message: error.message }));
  subscriber.on('error', (error: Error) => log.warn('redis subscriber error', { message: error.message }));

  subscriber.on('messageBuffer', (channel: Buffer, payload: Buffer) => {
    const listener = listeners.get(channel.toString());
    if (!listener) return;
    const envelope = decodeEnvelope(new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength));
    if (!envelope) return log.warn('fan-out message not understood', { channel: channel.toString() });
    if (envelope.from === nodeId) return;
    metrics?.fanOut.add(1, { direction: 'received' });
    listener.receive(envelope.message);
  });

  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
  } catch (error) {
    publisher.disconnect();
    subscriber.disconnect();
    throw error;
  }

  // Every 'ready' after the first is a reconnection: whatever was published meanwhile is lost.
  subscriber.on('ready', () => {
    if (closed) return;
    const channels = [...listeners.keys()];
    log.warn('redis subscriber reconnected; rooms catch up from storage', { rooms: channels.length });
    if (channels.length === 0) return;
    subscriber.subscribe(...channels).then(
      () => {
        for (const channel of channels) listeners.get(channel)?.resync();
        // Rooms unloaded while this was on its way: let their channels go again.
        const gone = channels.filter((channel) => !listeners.has(channel));
        if (gone.length > 0) subscriber.unsubscribe(...gone).catch(() => {});
      },
      (error: unknown) => log.warn('redis resubscribe failed', { error: String(error) }),
    );
  });

  return {
    nodeId,

    async subscribe(room, listener): Promise<Subscription> {
      const channel = channelOf(room);
      listeners.set(channel, listener);
      try {
        await subscriber.subscribe(channel);
      } catch (error) {
        if (listeners.get(channel) === listener) listeners.delete(channel);
        throw error;
      }
      return {
        async unsubscribe() {
          // A newer subscription to the same room (reloaded meanwhile) keeps the channel.
          if (listeners.get(channel) !== listener) return;
          listeners.delete(channel);
          if (closed) return;
          await subscriber.unsubscribe(channel).catch((error: unknown) => {
            log.warn('redis unsubscribe failed', { room, error: String(error) });
          });
        },
      };
    },

    publish(room, message: FanOutMessage) {
      if (closed) return;
      metrics?.fanOut.add(1, { direction: 'published' });
      publisher
        .publish(channelOf(room), Buffer.from(encodeEnvelope(nodeId, message)))
        .catch((error: unknown) => {
          // The update is stored: a node that missed it reads it when it catches up or reloads.
          log.warn('redis publish failed', { room, error: String(error) });
        });
    },

    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      await Promise.all(
        [publisher, subscriber].map((connection) => connection.quit().catch(() => connection.disconnect())),
      );
    },
  };
}
