// Who is calling: the bearer token, verified, for the board in the path, of the board's current
// link generation, and let in: a participant the facilitator removed gets 401 everywhere, one
// still waiting to be let in (or a link other than the facilitator's, on a board that requires
// admission) only joins and asks whether it is in yet. Every board endpoint starts here.
import type { IncomingMessage } from 'node:http';
import {
  asBoardId,
  type Actor,
  type BoardId,
  type CompanyKey,
  type ParticipantId,
  type Principal,
  type Role,
  type RosterEntry,
} from '@kyoso/shared';
import { bearerToken, type Auth, type ParticipantClaim } from '../auth/tokens.js';
import type { BoardRecord, Storage } from '../storage/storage.js';
import { standingOf, type Standing } from '../workshop/roster.js';
import { HttpError } from './http-error.js';

export interface Caller {
  board: BoardRecord;
  principal: Principal;
  /** Null for a link token. */
  participant: ParticipantClaim | null;
  /** `waiting` only where `joining` let it through. */
  standing: Standing;
}

export interface AuthorizeOptions {
  /** Joining and asking whether one is in yet: callers still waiting to be let in pass. */
  joining?: boolean;
}

export type Authorize = (
  req: IncomingMessage,
  rawBoardId: string,
  options?: AuthorizeOptions,
) => Promise<Caller>;

/** A participant's roster entry (the roster room stays loaded while used). */
export type RosterLookup = (board: BoardId, participant: ParticipantId) => Promise<RosterEntry | null>;

export const removedError = () =>
  new HttpError(401, 'the facilitator removed you from this board', 'removed');

function waitingError(board: BoardRecord, participant: ParticipantClaim | null): HttpError {
  return participant
    ? new HttpError(403, 'you are waiting for the facilitator to let you in', 'waiting')
    : new HttpError(
        403,
        'this board lets people in one by one: join with POST ' +
          `/api/boards/${board.id}/participants and wait for the facilitator to let you in`,
        'admission-required',
      );
}

export function createAuthorize(auth: Auth, storage: Storage, roster: RosterLookup): Authorize {
  return async (req, rawBoardId, options = {}) => {
    const claims = await auth.verify(bearerToken(req.headers.authorization) ?? '');
    if (!claims) throw new HttpError(401, 'a valid board token is needed as "Authorization: Bearer <token>"');
    const id = asBoardId(rawBoardId);
    const board = id ? await storage.getBoard(id) : null;
    if (!board || claims.principal.board !== board.id)
      throw new HttpError(403, 'this token is not for that board');
    if (claims.generation !== board.tokenGeneration)
      throw new HttpError(401, 'this link has been replaced; ask the facilitator for the new one');
    const { principal, participant } = claims;
    const entry = participant ? await roster(board.id, participant.id) : null;
    const standing = standingOf(board.admission ?? false, principal, participant?.id ?? null, entry);
    if (standing === 'removed') throw removedError();
    if (standing === 'waiting' && !options.joining) throw waitingError(board, participant);
    return { board, principal, participant, standing };
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
