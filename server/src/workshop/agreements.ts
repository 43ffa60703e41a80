// A member agrees on a card (or withdraws) for its own company; the ledger records it, and the
// card counts as agreed once every company on the board has.
import {
  agreementStatus,
  appendLedgerEvents,
  foldAgreements,
  readLedger,
  type Agreements,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { roomKey } from '../boards.js';
import { actorOf, requireMember } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { bodyObject } from '../http/json-fields.js';
import type { Route } from '../http/route.js';
import { withRooms } from '../sync/server-writes.js';
import { requireCard, shapeIdField } from './cards.js';
import type { WorkshopDeps } from './deps.js';

const hasAgreed = (agreements: Agreements, card: ShapeId, company: CompanyKey) =>
  agreements.get(card)?.has(company) ?? false;

export function agreementRoutes(deps: WorkshopDeps): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/api\/boards\/([^/]+)\/agreements$/,
      handler: async (req, res, [boardId]) => {
        const caller = await deps.authorize(req, boardId!);
        const company = requireMember(caller, 'agree on cards');
        const by = actorOf(caller);
        const body = bodyObject(await deps.readBody(req));
        const card = shapeIdField(body.card, 'card');
        if (typeof body.agree !== 'boolean') throw new HttpError(400, 'agree must be true or false');
        const agree = body.agree;
        const { board } = caller;
        if (body.company !== undefined) {
          if (typeof body.company !== 'string') throw new HttpError(400, 'company must be a company key');
          if (body.company !== company)
            throw new HttpError(403, 'you can only agree on behalf of your own company');
        }
        const keys = [roomKey(board.id, 'content'), roomKey(board.id, 'ledger')];
        const status = await deps.queue.run(board.id, () =>
          withRooms(deps.rooms, keys, async ([content, ledger]) => {
            requireCard(content!.doc, card);
            // Agreeing twice (or withdrawing what was never agreed) changes nothing: no event.
            if (hasAgreed(foldAgreements(readLedger(ledger!.doc).events), card, company) !== agree) {
              await ledger!.applyServerChange((doc, origin) =>
                appendLedgerEvents(
                  doc,
                  [{ type: agree ? 'agreed' : 'withdrawn', at: new Date().toISOString(), by, company, card }],
                  origin,
                ),
              );
            }
            return agreementStatus(foldAgreements(readLedger(ledger!.doc).events), card, board.companies);
          }),
        );
        sendJson(res, 200, { card, company, agreed: agree, status });
      },
    },
  ];
}
