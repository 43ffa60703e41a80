// What the sync benchmark's parent and its load process say to each other over IPC.

/** Where the clients connect. */
export interface LoadTarget {
  /** Passed to WebsocketProvider as the server url (`ws://host:port/sync` or `ws://host:port`). */
  url: string;
  /** The provider's room name. */
  room: string;
  /** Token per client (cycled), sent as the `token` query parameter; null for no auth. */
  tokens: string[] | null;
}

export interface LoadConfig {
  target: LoadTarget;
  /** Clients on the board. */
  clients: number;
  /** Of those, how many move their own shape. */
  movers: number;
  /** Shape moves per second per mover. */
  moveHz: number;
  /** Cursor awareness updates per second per client. */
  cursorHz: number;
  warmupMs: number;
  windowMs: number;
  /** After the window, how long to wait for the last in-window moves to arrive. */
  drainMs: number;
  /** How long every client may take to connect and sync, and the shapes to reach receivers. */
  syncTimeoutMs: number;
  /** Clients whose documents are watched for latency (spread over the room). */
  maxReceivers: number;
  /** The server process, whose CPU time is read from /proc at the window's edges. */
  serverPid: number;
}

export interface LoadStats {
  /** Wall time of the measurement window. */
  windowMs: number;
  /** The window's edges on the monotonic clock (µs), the clock V8's CPU profiles use. */
  windowMonotonicUs: [number, number];
  /** Time for every client to connect and finish its first sync. */
  connectMs: number;
  /** Websocket messages (and bytes) the clients sent / received in the window. */
  sentMessages: number;
  sentBytes: number;
  receivedMessages: number;
  receivedBytes: number;
  /** Moves and cursor updates the clients actually made in the window (timers can lag). */
  moves: number;
  cursorUpdates: number;
  /** CPU time (user + system) in the window. */
  serverCpuMs: number;
  loadCpuMs: number;
  /** Edit propagation latency (ms) of the in-window moves, as seen by the sampled receivers. */
  latency: {
    count: number;
    expected: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
    mean: number;
  };
  receivers: number;
  /** Event-loop delay of the load process in the window, p99 (ms): high means it is saturated. */
  loadLoopDelayP99Ms: number;
  /** Connections the server closed after the initial sync, by close code. */
  disconnects: Record<string, number>;
}

export type LoadMessage =
  | { type: 'phase'; phase: 'connecting' | 'synced' | 'warming-up' | 'measuring' | 'draining' }
  | { type: 'result'; stats: LoadStats }
  | { type: 'error'; error: string };
