// The synergy points as the panel lists them: every synergy card with its fields, the cards it
// links (by side), its status with "agreed" derived from the ledger, who agreed and when, and its
// votes from the latest revealed round.
import type { Company } from '../companies.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import type { Shape } from '../model/shape.js';
import type { StickyShape } from '../model/shapes/sticky.js';
import { agreementStatus, foldAgreements, type AgreementStatus } from '../workshop/agreements.js';
import type { LedgerEvent } from '../workshop/ledger.js';
import { SYNERGY_DEFAULTS, type StoredSynergyStatus, type SynergyFields } from './fields.js';
import type { SynergySide } from './commands.js';

/** What a synergy point shows: its stored status, or 'agreed' once every company agreed. */
export type SynergyStatus = StoredSynergyStatus | 'agreed';
export const SYNERGY_STATUS_ORDER: readonly SynergyStatus[] = ['idea', 'candidate', 'agreed', 'parked'];

export interface LinkedCard {
  id: ShapeId;
  /** The connector joining it. */
  link: ShapeId;
  side: SynergySide;
  card: StickyShape;
}

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
  /** Who agreed for each company and when, in board company order. */
  agreedBy: AgreedMark[];
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
  const cards = new Map<ShapeId, StickyShape>();
  for (const shape of shapes) if (shape.type === 'sticky') cards.set(shape.id, shape);
  const links = new Map<ShapeId, LinkedCard[]>();
  const addLink = (synergy: ShapeId, link: LinkedCard): void => {
    const list = links.get(synergy) ?? [];
    if (!list.some((entry) => entry.id === link.id)) list.push(link);
    links.set(synergy, list);
  };
  for (const shape of shapes) {
    if (shape.type !== 'connector') continue;
    const from = cards.get(shape.from);
    const to = cards.get(shape.to);
    if (!from || !to) continue;
    if (to.kind === 'synergy' && from.kind !== 'synergy')
      addLink(to.id, { id: from.id, link: shape.id, side: 'from', card: from });
    else if (from.kind === 'synergy' && to.kind !== 'synergy')
      addLink(from.id, { id: to.id, link: shape.id, side: 'to', card: to });
  }
  const boardOrder = (keys: Iterable<CompanyKey>): CompanyKey[] => {
    const set = new Set(keys);
    return companies.filter((company) => set.has(company.key)).map((company) => company.key);
  };
  return shapes.filter(isSynergyCard).map((card): SynergyPoint => {
    const fields = card.synergy ?? SYNERGY_DEFAULTS;
    const agreement = agreementStatus(agreements, card.id, companies);
    const marks = agreements.get(card.id);
    const linked = links.get(card.id) ?? [];
    return {
      id: card.id,
      title: card.text,
      card,
      fields,
      status: agreement.agreed ? 'agreed' : fields.status,
      agreement,
      agreedBy: agreement.agreedBy.flatMap((company) => {
        const mark = marks?.get(company);
        return mark ? [{ company, name: mark.name, at: mark.at }] : [];
      }),
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
