// Signed board tokens (JWT, HS256). A token names the board, the role (and a member's company),
// the board's token generation (rotating links bumps it) and may expire. A participant token is a
// link token that also names one person (`pid`, `name`): the ledger says who did what from it.
import { SignJWT, jwtVerify } from 'jose';
import {
  asBoardId,
  asCompanyKey,
  asParticipantId,
  type BoardId,
  type ParticipantId,
  type Principal,
} from '@kyoso/shared';

/** The person a participant token speaks for. */
export interface ParticipantClaim {
  id: ParticipantId;
  name: string;
}

export interface TokenClaims {
  principal: Principal;
  generation: number;
  /** Null for a link token: it names a role, not a person. */
  participant: ParticipantClaim | null;
}

export interface Auth {
  sign(principal: Principal, generation: number, expiresInSeconds?: number): Promise<string>;
  /** A link token's claims plus the participant's id and name. */
  signParticipant(principal: Principal, generation: number, participant: ParticipantClaim): Promise<string>;
  /** The verified claims, or null for a token that is malformed, forged or expired. */
  verify(token: string): Promise<TokenClaims | null>;
}

const MAX_TOKEN_LENGTH = 2048;
/** UTF-16 units, as the ledger's reader counts them (shared/src/workshop/ledger.ts). */
export const MAX_PARTICIPANT_NAME = 80;

export function createTokenAuth(secret: string): Auth {
  const key = new TextEncoder().encode(secret);

  function jwt(principal: Principal, generation: number, extra: Record<string, unknown> = {}): SignJWT {
    const claims: Record<string, unknown> = {
      board: principal.board,
      role: principal.role,
      gen: generation,
      ...extra,
    };
    if (principal.role === 'member') claims.company = principal.company;
    return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt();
  }

  return {
    async sign(principal, generation, expiresInSeconds) {
      const token = jwt(principal, generation);
      if (expiresInSeconds !== undefined) token.setExpirationTime(`${expiresInSeconds}s`);
      return token.sign(key);
    },
    async signParticipant(principal, generation, participant) {
      return jwt(principal, generation, { pid: participant.id, name: participant.name }).sign(key);
    },
    async verify(token) {
      if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
        return claimsFromPayload(payload);
      } catch {
        return null;
      }
    },
  };
}

function claimsFromPayload(payload: Record<string, unknown>): TokenClaims | null {
  const board = typeof payload.board === 'string' ? asBoardId(payload.board) : null;
  const generation = payload.gen;
  if (!board || typeof generation !== 'number' || !Number.isInteger(generation)) return null;
  const principal = principalFor(board, payload.role, payload.company);
  if (!principal) return null;
  if (payload.pid === undefined) return { principal, generation, participant: null };
  const participant = participantFor(payload.pid, payload.name);
  return participant ? { principal, generation, participant } : null;
}

function principalFor(board: BoardId, role: unknown, company: unknown): Principal | null {
  if (role === 'facilitator' || role === 'observer') return { board, role };
  if (role === 'member' && typeof company === 'string') {
    const key = asCompanyKey(company);
    return key ? { board, role, company: key } : null;
  }
  return null;
}

function participantFor(pid: unknown, name: unknown): ParticipantClaim | null {
  const id = typeof pid === 'string' ? asParticipantId(pid) : null;
  if (!id || typeof name !== 'string' || name.length === 0 || name.length > MAX_PARTICIPANT_NAME) return null;
  return { id, name };
}

/** `Authorization: Bearer <token>` → the token, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}
