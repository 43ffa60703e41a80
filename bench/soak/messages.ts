// What the soak benchmark's parent and its load processes say to each other over IPC.

export interface SoakBoard {
  /** The provider's room (`<board>/content`). */
  room: string;
  /** Member tokens, cycled over the board's clients. */
  tokens: string[];
}

export interface SoakLoadConfig {
  /** Sync endpoints (`ws://host:port/sync`), cycled over each board's clients: one per node. */
  urls: string[];
  boards: SoakBoard[];
  clientsPerBoard: number;
  /** Per board, how many clients move their own shape, and how often. */
  moversPerBoard: number;
  moveHz: number;
  /** Cursor awareness updates per second per client. */
  cursorHz: number;
  /** Per board, clients whose documents are watched for latency. */
  receiversPerBoard: number;
  windowMs: number;
  windows: number;
  /** After the last window, how long the last moves may take to arrive. */
  drainMs: number;
  syncTimeoutMs: number;
}

export interface SoakWindow {
  /** Seconds since the workload started, at the window's end. */
  atS: number;
  moves: number;
  /** Move observations by the sampled receivers in this window, and their latency (ms). */
  observed: number;
  p50: number;
  p99: number;
  max: number;
  /** Clients without an open connection at the window's end. */
  disconnected: number;
}

export interface SoakResult {
  connectMs: number;
  windows: SoakWindow[];
  /** Every move's expected observations (each sampled receiver of its board), and those seen. */
  expected: number;
  observed: number;
  /** Connections the server closed after the initial sync, by close code. */
  disconnects: Record<string, number>;
}

export type SoakMessage =
  /** One client per board is in: the boards' rooms are loaded (what connections add is measured from here). */
  | { type: 'rooms-loaded' }
  | { type: 'synced' }
  | { type: 'window'; window: SoakWindow }
  | { type: 'result'; result: SoakResult }
  | { type: 'error'; error: string };

/**
 * Parent to load process: the config; `connect` once the rooms-loaded memory is read (the other
 * clients connect); `go` once the idle memory is read (the workload starts).
 */
export type SoakCommand = { type: 'config'; config: SoakLoadConfig } | { type: 'connect' } | { type: 'go' };
