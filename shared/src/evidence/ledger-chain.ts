// The ledger's hash chain. Every entry the server appends carries its position (`seq`), the hash
// of the entry before it (`prev`), its own hash (SHA-256 of its canonical JSON without `hash` and
// `sig`) and the server's Ed25519 signature of that hash (`sig`). Changing, removing, inserting or
// reordering an entry breaks a link; only the server's key can make a new one.
import { canonicalJson, digestOf, isDigest, sha256Hex } from './digest.js';
import { isSignature } from './base64url.js';

/** The `prev` of the first entry: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  /** 0-based position in the ledger. */
  seq: number;
  /** The previous entry's `hash`; GENESIS_HASH for the first (see `legacyDigest` for a seal). */
  prev: string;
  /** SHA-256 (hex) of the entry's canonical JSON without `hash` and `sig`. */
  hash: string;
  /** The server's Ed25519 signature of the hash's 32 bytes, base64url. */
  sig: string;
}

export const CHAIN_KEYS = ['seq', 'prev', 'hash', 'sig'] as const;

/** Checks a signature of a hash with one public key (injected: shared has no crypto of its own). */
export type SignatureVerifier = (hash: string, sig: string) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a stored value carries any chain field (a legacy entry carries none). */
export const hasChainFields = (value: unknown): boolean =>
  isRecord(value) && CHAIN_KEYS.some((key) => value[key] !== undefined);

/**
 * The chain fields of an entry: `{}` when it has none (written before the ledger was signed),
 * null when they are partial or malformed.
 */
export function parseChainFields(value: Record<string, unknown>): ChainFields | Record<string, never> | null {
  if (!hasChainFields(value)) return {};
  const { seq, prev, hash, sig } = value;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
  if (!isDigest(prev) || !isDigest(hash) || !isSignature(sig)) return null;
  return { seq, prev, hash, sig };
}

/** The hash an entry must carry: SHA-256 of its canonical JSON without `hash` and `sig`. */
export function entryHash(entry: Readonly<Record<string, unknown>>): string {
  const { hash: _hash, sig: _sig, ...rest } = entry;
  return sha256Hex(canonicalJson(rest));
}

/**
 * What the seal of a legacy ledger (entries written before signing) links to as its `prev`: the
 * digest of those entries as one JSON array, so the seal commits to every one of them.
 */
export const legacyDigest = (entries: readonly unknown[]): string => digestOf(entries);

/**
 * The hash the next entry links to: GENESIS_HASH for an empty ledger, the last entry's hash, or
 * for a ledger of legacy entries only, their digest (what a seal of them links to).
 */
export function chainHead(entries: readonly unknown[]): string {
  const last = entries.at(-1);
  if (last === undefined) return GENESIS_HASH;
  if (isRecord(last) && isDigest(last.hash)) return last.hash;
  try {
    if (!entries.some(hasChainFields)) return legacyDigest(entries);
    // An unsigned entry after signed ones is a break that verification reports; link past it.
    return isRecord(last) ? entryHash(last) : digestOf(last);
  } catch {
    // Not JSON at all (only a store edited by hand holds such a thing): verification says so.
    return GENESIS_HASH;
  }
}

/** `entry` with `seq`, `prev` and `hash` set, ready to be signed (as plain JSON). */
export function linkEntry<T extends object>(
  entry: T,
  seq: number,
  prev: string,
): T & Omit<ChainFields, 'sig'> {
  // Through JSON: exactly what a reader of the stored entry or of an export will hash.
  const plain = JSON.parse(canonicalJson({ ...entry, seq, prev })) as T & Omit<ChainFields, 'sig'>;
  delete (plain as Partial<ChainFields>).hash;
  delete (plain as Partial<ChainFields>).sig;
  return { ...plain, hash: entryHash(plain as Record<string, unknown>) };
}
