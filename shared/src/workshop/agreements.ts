// Agreement on cards, folded from the ledger: each company's latest agree/withdraw per card. An
// agreement is to the content recorded with it (its digest): a card counts as agreed only when
// every company on the board has agreed to the content the card has now.
import type { Company } from '../companies.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import type { AgreedContent } from './agreement-content.js';
import type { LedgerEvent } from './ledger.js';

export interface AgreementMark {
  name: string;
  at: string;
  /** The digest of what was agreed; null for an agreement recorded before content was. */
  digest: string | null;
  content: AgreedContent | null;
}

/** card -> company -> who agreed for it, when, and to what (withdrawn agreements are gone). */
export type Agreements = ReadonlyMap<ShapeId, ReadonlyMap<CompanyKey, AgreementMark>>;

export function foldAgreements(events: readonly LedgerEvent[]): Agreements {
  const out = new Map<ShapeId, Map<CompanyKey, AgreementMark>>();
  for (const event of events) {
    if (event.type !== 'agreed' && event.type !== 'withdrawn') continue;
    let marks = out.get(event.card);
    if (!marks) out.set(event.card, (marks = new Map()));
    if (event.type === 'agreed')
      marks.set(event.company, {
        name: event.by.name,
        at: event.at,
        digest: event.digest ?? null,
        content: event.content ?? null,
      });
    else marks.delete(event.company);
  }
  for (const [card, marks] of out) if (marks.size === 0) out.delete(card);
  return out;
}

export interface AgreementStatus {
  /** Companies that agreed to the card's current content. */
  agreedBy: CompanyKey[];
  /** Companies whose agreement is to earlier content ("changed since agreed"). */
  changedSince: CompanyKey[];
  /** Companies whose agreement to the current content is missing (changedSince included). */
  waitingFor: CompanyKey[];
  /** Every company on the board agreed to the current content. */
  agreed: boolean;
}

/**
 * Where agreement on `card` stands, given the digest of its current content (null when the card
 * is not on the board, so that nothing counts as agreed).
 */
export function agreementStatus(
  agreements: Agreements,
  card: ShapeId,
  companies: readonly Company[],
  currentDigest: string | null,
): AgreementStatus {
  const marks = agreements.get(card);
  const current = (key: CompanyKey) => {
    const mark = marks?.get(key);
    return mark !== undefined && currentDigest !== null && mark.digest === currentDigest;
  };
  const agreedBy = companies.filter((c) => current(c.key)).map((c) => c.key);
  const changedSince = companies.filter((c) => marks?.has(c.key) && !current(c.key)).map((c) => c.key);
  const waitingFor = companies.filter((c) => !current(c.key)).map((c) => c.key);
  return { agreedBy, changedSince, waitingFor, agreed: companies.length > 0 && waitingFor.length === 0 };
}
