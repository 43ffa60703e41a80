// The seal of an exported ledger: the server signs how many entries the file holds, the hash of
// the last one, the companies they name, the board and the time. The chain alone proves each
// entry follows the one before; the seal proves none were cut off the end, and that the names
// the entries are read against are the ones they were recorded under.
import type { Company } from '../companies.js';
import { asBoardId, type BoardId } from '../ids.js';
import { isPublicKey, isSignature } from './base64url.js';
import { digestOf, isDigest } from './digest.js';

export const LEDGER_SEAL_TYPE = 'ledger-seal';

export interface LedgerSeal {
  type: typeof LEDGER_SEAL_TYPE;
  alg: 'Ed25519';
  /** The board the ledger was exported from. */
  board: BoardId;
  /** How many entries the file's `ledger` holds. */
  entries: number;
  /** The last entry's hash (`chainHead`: 64 zeros for an empty ledger). */
  head: string;
  /** `companiesDigest` of the board's companies at the export. */
  companies: string;
  /** ISO time of the export. */
  sealedAt: string;
  /** The signer's raw Ed25519 public key, base64url (as `GET /api/ledger/key` gives it). */
  publicKey: string;
  /** Signature of `sealHash` (its 32 bytes), base64url. */
  sig: string;
}

/** The digest of the companies' keys and names, in board order (colours are cosmetic). */
export const companiesDigest = (companies: readonly Pick<Company, 'key' | 'name'>[]): string =>
  digestOf(companies.map(({ key, name }) => ({ key, name })));

/** What the seal's signature covers: the digest of every field but `sig`. */
export function sealHash(seal: Omit<LedgerSeal, 'sig'> & { sig?: string }): string {
  const { sig: _sig, ...signed } = seal;
  return digestOf(signed);
}

const SEAL_KEYS = [
  'type',
  'alg',
  'board',
  'entries',
  'head',
  'companies',
  'sealedAt',
  'publicKey',
  'sig',
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A seal as a file holds it, or the name of its first bad field (`''` for the whole value). */
export function parseLedgerSeal(value: unknown): LedgerSeal | { problem: string; field: string } {
  const bad = (field: string, problem: string) => ({ field, problem });
  if (!isRecord(value)) return bad('', 'expected an object');
  const unknown = Object.keys(value).find((key) => !(SEAL_KEYS as readonly string[]).includes(key));
  if (unknown !== undefined) return bad(unknown, 'unknown field');
  const { type, alg, board, entries, head, companies, sealedAt, publicKey, sig } = value;
  if (type !== LEDGER_SEAL_TYPE) return bad('type', `expected "${LEDGER_SEAL_TYPE}"`);
  if (alg !== 'Ed25519') return bad('alg', 'expected "Ed25519"');
  const boardId = typeof board === 'string' ? asBoardId(board) : null;
  if (!boardId) return bad('board', 'expected a board id');
  if (typeof entries !== 'number' || !Number.isSafeInteger(entries) || entries < 0)
    return bad('entries', 'expected a non-negative integer');
  if (!isDigest(head)) return bad('head', 'expected 64 hex digits');
  if (!isDigest(companies)) return bad('companies', 'expected 64 hex digits');
  if (typeof sealedAt !== 'string' || Number.isNaN(Date.parse(sealedAt)))
    return bad('sealedAt', 'expected an ISO date and time');
  if (!isPublicKey(publicKey)) return bad('publicKey', 'expected a 32-byte key in base64url');
  if (!isSignature(sig)) return bad('sig', 'expected a 64-byte signature in base64url');
  return {
    type,
    alg,
    board: boardId,
    entries,
    head,
    companies,
    sealedAt,
    publicKey,
    sig,
  };
}
