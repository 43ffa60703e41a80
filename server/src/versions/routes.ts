// The history API (docs/API.md, "Versions"): the facilitator saves, lists, previews and restores
// versions of the board's content. Restoring answers the version's shapes after saving the
// current content as a 'restore' version; the facilitator's editor applies them with the shared
// command `restoreShapes`, so the restore is an ordinary, undoable edit that every peer sees.
import type { IncomingMessage } from 'node:http';
import { requireRole, type Authorize, type Caller } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import type { Route } from '../http/route.js';
import { beforeRestoringName, parseVersionName } from './version-name.js';
import type { VersionRecord } from '../storage/storage.js';
import { toVersion, type VersionStore } from './version-store.js';

export interface VersionRouteDeps {
  authorize: Authorize;
  versions: VersionStore;
  readBody: (req: IncomingMessage) => Promise<unknown>;
  /** Records the restore in the board's activity (the editor applies it; the server cannot tell). */
  onRestored?: (caller: Caller, version: VersionRecord) => Promise<void>;
}

const createdBy = (caller: Caller): string | null => caller.participant?.name ?? null;

export function versionRoutes(deps: VersionRouteDeps): Route[] {
  const { versions } = deps;

  async function facilitator(req: IncomingMessage, boardId: string, action: string): Promise<Caller> {
    const caller = await deps.authorize(req, boardId);
    requireRole(caller, ['facilitator'], action);
    return caller;
  }

  async function requireVersion(caller: Caller, id: string) {
    const found = await versions.load(caller.board.id, id);
    if (!found) throw new HttpError(404, `no version ${JSON.stringify(id.slice(0, 40))} on this board`);
    return found;
  }

  return [
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)\/versions$/,
      handler: async (req, res, [boardId]) => {
        const caller = await facilitator(req, boardId!, 'see the history');
        const list = await versions.list(caller.board.id);
        sendJson(res, 200, { versions: list.map(toVersion) });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/boards\/([^/]+)\/versions$/,
      handler: async (req, res, [boardId]) => {
        const caller = await facilitator(req, boardId!, 'save versions');
        const name = parseVersionName(await deps.readBody(req));
        const record = await versions.save(caller.board.id, 'named', name, createdBy(caller));
        sendJson(res, 201, { version: toVersion(record) });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)\/versions\/([^/]+)$/,
      handler: async (req, res, [boardId, versionId]) => {
        const caller = await facilitator(req, boardId!, 'see the history');
        const { record, shapes } = await requireVersion(caller, versionId!);
        sendJson(res, 200, { version: toVersion(record), shapes });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/boards\/([^/]+)\/versions\/([^/]+)\/restore$/,
      handler: async (req, res, [boardId, versionId]) => {
        const caller = await facilitator(req, boardId!, 'restore versions');
        const { record, shapes } = await requireVersion(caller, versionId!);
        // Nothing is lost: the content as it is now goes into history first.
        const saved = await versions.save(
          caller.board.id,
          'restore',
          beforeRestoringName(record.name),
          createdBy(caller),
        );
        await deps.onRestored?.(caller, record);
        sendJson(res, 200, { version: toVersion(record), saved: toVersion(saved), shapes });
      },
    },
  ];
}
