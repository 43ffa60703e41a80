// Wires history into a server node: the version store, automatic versions following the rooms'
// content changes, and the routes. api.ts registers what this returns.
import type { Config } from '../config.js';
import type { Authorize } from '../http/authorize.js';
import type { Route } from '../http/route.js';
import type { Logger } from '../log.js';
import type { Storage } from '../storage/storage.js';
import type { RoomRegistry } from '../sync/rooms.js';
import { recordRestore } from '../activity/restore-entry.js';
import { AutoVersions } from './auto-versions.js';
import { versionRoutes } from './routes.js';
import { createVersionStore } from './version-store.js';

export interface HistoryDeps {
  config: Pick<Config, 'versionIntervalMs' | 'autoVersionsKept'>;
  storage: Storage;
  rooms: RoomRegistry;
  log: Logger;
  authorize: Authorize;
}

export function historyRoutes(deps: HistoryDeps): Route[] {
  const { storage, rooms, log, config } = deps;
  let auto: AutoVersions | null = null;
  const versions = createVersionStore({ storage, rooms, onCapture: (board) => auto?.captured(board) });
  auto = new AutoVersions({
    versions,
    storage,
    log,
    intervalMs: config.versionIntervalMs,
    kept: config.autoVersionsKept,
    isRunning: () => !rooms.isClosing,
  });
  rooms.onLoad(auto.watch);
  return versionRoutes({
    authorize: deps.authorize,
    versions,
    // A restore that could not be recorded still restores: the activity list is a courtesy.
    onRestored: (caller, version) =>
      recordRestore(rooms, caller, version).catch((error: unknown) =>
        log.warn('restore not recorded in the activity', { board: caller.board.id, error: String(error) }),
      ),
  });
}
