// Reading a board link: the route `/b/<boardId>`, the token in the fragment `#token=...` and the
// claims in the token's payload. Pure (no DOM): the client only *reads* the claims to show who
// the link is for; the server verifies the signature and is the only authority on access.
import type { Role } from '@kyoso/shared';

export interface TokenClaims {
  board: string;
  role: Role;
  /** The member's company key; only for `role: 'member'`. */
  company?: string;
  /** Expiry, seconds since the epoch (JWT `exp`), when the token has one. */
  exp?: number;
}

/** Decodes base64url (padding optional) into bytes; null when the text is not base64url. */
export function decodeBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return null;
  const unpadded = text.replace(/=+$/, '');
  if (unpadded.length % 4 === 1) return null;
  const base64 = unpadded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (unpadded.length % 4)) % 4);
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

const isRole = (value: unknown): value is Role =>
  value === 'facilitator' || value === 'member' || value === 'observer';

/**
 * The claims of a JWT (`header.payload.signature`) without verifying it, or null when the token
 * is malformed or lacks what a Kyoso board token must name (`board`, a known `role`, and
 * `company` for a member).
 */
export function decodeTokenPayload(token: string): TokenClaims | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  const bytes = decodeBase64Url(parts[1]);
  if (!bytes) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const { board, role, company, exp } = payload as Record<string, unknown>;
  if (typeof board !== 'string' || !board || !isRole(role)) return null;
  const claims: TokenClaims = { board, role };
  if (role === 'member') {
    if (typeof company !== 'string' || !company) return null;
    claims.company = company;
  }
  if (typeof exp === 'number' && Number.isFinite(exp)) claims.exp = exp;
  return claims;
}

export function isExpired(claims: TokenClaims, nowMs: number): boolean {
  return claims.exp !== undefined && claims.exp * 1000 <= nowMs;
}

/** The `token` parameter of a URL fragment (`#token=...`), or null. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token');
  return token ? token : null;
}
