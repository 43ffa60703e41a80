// A member agrees on a card (or withdraws) for its own company. The ledger records what was agreed
// (the card's content and its digest, read by the server from the board), and the card counts as
// agreed once every company on the board has agreed to its current content.
import {
  agreementStatus,
  currentAgreementContent,
  foldAgreements,
  isDigest,
  readLedger,
  readShapes,
  type Agreements,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { roomKey } from '../boards.js';
import { actorOf, requireMember } from '../http/authorize.js';
import { appendToLedger } from '../ledger/append.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { bodyObject } from '../http/json-fields.js';
import type { Route } from '../http/route.js';
import { withRooms } from '../sync/server-writes.js';
import { requireCard, shapeIdField } from './cards.js';
import type { WorkshopDeps } from './deps.js';

/** The digest of the company's standing agreement to `card`, null when it has none. */
const agreedDigest = (
  agreements: Agreements,
  card: ShapeId,
  company: CompanyKey,
): string | null | undefined => agreements.get(card)?.get(company)?.digest;

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
        if (body.digest !== undefined && !isDigest(body.digest))
          throw new HttpError(400, 'digest must be the 64 hex digits of the content you agree to');
        const { board } = caller;
        if (body.company !== undefined) {
          if (typeof body.company !== 'string') throw new HttpError(400, 'company must be a company key');
          if (body.company !== company)
            throw new HttpError(403, 'you can only agree on behalf of your own company');
        }
        const keys = [roomKey(board.id, 'content'), roomKey(board.id, 'ledger')];
        const answer = await deps.queue.run(board.id, () =>
          withRooms(deps.rooms, keys, async ([content, ledger]) => {
            requireCard(content!.doc, card);
            const current = currentAgreementContent(readShapes(content!.doc).shapes)(card)!;
            // Agreeing is to exactly what the person saw: if it changed meanwhile, they look again.
            if (agree && body.digest !== undefined && body.digest !== current.digest)
              throw new HttpError(
                409,
                'the card changed since you looked at it: review what changed and agree again',
              );
            const standing = agreedDigest(foldAgreements(readLedger(ledger!.doc).events), card, company);
            // Agreeing again to the same content, or withdrawing what was never agreed, changes nothing.
            const changes = agree ? standing !== current.digest : standing !== undefined;
            if (changes) {
              const at = new Date().toISOString();
              await ledger!.applyServerChange((doc, origin) =>
                appendToLedger(
                  doc,
                  [
                    agree
                      ? {
                          type: 'agreed',
                          at,
                          by,
                          company,
                          card,
                          content: current.content,
                          digest: current.digest,
                        }
                      : { type: 'withdrawn', at, by, company, card },
                  ],
                  deps.ledgerSigner,
                  origin,
                ),
              );
            }
            const status = agreementStatus(
              foldAgreements(readLedger(ledger!.doc).events),
              card,
              board.companies,
              current.digest,
            );
            return { status, digest: current.digest };
          }),
        );
        sendJson(res, 200, { card, company, agreed: agree, ...answer });
      },
    },
  ];
}
