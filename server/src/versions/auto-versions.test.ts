import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newBoardId, type BoardId } from '@kyoso/shared';
import { silentLogger, type Logger } from '../log.js';
import type { Storage, VersionKind } from '../storage/storage.js';
import { AutoVersions } from './auto-versions.js';
import type { VersionStore } from './version-store.js';

const INTERVAL = 10 * 60_000;

interface Saved {
  board: BoardId;
  kind: VersionKind;
  at: number;
}

/** Automatic versions over an in-memory history, on fake timers. */
function setup(options: { failSaves?: () => boolean } = {}) {
  const saved: Saved[] = [];
  const pruned: [BoardId, VersionKind, number][] = [];
  const errors: string[] = [];
  let running = true;
  let auto: AutoVersions | null = null;
  const versions = {
    async save(board: BoardId, kind: VersionKind) {
      auto!.captured(board);
      if (options.failSaves?.()) throw new Error('disk full');
      saved.push({ board, kind, at: Date.now() });
      return {} as never;
    },
    async latestAt(board: BoardId) {
      const mine = saved.filter((s) => s.board === board);
      return mine.at(-1)?.at ?? null;
    },
  } as unknown as VersionStore;
  const storage = {
    async pruneVersions(board: BoardId, kind: VersionKind, keep: number) {
      pruned.push([board, kind, keep]);
      return 0;
    },
  } as unknown as Storage;
  const log: Logger = { ...silentLogger, error: (event) => errors.push(event) };
  auto = new AutoVersions({
    versions,
    storage,
    log,
    intervalMs: INTERVAL,
    kept: 5,
    isRunning: () => running,
  });
  /** A named version saved by the facilitator. */
  const saveNamed = (board: BoardId) => versions.save(board, 'named', 'x', null);
  return { auto, saved, pruned, errors, saveNamed, stop: () => (running = false) };
}

const autosOf = (saved: Saved[], board: BoardId) =>
  saved.filter((s) => s.board === board && s.kind === 'auto');

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 10, 24, 9) });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('automatic versions', () => {
  it("saves at a board's first change, then at most once per interval while it keeps changing", async () => {
    const { auto, saved, pruned } = setup();
    const board = newBoardId();
    auto.changed(board);
    await vi.advanceTimersByTimeAsync(0);
    expect(autosOf(saved, board)).toHaveLength(1);
    expect(pruned).toEqual([[board, 'auto', 5]]);

    for (let minute = 1; minute < 10; minute++) {
      await vi.advanceTimersByTimeAsync(60_000);
      auto.changed(board);
    }
    await vi.advanceTimersByTimeAsync(59_000);
    expect(autosOf(saved, board)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(autosOf(saved, board)).toHaveLength(2);
    expect(saved[1]!.at - saved[0]!.at).toBe(INTERVAL);
  });

  it('saves nothing for a board that does not change', async () => {
    const { auto, saved } = setup();
    const board = newBoardId();
    auto.changed(board);
    await vi.advanceTimersByTimeAsync(5 * INTERVAL);
    expect(autosOf(saved, board)).toHaveLength(1);
  });

  it('counts a named version as the last one: no automatic copy right after it', async () => {
    const { auto, saved, saveNamed } = setup();
    const board = newBoardId();
    await saveNamed(board);
    auto.changed(board);
    await vi.advanceTimersByTimeAsync(INTERVAL / 2);
    // The facilitator saves the change by name: nothing is left for an automatic version.
    await saveNamed(board);
    await vi.advanceTimersByTimeAsync(3 * INTERVAL);
    expect(autosOf(saved, board)).toHaveLength(0);
    auto.changed(board);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(autosOf(saved, board)).toHaveLength(1);
  });

  it('keeps boards apart', async () => {
    const { auto, saved } = setup();
    const [one, two] = [newBoardId(), newBoardId()];
    auto.changed(one);
    await vi.advanceTimersByTimeAsync(60_000);
    auto.changed(two);
    auto.changed(one);
    await vi.advanceTimersByTimeAsync(0);
    expect(autosOf(saved, one)).toHaveLength(1);
    expect(autosOf(saved, two)).toHaveLength(1);
  });

  it('logs a failed save instead of throwing, and tries again while the board changes', async () => {
    let fail = true;
    const { auto, saved, errors } = setup({ failSaves: () => fail });
    const board = newBoardId();
    expect(() => auto.changed(board)).not.toThrow();
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual(['automatic version failed']);
    expect(saved).toHaveLength(0);
    fail = false;
    auto.changed(board);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(autosOf(saved, board)).toHaveLength(1);
  });

  it('starts nothing once the server is shutting down', async () => {
    const { auto, saved, stop } = setup();
    const board = newBoardId();
    stop();
    auto.changed(board);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(saved).toHaveLength(0);
  });
});
