// The seal a board file carries over its ledger (docs/SCHEMA.md, "The board file"): signed by
// this server, so that an import can tell a whole, unchanged ledger from one cut short or edited.
import {
  LEDGER_SEAL_TYPE,
  chainHead,
  companiesDigest,
  sealHash,
  type BoardId,
  type Company,
  type LedgerSeal,
} from '@kyoso/shared';
import type { LedgerSigner } from './signing-key.js';

export function sealExport(
  board: { id: BoardId; companies: readonly Company[] },
  entries: readonly unknown[],
  sealedAt: string,
  signer: LedgerSigner,
): LedgerSeal {
  const unsigned: Omit<LedgerSeal, 'sig'> = {
    type: LEDGER_SEAL_TYPE,
    alg: signer.alg,
    board: board.id,
    entries: entries.length,
    head: chainHead(entries),
    companies: companiesDigest(board.companies),
    sealedAt,
    publicKey: signer.publicKey,
  };
  return { ...unsigned, sig: signer.sign(sealHash(unsigned)) };
}
