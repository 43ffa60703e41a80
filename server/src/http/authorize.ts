// Who is calling: the bearer token, verified, for the board in the path, of the board's current
// link generation. Every board endpoint starts here.
import type { IncomingMessage } from 'node:http';
import { asBoardId, type Actor, type CompanyKey, type Principal, type Role } from '@kyoso/shared';
import { bearerToken, type Auth, type ParticipantClaim } from '../auth/tokens.js';
import type { BoardRecord, Storage } from '../storage/storage.js';
import { HttpError } from './http-error.js';

export interface Caller {
  board: BoardRecord;
  principal: Principal;
  /** Null for a link token. */
  participant: ParticipantClaim | null;
}

export type Authorize = (req: IncomingMessage, rawBoardId: string) => Promise<Caller>;

export function createAuthorize(auth: Auth, storage: Storage): Authorize {
  return async (req, rawBoardId) => {
    const claims = await auth.verify(bearerToken(req.headers.authorization) ?? '');
    if (!claims) throw new HttpError(401, 'a valid board token is needed as "Authorization: Bearer <token>"');
    const id = asBoardId(rawBoardId);
    const board = id ? await storage.getBoard(id) : null;
    if (!board || claims.principal.board !== board.id)
      throw new HttpError(403, 'this token is not for that board');
    if (claims.generation !== board.tokenGeneration)
      throw new HttpError(401, 'this link has been replaced; ask the facilitator for the new one');
    return { board, principal: claims.principal, participant: claims.participant };
  };
}

const ROLE_NAMES: Record<Role, string> = {
  facilitator: 'the facilitator',
  member: 'members',
  observer: 'observers',
};

/** A 403 unless the caller has one of `roles`; `action` completes "only ... can <action>". */
export function requireRole(caller: Caller, roles: readonly Role[], action: string): void {
  if (roles.includes(caller.principal.role)) return;
  throw new HttpError(403, `only ${roles.map((r) => ROLE_NAMES[r]).join(' or ')} can ${action}`);
}

/** The member's company, or a 403 for any other role. */
export function requireMember(caller: Caller, action: string): CompanyKey {
  const { principal } = caller;
  if (principal.role === 'member') return principal.company;
  throw new HttpError(403, `only members can ${action}`);
}

/** Who the ledger records: commands it records need a participant token, which names a person. */
export function actorOf(caller: Caller): Actor {
  const { participant, principal, board } = caller;
  if (!participant) {
    throw new HttpError(
      401,
      `this needs a participant token: POST /api/boards/${board.id}/participants with {"name": "..."} ` +
        'and use the token it answers',
    );
  }
  return {
    participant: participant.id,
    name: participant.name,
    role: principal.role,
    company: principal.role === 'member' ? principal.company : null,
  };
}
