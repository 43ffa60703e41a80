// The operator's token (KYOSO_ADMIN_TOKEN): creating boards where it is set, deleting any board.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { bearerToken } from '../auth/tokens.js';

/** Whether the request carries the admin token as its bearer; false when none is configured. */
export function holdsAdminToken(req: IncomingMessage, adminToken: string | undefined | null): boolean {
  if (!adminToken) return false;
  const given = Buffer.from(bearerToken(req.headers.authorization) ?? '');
  const expected = Buffer.from(adminToken);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
