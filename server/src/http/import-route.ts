// POST /api/boards/import (docs/API.md): a board file (the `json` export) in, a new board out,
// answered exactly like POST /api/boards. A file the checks refuse creates nothing.
import type { IncomingMessage } from 'node:http';
import type { Auth } from '../auth/tokens.js';
import { prepareImportInWorker, storeImport } from '../boards-import.js';
import type { Config } from '../config.js';
import type { LedgerSigner } from '../ledger/signing-key.js';
import type { Logger } from '../log.js';
import type { Storage } from '../storage/storage.js';
import { sendCreatedBoard } from './created-board.js';
import { HttpError, readJsonBody } from './http-error.js';
import type { Route } from './route.js';

export interface ImportDeps {
  config: Config;
  storage: Storage;
  auth: Auth;
  log: Logger;
  /** The rule of board creation: the admin token when one is configured, else a rate per address. */
  allowCreation: (req: IncomingMessage) => void;
  /** Verifies the file's ledger, and signs what the new board's ledger gets. */
  ledgerSigner: LedgerSigner;
}

export function importRoute(deps: ImportDeps): Route {
  const { config, storage } = deps;
  return {
    method: 'POST',
    pattern: /^\/api\/boards\/import$/,
    handler: async (req, res) => {
      deps.allowCreation(req);
      const body = await readJsonBody(req, config.limits.maxImportBytes);
      const outcome = await prepareImportInWorker(body, deps.ledgerSigner);
      if ('refused' in outcome) throw new HttpError(400, outcome.refused);
      const { record, ledger, shapes } = outcome.prepared;
      await storeImport(storage, outcome.prepared);
      deps.log.info('board imported', {
        board: record.id,
        shapes,
        ledger: ledger.verified ? 'verified' : `not verified: ${ledger.reason}`,
      });
      await sendCreatedBoard(req, res, deps, record);
    },
  };
}
