// Whether the ledger of a board file is this server's own record, unchanged: the seal was made
// with this server's key and covers exactly the file's entries and companies, and every entry is
// linked, hashed and signed by the same key. Anything less and the entries are only what a file
// claimed (docs/SCHEMA.md, "The board file").
import type { Company } from '../companies.js';
import type { SignatureVerifier } from './ledger-chain.js';
import { companiesDigest, sealHash, type LedgerSeal } from './ledger-seal.js';
import { verifyLedgerChain } from './verify-ledger.js';

export type FileLedgerVerdict = { verified: true } | { verified: false; reason: string };

export interface FileLedger {
  ledger: readonly unknown[];
  ledgerSeal: LedgerSeal | null;
  board: { companies: readonly Pick<Company, 'key' | 'name'>[] };
}

export interface VerifyingKey {
  /** The verifying server's public key, base64url. */
  publicKey: string;
  verify: SignatureVerifier;
}

export function verifyFileLedger(file: FileLedger, key: VerifyingKey): FileLedgerVerdict {
  const { ledger, ledgerSeal: seal } = file;
  const refuse = (reason: string): FileLedgerVerdict => ({ verified: false, reason });
  if (ledger.length === 0) return { verified: true };
  if (!seal) return refuse('the file carries no seal of its ledger');
  if (seal.publicKey !== key.publicKey) return refuse('the ledger was sealed by another server');
  if (!key.verify(sealHash(seal), seal.sig)) return refuse('the seal’s signature does not verify');
  if (seal.entries !== ledger.length)
    return refuse(`the seal covers ${seal.entries} entries, the file holds ${ledger.length}`);
  const chain = verifyLedgerChain(ledger, key.verify);
  if (chain.brokenAt) return refuse(`entry ${chain.brokenAt.index}: ${chain.brokenAt.reason}`);
  if (chain.head !== seal.head) return refuse('the last entry is not the one the seal covers');
  if (companiesDigest(file.board.companies) !== seal.companies)
    return refuse('the companies differ from those the ledger was sealed with');
  return { verified: true };
}
