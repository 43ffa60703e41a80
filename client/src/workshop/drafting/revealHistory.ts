// The company's reveals, from the ledger (the server recorded who revealed which cards, and when).
import type { CompanyKey, LedgerEvent, ShapeId } from '@kyoso/shared';

export interface RevealRecord {
  at: string;
  name: string;
  cards: readonly ShapeId[];
}

/** Newest first, at most `limit`. */
export function revealHistory(
  events: readonly LedgerEvent[],
  company: CompanyKey,
  limit = 20,
): RevealRecord[] {
  const out: RevealRecord[] = [];
  for (let i = events.length - 1; i >= 0 && out.length < limit; i--) {
    const event = events[i];
    if (event?.type === 'revealed' && event.company === company)
      out.push({ at: event.at, name: event.by.name, cards: event.cards });
  }
  return out;
}
