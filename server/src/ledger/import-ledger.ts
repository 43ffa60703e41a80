// The ledger of an imported board. When the file's ledger is this server's own record, unchanged
// (`verifyFileLedger`: this key's seal, whole chain), its entries are kept verbatim and the new
// board's chain continues from them. Otherwise every entry becomes an `unverified` entry of a new
// chain this server signs: it attests only that the file contained it, and none of them counts as
// an agreement, a withdrawal or a vote.
import * as Y from 'yjs';
import {
  MAX_UNVERIFIED_REASON,
  ledgerEvents,
  verifyFileLedger,
  type BoardFile,
  type LedgerEntry,
  type UnverifiedEntry,
} from '@kyoso/shared';
import { appendToLedger } from './append.js';
import type { LedgerSigner } from './signing-key.js';

export interface ImportedLedger {
  /** The ledger room's first state, or null when the file's ledger is empty. */
  state: Uint8Array | null;
  verified: boolean;
  /** Why it could not be verified; null when it was. */
  reason: string | null;
}

/** The file's entry as an unverified one: an entry already unverified keeps its event and reason. */
function unverified(entry: LedgerEntry, reason: string, at: string): UnverifiedEntry {
  if (entry.type === 'unverified')
    return { type: 'unverified', at, reason: entry.reason, event: entry.event };
  const event: Readonly<Record<string, unknown>> = { ...entry };
  return { type: 'unverified', at, reason: reason.slice(0, MAX_UNVERIFIED_REASON), event };
}

export function importedLedger(file: BoardFile, signer: LedgerSigner, now = new Date()): ImportedLedger {
  const verdict = verifyFileLedger(file, signer);
  if (file.ledger.length === 0) return { state: null, verified: true, reason: null };
  const doc = new Y.Doc();
  try {
    if (verdict.verified) {
      doc.transact(() => ledgerEvents(doc).push(file.ledger.map((entry) => ({ ...entry }))));
    } else {
      const at = now.toISOString();
      const entries = file.ledger.map((entry) => unverified(entry, verdict.reason, at));
      appendToLedger(doc, entries, signer, null);
    }
    return {
      state: Y.encodeStateAsUpdate(doc),
      verified: verdict.verified,
      reason: verdict.verified ? null : verdict.reason,
    };
  } finally {
    doc.destroy();
  }
}
