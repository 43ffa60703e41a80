// The one way the server writes the ledger: every entry linked to the one before it (`seq`,
// `prev`, `hash`) and signed. It runs inside `Room.applyServerChange` (one synchronous
// transaction), so the last entry it links to is the document's own. Commands on one board run one
// at a time on a node; two nodes appending at once make a fork that verification reports.
import type * as Y from 'yjs';
import {
  chainHead,
  hasChainFields,
  ledgerEvents,
  linkEntry,
  type ChainFields,
  type LedgerEntry,
  type SealEntry,
} from '@kyoso/shared';
import type { LedgerSigner } from './signing-key.js';

/** `entry` at position `seq` after `prev`, hashed and signed. */
export function signedEntry<T extends LedgerEntry>(
  entry: T,
  seq: number,
  prev: string,
  signer: LedgerSigner,
): T & ChainFields {
  const linked = linkEntry(entry, seq, prev);
  return { ...linked, sig: signer.sign(linked.hash) };
}

/**
 * The server's seal over a ledger written before it was signed: it covers every entry and links
 * to their digest (`chainHead` of a legacy ledger). Null when there is nothing to seal.
 */
function legacySeal(
  values: readonly unknown[],
  signer: LedgerSigner,
  at: string,
): (SealEntry & ChainFields) | null {
  if (values.length === 0 || values.some(hasChainFields)) return null;
  const seal: SealEntry = { type: 'sealed', at, covers: values.length };
  return signedEntry(seal, values.length, chainHead(values), signer);
}

/** Seals a legacy ledger when its room loads; true when it wrote the seal. */
export function sealLegacyLedger(doc: Y.Doc, signer: LedgerSigner, now = new Date()): boolean {
  const seal = legacySeal(ledgerEvents(doc).toArray(), signer, now.toISOString());
  if (!seal) return false;
  doc.transact(() => ledgerEvents(doc).push([seal]), 'ledger-seal');
  return true;
}

/** Appends `entries` (without chain fields) to the ledger, linked and signed; answers them as stored. */
export function appendToLedger(
  doc: Y.Doc,
  entries: readonly LedgerEntry[],
  signer: LedgerSigner,
  origin: unknown,
): (LedgerEntry & ChainFields)[] {
  const stored: (LedgerEntry & ChainFields)[] = [];
  doc.transact(() => {
    const array = ledgerEvents(doc);
    const values = array.toArray();
    // A ledger written before signing that no load has sealed yet: seal it first.
    const seal = legacySeal(values, signer, new Date().toISOString());
    if (seal) array.push([seal]);
    let prev = seal ? seal.hash : chainHead(values);
    for (const entry of entries) {
      const signed = signedEntry(entry, array.length, prev, signer);
      array.push([signed]);
      stored.push(signed);
      prev = signed.hash;
    }
  }, origin);
  return stored;
}
