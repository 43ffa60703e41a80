// POST /api/boards/import (docs/API.md): a board file (the `json` export) in, a new board out,
// answered exactly like POST /api/boards. A file the checks refuse creates nothing.
import type { IncomingMessage } from 'node:http';
import { Type } from 'typebox';
import type { Auth } from '../auth/tokens.js';
import { prepareImportInWorker, storeImport } from '../boards-import.js';
import type { Config } from '../config.js';
import type { LedgerSigner } from '../ledger/signing-key.js';
import type { Logger } from '../log.js';
import type { Storage } from '../storage/storage.js';
import { sendCreatedBoard } from './created-board.js';
import { HttpError } from './http-error.js';
import { defineRoute, type Route } from './route.js';

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
  return defineRoute({
    method: 'POST',
    url: '/api/boards/import',
    summary: 'Create a board from a board file (the json export)',
    tag: 'boards',
    auth: 'creation',
    // The file is read as bytes and checked in a worker (boards-import.ts), not by a schema here.
    maxBodyBytes: config.limits.maxImportBytes,
    rawBody: true,
    schema: {
      body: Type.Unsafe<Buffer>({
        type: 'object',
        description: 'A board file: GET /api/boards/{board}/export.json',
      }),
    },
    responses: {
      201: 'The new board, its tokens and links, answered as POST /api/boards',
      400: 'The file is not a board file Kyoso can read, or its ledger does not hold',
      401: 'The admin token is required and was not given',
      413: 'The file is larger than KYOSO_MAX_IMPORT_BYTES',
      429: 'Too many boards from this address in a minute',
    },
    handler: async ({ req, res, body }) => {
      deps.allowCreation(req);
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
  });
}
