// Automatic versions: while a board's content changes, one 'auto' version at most every interval,
// the older ones pruned to the newest `kept`. Work is scheduled off the message path (a change
// only marks the board), and failures are logged, never thrown at a socket. The time of the
// board's newest version comes from storage, so an edit right after a restart does not save a
// version the interval says is not due yet.
import type { BoardId } from '@kyoso/shared';
import type { Logger } from '../log.js';
import { BoardDeletedError, type RoomKey, type Storage } from '../storage/storage.js';
import { REMOTE_ORIGIN, type Room } from '../sync/room.js';
import { AUTO_VERSION_NAME } from './version-name.js';
import type { VersionStore } from './version-store.js';

export interface AutoVersionDeps {
  versions: VersionStore;
  storage: Storage;
  log: Logger;
  intervalMs: number;
  kept: number;
  /** False once the server shuts down: no more versions are started. */
  isRunning: () => boolean;
  now?: () => number;
}

interface BoardSchedule {
  /** Content changed since the last version was captured. */
  dirty: boolean;
  /** A timer or a save is under way for this board. */
  busy: boolean;
}

const CONTENT_KEY = /^([^/]+)\/content$/;

export class AutoVersions {
  private readonly boards = new Map<BoardId, BoardSchedule>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly now: () => number;

  constructor(private readonly deps: AutoVersionDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Follows a freshly loaded room's changes if it is a board's content (RoomRegistry.onLoad). */
  readonly watch = (key: RoomKey, room: Room): void => {
    const board = CONTENT_KEY.exec(key)?.[1] as BoardId | undefined;
    if (board === undefined) return;
    // The stored state is applied before the registry tells us of the room: every update seen
    // here is a change (a client's or the server's own). Another node's changes are that node's
    // to save, so that nodes sharing a board do not each keep a copy.
    room.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE_ORIGIN) this.changed(board);
    });
  };

  /** Any version of the board was just captured: its content is in history. */
  readonly captured = (board: BoardId): void => {
    const schedule = this.boards.get(board);
    if (schedule) schedule.dirty = false;
  };

  /** Marks the board changed and, unless one is already planned, plans its next version. */
  changed(board: BoardId): void {
    let schedule = this.boards.get(board);
    if (!schedule) {
      schedule = { dirty: false, busy: false };
      this.boards.set(board, schedule);
    }
    schedule.dirty = true;
    if (schedule.busy) return;
    schedule.busy = true;
    this.later(board, 0);
  }

  /** Stops every planned version (tests and shutdown). */
  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.boards.clear();
  }

  private later(board: BoardId, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.step(board).catch((error: unknown) => {
        // A board deleted meanwhile has nothing left to keep a version of.
        if (!(error instanceof BoardDeletedError))
          this.deps.log.error('automatic version failed', { board, error: String(error) });
        this.done(board);
      });
    }, delayMs);
    // A planned version never keeps the process alive.
    timer.unref();
    this.timers.add(timer);
  }

  /** Saves a version if one is due, else waits until it is; runs until nothing is left to save. */
  private async step(board: BoardId): Promise<void> {
    const schedule = this.boards.get(board);
    if (!schedule || !this.deps.isRunning()) return this.done(board);
    if (!schedule.dirty) return this.done(board);
    const latest = await this.deps.versions.latestAt(board);
    const wait = latest === null ? 0 : latest + this.deps.intervalMs - this.now();
    if (wait > 0) return this.later(board, wait);
    if (!this.deps.isRunning()) return this.done(board);
    await this.deps.versions.save(board, 'auto', AUTO_VERSION_NAME, null);
    await this.deps.storage.pruneVersions(board, 'auto', this.deps.kept);
    // Changes made while saving wait for the next interval.
    if (schedule.dirty) this.later(board, this.deps.intervalMs);
    else this.done(board);
  }

  private done(board: BoardId): void {
    const schedule = this.boards.get(board);
    if (!schedule) return;
    if (schedule.dirty && this.deps.isRunning()) {
      // Changed again after the last check: keep the plan going.
      schedule.busy = true;
      this.later(board, this.deps.intervalMs);
      return;
    }
    this.boards.delete(board);
  }
}
