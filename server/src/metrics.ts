import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

// Prometheus text exposition of the few numbers an operator needs. Counters and gauges are keyed
// by a fixed label set; histograms have fixed buckets.
type Labels = Record<string, string>;

const labelKey = (labels: Labels) =>
  Object.entries(labels)
    .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
    .join(',');

class Family {
  readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: 'counter' | 'gauge',
  ) {}
  add(amount: number, labels: Labels = {}) {
    const key = labelKey(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + amount);
  }
  set(value: number, labels: Labels = {}) {
    this.values.set(labelKey(labels), value);
  }
  get(labels: Labels = {}): number {
    return this.values.get(labelKey(labels)) ?? 0;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} ${this.type}`];
    for (const [key, value] of this.values) lines.push(`${this.name}${key ? `{${key}}` : ''} ${value}`);
    return lines.join('\n');
  }
}

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

class Histogram {
  private readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  observe(seconds: number, labels: Labels = {}) {
    const key = labelKey(labels);
    let s = this.series.get(key);
    if (!s) this.series.set(key, (s = { counts: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 }));
    LATENCY_BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) s.counts[i]! += 1;
    });
    s.sum += seconds;
    s.count += 1;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const [key, s] of this.series) {
      const sep = key ? ',' : '';
      LATENCY_BUCKETS.forEach((bound, i) =>
        lines.push(`${this.name}_bucket{${key}${sep}le="${bound}"} ${s.counts[i]}`),
      );
      lines.push(`${this.name}_bucket{${key}${sep}le="+Inf"} ${s.count}`);
      lines.push(`${this.name}_sum${key ? `{${key}}` : ''} ${s.sum}`);
      lines.push(`${this.name}_count${key ? `{${key}}` : ''} ${s.count}`);
    }
    return lines.join('\n');
  }
}

/**
 * Websocket traffic as plain numbers: counted on every message, so no label lookup per message
 * (under fan-out that lookup cost more than the server's own work per send).
 */
class Traffic {
  messagesIn = 0;
  bytesIn = 0;
  messagesOut = 0;
  bytesOut = 0;
  received(bytes: number): void {
    this.messagesIn += 1;
    this.bytesIn += bytes;
  }
  sent(bytes: number): void {
    this.messagesOut += 1;
    this.bytesOut += bytes;
  }
}

/**
 * The per-object checks of client updates (server/src/trust/): how many were accepted and refused
 * and the time they took, in plain numbers like Traffic (they run on every update).
 */
class UpdateChecks {
  accepted = 0;
  refused = 0;
  seconds = 0;
  record(ok: boolean, seconds: number): void {
    if (ok) this.accepted += 1;
    else this.refused += 1;
    this.seconds += seconds;
  }
  render(): string {
    return [
      '# HELP kyoso_update_checks_total Client updates checked object by object, by result.',
      '# TYPE kyoso_update_checks_total counter',
      `kyoso_update_checks_total{result="accepted"} ${this.accepted}`,
      `kyoso_update_checks_total{result="refused"} ${this.refused}`,
      '# HELP kyoso_update_check_seconds_total Time spent checking client updates object by object.',
      '# TYPE kyoso_update_check_seconds_total counter',
      `kyoso_update_check_seconds_total ${this.seconds}`,
    ].join('\n');
  }
}

/**
 * How long the event loop was held up since the previous scrape: a task that blocks it delays
 * every other caller of the node by as much. Reset on each scrape, as prom-client does.
 */
class EventLoopDelay {
  private histogram: IntervalHistogram | null = null;
  start(): void {
    this.histogram ??= monitorEventLoopDelay({ resolution: 10 });
    this.histogram.enable();
  }
  stop(): void {
    this.histogram?.disable();
  }
  render(): string {
    const h = this.histogram;
    // The histogram reads NaN-free zeros before its first sample; nanoseconds to seconds.
    const seconds = (ns: number) => (h && h.count > 0 ? ns / 1e9 : 0);
    const lines = [
      '# HELP kyoso_event_loop_delay_max_seconds Longest event-loop delay since the previous scrape.',
      '# TYPE kyoso_event_loop_delay_max_seconds gauge',
      `kyoso_event_loop_delay_max_seconds ${seconds(h?.max ?? 0)}`,
      '# HELP kyoso_event_loop_delay_p99_seconds 99th percentile event-loop delay since the previous scrape.',
      '# TYPE kyoso_event_loop_delay_p99_seconds gauge',
      `kyoso_event_loop_delay_p99_seconds ${seconds(h?.percentile(99) ?? 0)}`,
    ];
    h?.reset();
    return lines.join('\n');
  }
}

export class Metrics {
  readonly eventLoop = new EventLoopDelay();
  readonly traffic = new Traffic();
  readonly checks = new UpdateChecks();
  readonly connections = new Family('kyoso_connections', 'Open websocket connections.', 'gauge');
  readonly rooms = new Family('kyoso_rooms', 'Rooms (board channels) loaded on this node.', 'gauge');
  readonly messages = new Family(
    'kyoso_messages_total',
    'Websocket messages by direction and type.',
    'counter',
  );
  readonly bytes = new Family('kyoso_bytes_total', 'Websocket payload bytes by direction.', 'counter');
  readonly dropped = new Family('kyoso_dropped_messages_total', 'Messages dropped, by reason.', 'counter');
  readonly closes = new Family(
    'kyoso_connection_closes_total',
    'Connections closed by the server, by code.',
    'counter',
  );
  readonly fanOut = new Family(
    'kyoso_fanout_messages_total',
    'Scale-out messages to and from the other nodes (REDIS_URL), by direction.',
    'counter',
  );
  readonly storageLatency = new Histogram(
    'kyoso_storage_latency_seconds',
    'Storage call latency by operation.',
  );

  /** Times a storage call into the latency histogram. */
  async timeStorage<T>(op: string, call: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await call();
    } finally {
      this.storageLatency.observe((performance.now() - start) / 1000, { op });
    }
  }

  render(): string {
    const { traffic } = this;
    this.messages.set(traffic.messagesIn, { direction: 'in' });
    this.messages.set(traffic.messagesOut, { direction: 'out' });
    this.bytes.set(traffic.bytesIn, { direction: 'in' });
    this.bytes.set(traffic.bytesOut, { direction: 'out' });
    const families = [
      this.connections,
      this.rooms,
      this.messages,
      this.bytes,
      this.dropped,
      this.closes,
      this.fanOut,
    ];
    return (
      [
        ...families.map((f) => f.render()),
        this.storageLatency.render(),
        this.checks.render(),
        this.eventLoop.render(),
      ].join('\n') + '\n'
    );
  }
}
