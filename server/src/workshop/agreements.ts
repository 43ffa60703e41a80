// A member agrees on a card (or withdraws) for its own company. The ledger records what was agreed
// (the card's content and its digest, read by the server from the board), and the card counts as
// agreed once every company on the board has agreed to its current content.
import {
  agreementStatus,
  currentAgreementContent,
  foldAgreements,
  readLedger,
  readShapes,
  type Agreements,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { Type } from 'typebox';
import { roomKey } from '../boards.js';
import { actorOf, requireMember } from '../http/authorize.js';
import { appendToLedger } from '../ledger/append.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { ShapeIdText } from '../http/schemas.js';
import { ERROR_KEYWORD } from '../http/validation-message.js';
import { withRooms } from '../sync/server-writes.js';
import { requireCard, shapeIdField } from './cards.js';
import type { WorkshopDeps } from './deps.js';

/** The digest of the company's standing agreement to `card`, null when it has none. */
const agreedDigest = (
  agreements: Agreements,
  card: ShapeId,
  company: CompanyKey,
): string | null | undefined => agreements.get(card)?.get(company)?.digest;

const AgreeBody = Type.Object({
  card: ShapeIdText('The synergy point (or card)'),
  agree: Type.Boolean({ description: 'true agrees on behalf of your company, false withdraws' }),
  digest: Type.Optional(
    Type.String({
      pattern: '^[0-9a-f]{64}$',
      description: 'The digest of the content you saw: refused with 409 if it changed since',
      [ERROR_KEYWORD]: 'must be the 64 hex digits of the content you agree to',
    }),
  ),
  company: Type.Optional(Type.String({ description: 'Your company key; any other is refused (403)' })),
});

export function agreementRoutes(deps: WorkshopDeps): Route[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/agreements',
      summary: 'Agree to a synergy point on behalf of your company, or withdraw (member)',
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams, body: AgreeBody },
      responses: {
        200: '`{"card", "company", "agreed", "status", "digest"}`',
        400: 'A field is not valid',
        401: 'No valid token',
        403: 'Not a member with a participant token, or another company',
        404: 'No such card',
        409: 'The card changed since you looked at it',
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await deps.authorize(req, params.board);
        const company = requireMember(caller, 'agree on cards');
        const by = actorOf(caller);
        const card = shapeIdField(body.card, 'card');
        const agree = body.agree;
        const { board } = caller;
        if (body.company !== undefined && body.company !== company)
          throw new HttpError(403, 'you can only agree on behalf of your own company');
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
        void deps.webhookWatch.agreements(board.id);
      },
    }),
  ];
}
