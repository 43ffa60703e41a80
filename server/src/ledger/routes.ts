// The ledger as evidence over HTTP (docs/API.md): the key it is signed with, for anyone who wants
// to check an export, and the verification of a board's stored ledger, for anyone on the board.
import { ledgerEvents, verifyLedgerChain } from '@kyoso/shared';
import { roomKey } from '../boards.js';
import type { Authorize } from '../http/authorize.js';
import { sendJson } from '../http/http-error.js';
import type { Route } from '../http/route.js';
import type { RoomRegistry } from '../sync/rooms.js';
import type { LedgerSigner } from './signing-key.js';

export interface LedgerRouteDeps {
  rooms: RoomRegistry;
  authorize: Authorize;
  signer: LedgerSigner;
}

export function ledgerRoutes(deps: LedgerRouteDeps): Route[] {
  const { signer } = deps;
  return [
    {
      method: 'GET',
      pattern: /^\/api\/ledger\/key$/,
      handler: async (_req, res) => sendJson(res, 200, { alg: signer.alg, publicKey: signer.publicKey }),
    },
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)\/ledger\/verify$/,
      handler: async (req, res, [boardId]) => {
        const { board } = await deps.authorize(req, boardId!);
        // What the room holds is what every client is served (loading it seals a legacy ledger).
        const stored = await deps.rooms.using(roomKey(board.id, 'ledger'), async (room) =>
          ledgerEvents(room.doc).toArray(),
        );
        const report = verifyLedgerChain(stored, signer.verify);
        sendJson(res, 200, { ...report, publicKey: signer.publicKey });
      },
    },
  ];
}
