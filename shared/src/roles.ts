import type { BoardId, CompanyKey } from './ids.js';

export type Role = 'facilitator' | 'member' | 'observer';
export const ROLES: readonly Role[] = ['facilitator', 'member', 'observer'];

/** Who a connection or request is, as the server has verified it from a signed token. */
export type Principal =
  | { board: BoardId; role: 'facilitator' }
  | { board: BoardId; role: 'member'; company: CompanyKey }
  | { board: BoardId; role: 'observer' };
