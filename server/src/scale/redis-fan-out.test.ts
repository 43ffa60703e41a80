import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, it, vi } from 'vitest';
import { describeFanOutContract } from './fan-out.contract.js';
import type { FanOutMessage } from './fan-out.js';
import { openRedisFanOut } from './redis-fan-out.js';

const redisUrl = process.env.KYOSO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// A channel prefix of our own: parallel test files (and runs) share the Redis server.
const prefix = `kyoso-test-${randomBytes(6).toString('hex')}:`;

describeFanOutContract('redis', () => openRedisFanOut(redisUrl, { prefix }));

describe('redis fan-out', () => {
  it('tells every subscribed room to catch up when its subscriber connection comes back', async () => {
    const a = await openRedisFanOut(redisUrl, { prefix });
    const b = await openRedisFanOut(redisUrl, { prefix });
    const admin = new Redis(redisUrl);
    try {
      const received: FanOutMessage[] = [];
      let resyncs = 0;
      await b.subscribe('x/content', { receive: (m) => received.push(m), resync: () => (resyncs += 1) });
      const clients = await admin.client('LIST');
      const line = String(clients)
        .split('\n')
        .find((l) => l.includes(`name=kyoso-sub-${b.nodeId}`));
      const id = /\bid=(\d+)/.exec(line ?? '')?.[1];
      expect(id).toBeDefined();
      await admin.client('KILL', 'ID', id!);
      await vi.waitFor(() => expect(resyncs).toBe(1), { timeout: 10_000, interval: 10 });
      // Subscribed again: messages flow as before.
      a.publish('x/content', { type: 'awareness-query' });
      await vi.waitFor(() => expect(received).toEqual([{ type: 'awareness-query' }]), {
        timeout: 10_000,
        interval: 10,
      });
    } finally {
      admin.disconnect();
      await Promise.all([a.close(), b.close()]);
    }
  });
});
