// A rate per client address (token buckets), for what anyone may do without a token: creating and
// importing boards. Buckets unused for a full refill are forgotten, so the table stays as small as
// the set of recent callers.
import { TokenBucket } from '../sync/rate-limiter.js';

export class AddressRate {
  private readonly buckets = new Map<string, { bucket: TokenBucket; usedAt: number }>();

  /** `perMinute` actions a minute, all of them at once at most (a full refill takes a minute). */
  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one action for `address`; false means over its rate. */
  take(address: string): boolean {
    const now = this.now();
    if (this.buckets.size > 10_000) this.forgetIdle(now);
    let entry = this.buckets.get(address);
    if (!entry) {
      entry = { bucket: new TokenBucket(this.perMinute / 60, this.perMinute, this.now), usedAt: now };
      this.buckets.set(address, entry);
    }
    entry.usedAt = now;
    return entry.bucket.take();
  }

  private forgetIdle(now: number): void {
    for (const [address, { usedAt }] of this.buckets)
      if (now - usedAt >= 60_000) this.buckets.delete(address);
  }
}
