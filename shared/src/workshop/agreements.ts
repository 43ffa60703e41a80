// Agreement on cards, folded from the ledger: each company's latest agree/withdraw per card.
// A card counts as agreed only when every company on the board has agreed it.
import type { Company } from '../companies.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import type { LedgerEvent } from './ledger.js';

export interface AgreementMark {
  name: string;
  at: string;
}

/** card -> company -> who agreed for it and when (withdrawn agreements are gone). */
export type Agreements = ReadonlyMap<ShapeId, ReadonlyMap<CompanyKey, AgreementMark>>;

export function foldAgreements(events: readonly LedgerEvent[]): Agreements {
  const out = new Map<ShapeId, Map<CompanyKey, AgreementMark>>();
  for (const event of events) {
    if (event.type !== 'agreed' && event.type !== 'withdrawn') continue;
    let marks = out.get(event.card);
    if (!marks) out.set(event.card, (marks = new Map()));
    if (event.type === 'agreed') marks.set(event.company, { name: event.by.name, at: event.at });
    else marks.delete(event.company);
  }
  for (const [card, marks] of out) if (marks.size === 0) out.delete(card);
  return out;
}

export interface AgreementStatus {
  agreedBy: CompanyKey[];
  waitingFor: CompanyKey[];
  /** Every company on the board has agreed. */
  agreed: boolean;
}

export function agreementStatus(
  agreements: Agreements,
  card: ShapeId,
  companies: readonly Company[],
): AgreementStatus {
  const marks = agreements.get(card);
  const agreedBy = companies.filter((c) => marks?.has(c.key)).map((c) => c.key);
  const waitingFor = companies.filter((c) => !marks?.has(c.key)).map((c) => c.key);
  return { agreedBy, waitingFor, agreed: companies.length > 0 && waitingFor.length === 0 };
}
