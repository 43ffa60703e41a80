// Sockets per holder and per address on one board channel, both below the channel's own limit:
// one token (or one machine) cannot take every place of a board and lock its real members out.
// A place is reserved while an upgrade is checked, so a thousand simultaneous upgrades cannot
// all pass the count before any of them is counted.

export interface SocketQuotaLimits {
  /** Sockets one token holder (a participant, or one link) may hold on one channel. */
  perHolder: number;
  /** Sockets one address may hold on one channel. */
  perAddress: number;
}

export interface Place {
  /** Gives the place back (once; later calls do nothing). */
  release(): void;
}

export class SocketQuota {
  private readonly counts = new Map<string, number>();

  constructor(private readonly limits: SocketQuotaLimits) {}

  /** A place for one more socket, or the reason there is none. */
  reserve(channel: string, holder: string, address: string): Place | string {
    const byHolder = `${channel}\0h\0${holder}`;
    const byAddress = `${channel}\0a\0${address}`;
    if ((this.counts.get(byHolder) ?? 0) >= this.limits.perHolder)
      return `too many connections with this link to this board (${this.limits.perHolder})`;
    if ((this.counts.get(byAddress) ?? 0) >= this.limits.perAddress)
      return `too many connections from this address to this board (${this.limits.perAddress})`;
    this.add(byHolder, 1);
    this.add(byAddress, 1);
    let held = true;
    return {
      release: () => {
        if (!held) return;
        held = false;
        this.add(byHolder, -1);
        this.add(byAddress, -1);
      },
    };
  }

  private add(key: string, delta: number): void {
    const next = (this.counts.get(key) ?? 0) + delta;
    if (next > 0) this.counts.set(key, next);
    else this.counts.delete(key);
  }
}
