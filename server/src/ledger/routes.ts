// The ledger as evidence over HTTP (docs/API.md): the key it is signed with, for anyone who wants
// to check an export, and the verification of a board's stored ledger, for anyone on the board.
import { ledgerEvents, verifyLedgerChain } from '@kyoso/shared';
import { roomKey } from '../boards.js';
import type { Authorize } from '../http/authorize.js';
import { sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
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
    defineRoute({
      method: 'GET',
      url: '/api/ledger/key',
      summary: "The public key this server signs ledgers and exports' seals with",
      tag: 'ledger',
      auth: 'none',
      responses: { 200: '`{"alg", "publicKey"}`' },
      handler: async ({ res }) => sendJson(res, 200, { alg: signer.alg, publicKey: signer.publicKey }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board/ledger/verify',
      summary: "Verify the board's stored ledger: its chain and every signature",
      tag: 'ledger',
      auth: 'board',
      schema: { params: BoardParams },
      responses: { 200: 'The report: whether it holds, and where it breaks if not', 401: 'No valid token' },
      handler: async ({ req, res, params }) => {
        const { board } = await deps.authorize(req, params.board);
        // What the room holds is what every client is served (loading it seals a legacy ledger).
        const stored = await deps.rooms.using(roomKey(board.id, 'ledger'), async (room) =>
          ledgerEvents(room.doc).toArray(),
        );
        const report = verifyLedgerChain(stored, signer.verify);
        sendJson(res, 200, { ...report, publicKey: signer.publicKey });
      },
    }),
  ];
}
