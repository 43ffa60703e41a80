// Signed board tokens (JWT, HS256). A token names the board, the role (and a member's company),
// the board's token generation (rotating links bumps it) and may expire.
import { SignJWT, jwtVerify } from 'jose';
import { asBoardId, asCompanyKey, type BoardId, type Principal } from '@kyoso/shared';

export interface TokenClaims {
  principal: Principal;
  generation: number;
}

export interface Auth {
  sign(principal: Principal, generation: number, expiresInSeconds?: number): Promise<string>;
  /** The verified claims, or null for a token that is malformed, forged or expired. */
  verify(token: string): Promise<TokenClaims | null>;
}

const MAX_TOKEN_LENGTH = 2048;

export function createTokenAuth(secret: string): Auth {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(principal, generation, expiresInSeconds) {
      const claims: Record<string, unknown> = {
        board: principal.board,
        role: principal.role,
        gen: generation,
      };
      if (principal.role === 'member') claims.company = principal.company;
      const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt();
      if (expiresInSeconds !== undefined) jwt.setExpirationTime(`${expiresInSeconds}s`);
      return jwt.sign(key);
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
  return principal ? { principal, generation } : null;
}

function principalFor(board: BoardId, role: unknown, company: unknown): Principal | null {
  if (role === 'facilitator' || role === 'observer') return { board, role };
  if (role === 'member' && typeof company === 'string') {
    const key = asCompanyKey(company);
    return key ? { board, role, company: key } : null;
  }
  return null;
}

/** `Authorization: Bearer <token>` → the token, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}
