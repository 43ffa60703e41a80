// Verifies a ledger's hash chain and signatures, entry by entry, as stored (plain values, before
// any reader interprets them). The signature check is injected: the server passes its own key.
import {
  GENESIS_HASH,
  chainHead,
  entryHash,
  hasChainFields,
  legacyDigest,
  parseChainFields,
  type SignatureVerifier,
} from './ledger-chain.js';

export interface ChainBreak {
  /** Position of the first entry that does not hold. */
  index: number;
  reason: string;
}

export interface ChainReport {
  /** Every entry is linked, hashed and signed as it should be (legacy entries under a seal). */
  intact: boolean;
  entries: number;
  /** Entries whose own hash and signature verify (wherever the chain breaks). */
  signed: number;
  /** Entries of type `unverified`: kept from an imported file, never counted. */
  unverified: number;
  /** The first break, or null. */
  brokenAt: ChainBreak | null;
  /** What the next entry links to: the last entry's hash (GENESIS_HASH when empty). */
  head: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The hash an entry should carry, or null when it is no JSON at all. */
function hashOf(entry: Record<string, unknown>): string | null {
  try {
    return entryHash(entry);
  } catch {
    return null;
  }
}

function describeSeq(seq: number, index: number): string {
  return seq < index
    ? `seq ${seq} at position ${index}: two entries claim position ${seq} (appended at once, a fork) or entries were reordered`
    : `seq ${seq} at position ${index}: entries before it are missing`;
}

/**
 * Checks every link, hash and signature. Entries without chain fields are accepted only as the
 * first entries (written before the ledger was signed), and only when the entry right after them
 * is the server's `sealed` entry covering exactly them.
 */
export function verifyLedgerChain(entries: readonly unknown[], verify: SignatureVerifier): ChainReport {
  let brokenAt: ChainBreak | null = null;
  const breakAt = (index: number, reason: string) => {
    brokenAt ??= { index, reason };
  };
  let signed = 0;
  let unverified = 0;
  let legacy = 0;
  let chained = false;
  let expectedPrev = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    if (!isRecord(entry)) {
      breakAt(index, 'not a ledger entry');
      continue;
    }
    if (entry.type === 'unverified') unverified += 1;
    if (!hasChainFields(entry)) {
      if (chained) breakAt(index, 'an unsigned entry after signed ones');
      else legacy += 1;
      continue;
    }
    const chain = parseChainFields(entry);
    if (!chain || !('seq' in chain)) {
      breakAt(index, 'malformed chain fields');
      continue;
    }
    if (!chained && legacy > 0) {
      if (entry.type !== 'sealed' || entry.covers !== legacy)
        breakAt(index, `the ${legacy} unsigned entries before it are not sealed`);
      try {
        expectedPrev = legacyDigest(entries.slice(0, legacy));
      } catch {
        breakAt(0, 'an unsigned entry is not JSON');
      }
    }
    chained = true;
    const hash = hashOf(entry);
    const own = hash === chain.hash && verify(chain.hash, chain.sig);
    if (own) signed += 1;
    if (chain.seq !== index) breakAt(index, describeSeq(chain.seq, index));
    else if (chain.prev !== expectedPrev) breakAt(index, 'does not link to the entry before it (prev)');
    else if (hash !== chain.hash) breakAt(index, 'its content does not match its hash');
    else if (!own) breakAt(index, 'its signature does not verify with this server’s key');
    expectedPrev = chain.hash;
  }
  if (!chained && legacy > 0) breakAt(0, `${legacy} unsigned entries, not sealed by the server`);
  return {
    intact: brokenAt === null,
    entries: entries.length,
    signed,
    unverified,
    brokenAt,
    head: chainHead(entries),
  };
}
