// Prometheus metrics, exposed with prom-client: what an operator needs of a node (connections,
// rooms, traffic, refusals, storage and propagation latency, export durations, the per-object
// checks, event-loop delay) and the process's own (CPU, memory, heap, GC, event-loop lag,
// handles; prom-client's default metrics, collected once per process). Counts made on every
// message are kept in plain numbers and read into prom-client when scraped: a label lookup per
// message cost more than the server's own work per send under fan-out (bench/results/sync.md).
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

type Labels = Record<string, string>;

const labelKey = (labels: Labels) =>
  Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(',');

/** Counts by a fixed label set, in plain numbers (readable at once, e.g. by tests). */
class Family {
  private readonly values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    registry: Registry,
    name: string,
    help: string,
    type: 'counter' | 'gauge',
    labelNames: string[],
  ) {
    const values = this.values;
    const options = { name, help, labelNames, registers: [registry] };
    if (type === 'counter')
      new Counter({
        ...options,
        collect() {
          this.reset();
          for (const { labels, value } of values.values()) this.inc(labels, value);
        },
      });
    else
      new Gauge({
        ...options,
        collect() {
          this.reset();
          for (const { labels, value } of values.values()) this.set(labels, value);
        },
      });
  }
  add(amount: number, labels: Labels = {}): void {
    const key = labelKey(labels);
    const entry = this.values.get(key);
    if (entry) entry.value += amount;
    else this.values.set(key, { labels, value: amount });
  }
  set(value: number, labels: Labels = {}): void {
    this.values.set(labelKey(labels), { labels, value });
  }
  get(labels: Labels = {}): number {
    return this.values.get(labelKey(labels))?.value ?? 0;
  }
}

/** Websocket traffic, counted on every message. */
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

/** The per-object checks of client updates (server/src/trust/), counted on every update. */
class UpdateChecks {
  accepted = 0;
  refused = 0;
  seconds = 0;
  record(ok: boolean, seconds: number): void {
    if (ok) this.accepted += 1;
    else this.refused += 1;
    this.seconds += seconds;
  }
}

/**
 * How often the event loop's delay is sampled (ms). Every sample is a timer wake-up (at 10 ms
 * this alone cost an idle server ~0.7% of a core); a stall of S ms reads between S minus this and
 * S, so 20 ms still tells a 120 ms stall from a 100 ms limit.
 */
const EVENT_LOOP_SAMPLE_MS = 20;

/**
 * How long the event loop was held up since the previous scrape: a task that blocks it delays
 * every other caller of the node by as much. Reset on each scrape.
 */
class EventLoopDelay {
  private histogram: IntervalHistogram | null = null;
  start(): void {
    this.histogram ??= monitorEventLoopDelay({ resolution: EVENT_LOOP_SAMPLE_MS });
    this.histogram.enable();
  }
  stop(): void {
    this.histogram?.disable();
  }
  /**
   * Max and p99 in seconds since the last read, then starts afresh. Node records the time between
   * two of its timer's wake-ups, the sampling interval included (an idle loop would read 20 ms):
   * the interval is taken off, leaving how late the timer woke.
   */
  read(): { max: number; p99: number } {
    const h = this.histogram;
    const seconds = (ns: number) =>
      h && h.count > 0 ? Math.max(0, ns - EVENT_LOOP_SAMPLE_MS * 1e6) / 1e9 : 0;
    const out = { max: seconds(h?.max ?? 0), p99: seconds(h?.percentile(99) ?? 0) };
    h?.reset();
    return out;
  }
}

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
const EXPORT_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

let processRegistry: Registry | null = null;
/** The process's metrics, set up once however many servers the process runs (tests run many). */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    // prom-client's nodejs_eventloop_lag_* keep a delay histogram of their own, sampled every
    // 10 ms by default: from the first scrape on, 100 more timer wake-ups a second than ours.
    collectDefaultMetrics({ register: processRegistry, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
  }
  return processRegistry;
}

export class Metrics {
  private readonly registry = new Registry();
  readonly eventLoop = new EventLoopDelay();
  readonly traffic = new Traffic();
  readonly checks = new UpdateChecks();
  readonly connections = new Family(
    this.registry,
    'kyoso_connections',
    'Open websocket connections.',
    'gauge',
    [],
  );
  readonly rooms = new Family(
    this.registry,
    'kyoso_rooms',
    'Rooms (board channels) loaded on this node.',
    'gauge',
    [],
  );
  readonly dropped = new Family(
    this.registry,
    'kyoso_dropped_messages_total',
    'Messages dropped, by reason.',
    'counter',
    ['reason'],
  );
  readonly closes = new Family(
    this.registry,
    'kyoso_connection_closes_total',
    'Connections closed by the server, by code.',
    'counter',
    ['code'],
  );
  readonly fanOut = new Family(
    this.registry,
    'kyoso_fanout_messages_total',
    'Scale-out messages to and from the other nodes (REDIS_URL), by direction.',
    'counter',
    ['direction'],
  );
  readonly webhookDeliveries = new Family(
    this.registry,
    'kyoso_webhook_deliveries_total',
    'Webhook delivery attempts, by outcome (delivered, retrying, failed).',
    'counter',
    ['outcome'],
  );
  readonly overdueSweeps = new Family(
    this.registry,
    'kyoso_overdue_sweeps_total',
    'Sweeps of the boards with webhooks for overdue actions.',
    'counter',
    [],
  );
  private readonly storageLatency = new Histogram({
    name: 'kyoso_storage_latency_seconds',
    help: 'Storage call latency by operation (append, load, compact).',
    labelNames: ['op'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  /** From a client update's arrival to its broadcast: checked, applied, stored, sent. */
  readonly propagation = new Histogram({
    name: 'kyoso_update_propagation_seconds',
    help: 'Time from a client update arriving to its being sent to the other clients (checks and storage included).',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly exportDuration = new Histogram({
    name: 'kyoso_export_duration_seconds',
    help: 'Time to produce an export, by format.',
    labelNames: ['format'],
    buckets: EXPORT_BUCKETS,
    registers: [this.registry],
  });

  constructor() {
    const { traffic, checks, eventLoop, registry } = this;
    new Counter({
      name: 'kyoso_messages_total',
      help: 'Websocket messages by direction.',
      labelNames: ['direction'],
      registers: [registry],
      collect() {
        this.reset();
        this.inc({ direction: 'in' }, traffic.messagesIn);
        this.inc({ direction: 'out' }, traffic.messagesOut);
      },
    });
    new Counter({
      name: 'kyoso_bytes_total',
      help: 'Websocket payload bytes by direction.',
      labelNames: ['direction'],
      registers: [registry],
      collect() {
        this.reset();
        this.inc({ direction: 'in' }, traffic.bytesIn);
        this.inc({ direction: 'out' }, traffic.bytesOut);
      },
    });
    new Counter({
      name: 'kyoso_update_checks_total',
      help: 'Client updates checked object by object, by result.',
      labelNames: ['result'],
      registers: [registry],
      collect() {
        this.reset();
        this.inc({ result: 'accepted' }, checks.accepted);
        this.inc({ result: 'refused' }, checks.refused);
      },
    });
    new Counter({
      name: 'kyoso_update_check_seconds_total',
      help: 'Time spent checking client updates object by object.',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(checks.seconds);
      },
    });
    // Read once per scrape for both gauges: reading resets the delay histogram.
    let delay = { max: 0, p99: 0 };
    new Gauge({
      name: 'kyoso_event_loop_delay_max_seconds',
      help: 'Longest event-loop delay since the previous scrape.',
      registers: [registry],
      collect() {
        delay = eventLoop.read();
        this.set(delay.max);
      },
    });
    new Gauge({
      name: 'kyoso_event_loop_delay_p99_seconds',
      help: '99th percentile event-loop delay since the previous scrape.',
      registers: [registry],
      collect() {
        this.set(delay.p99);
      },
    });
  }

  /** Times a storage call into the latency histogram. */
  async timeStorage<T>(op: string, call: () => Promise<T>): Promise<T> {
    const end = this.storageLatency.startTimer({ op });
    try {
      return await call();
    } finally {
      end();
    }
  }

  readonly contentType = this.registry.contentType;

  /** The exposition: this node's metrics and the process's. */
  render(): Promise<string> {
    return Registry.merge([this.registry, processMetrics()]).metrics();
  }
}
