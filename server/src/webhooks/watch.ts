// When to look for agreements to announce: a moment after a board's content changes (a burst of
// edits is looked at once), and right after an agreement is recorded. Overdue actions are looked
// for on a timer over every board with webhooks, since they fall due while nobody is connected.
import type { BoardId } from '@kyoso/shared';
import type { Logger } from '../log.js';
import type { Storage } from '../storage/storage.js';
import type { RoomRegistry } from '../sync/rooms.js';
import { announceAgreements, announceOverdue } from './announce.js';
import { webhooksRoomKey } from './webhook-store.js';
import type { Webhooks } from './webhooks.js';

/** Content changes are looked at this long after the first of a burst. */
const SETTLE_MS = 1_000;

export class WebhookWatch {
  private readonly pending = new Map<BoardId, NodeJS.Timeout>();
  private sweeping: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly deps: {
      storage: Storage;
      rooms: RoomRegistry;
      webhooks: Webhooks;
      log: Logger;
      /** Counts finished sweeps (`kyoso_overdue_sweeps_total`). */
      swept?: () => void;
    },
  ) {}

  /** The board's content changed: look for agreements gained or gone stale, once it settles. */
  contentChanged(board: BoardId): void {
    if (this.closed || this.pending.has(board)) return;
    const timer = setTimeout(() => {
      this.pending.delete(board);
      void this.agreements(board);
    }, SETTLE_MS);
    timer.unref();
    this.pending.set(board, timer);
  }

  /** Looks now (after an agreement is recorded). */
  async agreements(board: BoardId): Promise<void> {
    if (this.closed) return;
    try {
      const record = await this.deps.storage.getBoard(board);
      if (record) await announceAgreements(this.deps.rooms, this.deps.webhooks, record);
    } catch (error) {
      this.deps.log.warn('webhook announcements failed', { board, error: String(error) });
    }
  }

  /** Announces overdue actions on every board with webhooks; returns how many. */
  async sweepOverdue(now = new Date()): Promise<number> {
    let count = 0;
    let boards: BoardId[] = [];
    try {
      boards = await this.deps.storage.listBoards();
    } catch (error) {
      this.deps.log.warn('overdue sweep could not list the boards', { error: String(error) });
    }
    for (const board of boards) {
      if (this.closed) break;
      // One board's trouble (storage, a room that will not load) never stops the sweep or the node.
      try {
        const rooms = await this.deps.storage.listRooms(board);
        if (!rooms.includes(webhooksRoomKey(board))) continue;
        const record = await this.deps.storage.getBoard(board);
        if (record) count += await announceOverdue(this.deps.rooms, this.deps.webhooks, record, now);
      } catch (error) {
        this.deps.log.warn('overdue sweep failed', { board, error: String(error) });
      }
    }
    this.deps.swept?.();
    return count;
  }

  /** Sweeps for overdue actions now and then every `intervalMs`. */
  startSweeping(intervalMs: number): void {
    const run = () => {
      void this.sweepOverdue().finally(() => {
        if (this.closed) return;
        this.sweeping = setTimeout(run, intervalMs);
        this.sweeping.unref();
      });
    };
    this.sweeping = setTimeout(run, Math.min(intervalMs, 5_000));
    this.sweeping.unref();
  }

  close(): void {
    this.closed = true;
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    if (this.sweeping) clearTimeout(this.sweeping);
  }
}
