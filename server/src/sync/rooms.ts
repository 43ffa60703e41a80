// The rooms loaded on this node: each loaded exactly once (one promise per room, so two first
// connections never load twice), unloaded after its last connection has been gone a while and no
// server command holds it.
import type { Room } from './room.js';
import type { RoomKey } from '../storage/storage.js';

/** How long a shutdown waits for a closed room to let go of the rooms it held. */
const HOLD_WAIT_MS = 5_000;

export class RoomRegistry {
  private readonly loaded = new Map<RoomKey, Promise<Room>>();
  private readonly unloading = new Map<RoomKey, Promise<void>>();
  private readonly idleTimers = new Map<RoomKey, NodeJS.Timeout>();
  /** Server commands using each room right now (rooms without connections, like the ballots). */
  private readonly holds = new Map<RoomKey, number>();
  /** Told of every room once it is loaded (automatic versions follow content changes this way). */
  private readonly loadListeners: ((key: RoomKey, room: Room) => void)[] = [];
  private closing = false;
  /** closeAll waiting for a room to let go of those it holds. */
  private readonly holdWaiters = new Set<() => void>();

  constructor(
    private readonly load: (key: RoomKey) => Promise<Room>,
    private readonly idleMs: number,
    private readonly onCountChange: (count: number) => void = () => {},
  ) {}

  get size(): number {
    return this.loaded.size;
  }

  /** True once closeAll has begun (shutdown): background work should not load rooms any more. */
  get isClosing(): boolean {
    return this.closing;
  }

  /** Calls `listener` with each room loaded from now on, before anyone can change it. */
  onLoad(listener: (key: RoomKey, room: Room) => void): void {
    this.loadListeners.push(listener);
  }

  /** The loaded room, loading it (after any unload still in progress) if needed. */
  acquire(key: RoomKey): Promise<Room> {
    this.cancelIdle(key);
    let entry = this.loaded.get(key);
    if (!entry) {
      const previous = this.unloading.get(key) ?? Promise.resolve();
      entry = previous.then(() => this.load(key));
      this.loaded.set(key, entry);
      this.onCountChange(this.loaded.size);
      entry.then(
        (room) => {
          room.onFailure = () => this.forget(key, entry!);
          for (const listener of this.loadListeners) listener(key, room);
        },
        () => this.forget(key, entry!),
      );
    }
    return entry;
  }

  /**
   * Keeps the room loaded, connections or not, until `release` (a room another room relies on,
   * like a board's writers room while its content is loaded).
   */
  async hold(key: RoomKey): Promise<{ room: Room; release(): void }> {
    this.holds.set(key, (this.holds.get(key) ?? 0) + 1);
    let room: Room | null = null;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (this.holds.get(key) ?? 1) - 1;
      if (left > 0) this.holds.set(key, left);
      else this.holds.delete(key);
      for (const wake of [...this.holdWaiters]) wake();
      if (room) this.released(key, room);
    };
    try {
      room = await this.acquire(key);
    } catch (error) {
      release();
      throw error;
    }
    return { room, release };
  }

  /**
   * Keeps the room loaded while `work` runs, connections or not, then lets it go idle as a
   * leaving connection would.
   */
  async using<T>(key: RoomKey, work: (room: Room) => Promise<T>): Promise<T> {
    const held = await this.hold(key);
    try {
      return await work(held.room);
    } finally {
      held.release();
    }
  }

  /**
   * Loads the room ahead of its first connection, in the background (a person who just joined a
   * board opens its content next: loading it while their page boots saves them the wait). It then
   * goes idle like any room nobody uses. A failure is left to the connection to meet and report.
   */
  warm(key: RoomKey): void {
    if (this.closing || this.loaded.has(key)) return;
    this.using(key, async () => undefined).catch(() => {});
  }

  /** Called when a room's last connection or command leaves: unload it unless someone comes back. */
  released(key: RoomKey, room: Room): void {
    if (this.closing || !this.isIdle(key, room)) return;
    this.cancelIdle(key);
    this.idleTimers.set(
      key,
      setTimeout(() => {
        this.idleTimers.delete(key);
        if (this.isIdle(key, room)) void this.unload(key, room);
      }, this.idleMs),
    );
  }

  private isIdle(key: RoomKey, room: Room): boolean {
    return room.peers.size === 0 && !this.holds.has(key);
  }

  /**
   * Unloads every room (on shutdown), flushing each to storage. A room that holds others closes
   * first and they close once it has let go of them, so that what it writes into them on its way
   * out (a board's content: who made its last changes) is stored too; rooms still held after
   * HOLD_WAIT_MS close anyway.
   */
  async closeAll(): Promise<void> {
    this.closing = true;
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    while (this.loaded.size > 0) {
      let free = [...this.loaded.keys()].filter((key) => !this.holds.has(key));
      if (free.length === 0) {
        if (await this.holdLetGo(HOLD_WAIT_MS)) continue;
        free = [...this.loaded.keys()];
      }
      await this.closeNow(free);
    }
    await Promise.allSettled([...this.unloading.values()]);
  }

  private async closeNow(keys: readonly RoomKey[]): Promise<void> {
    const entries = keys.map((key) => this.loaded.get(key)!);
    for (const key of keys) this.loaded.delete(key);
    const rooms = await Promise.allSettled(entries);
    await Promise.allSettled(rooms.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)));
  }

  /** True when some hold is let go within `ms`. */
  private holdLetGo(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.holdWaiters.delete(wake);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.holdWaiters.delete(wake);
        resolve(false);
      }, ms);
      this.holdWaiters.add(wake);
    });
  }

  private unload(key: RoomKey, room: Room): Promise<void> {
    const entry = this.loaded.get(key);
    if (entry) this.forget(key, entry);
    const done = room.close().finally(() => {
      if (this.unloading.get(key) === done) this.unloading.delete(key);
    });
    this.unloading.set(key, done);
    return done;
  }

  private forget(key: RoomKey, entry: Promise<Room>): void {
    if (this.loaded.get(key) === entry) {
      this.loaded.delete(key);
      this.onCountChange(this.loaded.size);
    }
  }

  private cancelIdle(key: RoomKey): void {
    const timer = this.idleTimers.get(key);
    if (timer) {
      clearTimeout(timer);
      this.idleTimers.delete(key);
    }
  }
}
