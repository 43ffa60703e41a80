// The synergy points as the panel lists them: every synergy card with its fields, the cards it
// links (by side), its status with "agreed" derived from the ledger, who agreed and when, and its
// votes from the latest revealed round.
import { companyName, type Company } from '../companies.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import type { Shape } from '../model/shape.js';
import type { StickyShape } from '../model/shapes/sticky.js';
import {
  agreedChanges,
  agreedContentOf,
  agreementDigest,
  type AgreedChange,
} from '../workshop/agreement-content.js';
import { agreementStatus, foldAgreements, type AgreementStatus } from '../workshop/agreements.js';
import type { LedgerEvent } from '../workshop/ledger.js';
import { SYNERGY_DEFAULTS, type StoredSynergyStatus, type SynergyFields } from './fields.js';
import { synergyLinks, type LinkedCard } from './links.js';

/** What a synergy point shows: its stored status, or 'agreed' once every company agreed. */
export type SynergyStatus = StoredSynergyStatus | 'agreed';
export const SYNERGY_STATUS_ORDER: readonly SynergyStatus[] = ['idea', 'candidate', 'agreed', 'parked'];

export interface AgreedMark {
  company: CompanyKey;
  name: string;
  at: string;
}

export interface SynergyPoint {
  id: ShapeId;
  title: string;
  card: StickyShape;
  fields: SynergyFields;
  status: SynergyStatus;
  agreement: AgreementStatus;
  /** Who agreed to the current content for each company and when, in board company order. */
  agreedBy: AgreedMark[];
  /** Who agreed to earlier content: changed since they agreed (board company order). */
  changedSince: AgreedMark[];
  /**
   * What changed since the first of them agreed (before → after), for reports; empty when
   * nothing did or that agreement was recorded without its content.
   */
  changes: AgreedChange[];
  linked: LinkedCard[];
  /** Companies involved: of the linked cards, then of the owners, in board company order. */
  companies: CompanyKey[];
  /** Votes in the latest revealed round (0 when none or not voted on). */
  votes: number;
}

/** Totals of the latest `votes-revealed` event, or null when no round was revealed yet. */
export function latestRevealedTotals(
  events: readonly LedgerEvent[],
): Readonly<Record<ShapeId, number>> | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event?.type === 'votes-revealed') return event.totals;
  }
  return null;
}

export const isSynergyCard = (shape: Shape): shape is StickyShape =>
  shape.type === 'sticky' && shape.kind === 'synergy';

export function synergyPoints(
  shapes: readonly Shape[],
  events: readonly LedgerEvent[],
  companies: readonly Company[],
  totals: Readonly<Record<ShapeId, number>> | null = latestRevealedTotals(events),
): SynergyPoint[] {
  const agreements = foldAgreements(events);
  const links = synergyLinks(shapes);
  const boardOrder = (keys: Iterable<CompanyKey>): CompanyKey[] => {
    const set = new Set(keys);
    return companies.filter((company) => set.has(company.key)).map((company) => company.key);
  };
  return shapes.filter(isSynergyCard).map((card): SynergyPoint => {
    const fields = card.synergy ?? SYNERGY_DEFAULTS;
    const linked = links.get(card.id) ?? [];
    const content = agreedContentOf(card, linked);
    const agreement = agreementStatus(agreements, card.id, companies, agreementDigest(content));
    const marks = agreements.get(card.id);
    const agreedBefore = agreement.changedSince.map((key) => marks?.get(key)?.content).find(Boolean);
    const marksOf = (keys: readonly CompanyKey[]): AgreedMark[] =>
      keys.flatMap((company) => {
        const mark = marks?.get(company);
        return mark ? [{ company, name: mark.name, at: mark.at }] : [];
      });
    return {
      id: card.id,
      title: card.text,
      card,
      fields,
      status: agreement.agreed ? 'agreed' : fields.status,
      agreement,
      agreedBy: marksOf(agreement.agreedBy),
      changedSince: marksOf(agreement.changedSince),
      changes: agreedBefore ? agreedChanges(agreedBefore, content, (key) => companyName(companies, key)) : [],
      linked,
      companies: boardOrder([
        ...linked.flatMap((entry) => (entry.card.company ? [entry.card.company] : [])),
        ...(Object.keys(fields.owners) as CompanyKey[]),
        ...(card.company ? [card.company] : []),
      ]),
      votes: totals?.[card.id] ?? 0,
    };
  });
}
