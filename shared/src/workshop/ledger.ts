// The `ledger` channel's document: an append-only list of facts the server recorded from
// authenticated commands (who revealed what, agreements, vote rounds and revealed totals).
// Only the server writes it; readers still check every entry.
import * as Y from 'yjs';
import {
  asCompanyKey,
  asParticipantId,
  asShapeId,
  type CompanyKey,
  type ParticipantId,
  type ShapeId,
} from '../ids.js';
import type { Role } from '../roles.js';
import { digestOf, isDigest } from '../evidence/digest.js';
import { parseAgreedContent, type AgreedContent } from './agreement-content.js';
import { parseVoteRules, type VoteRules } from './vote-rules.js';

/** Root `events`: a Y.Array of plain event objects, oldest first. */
export const LEDGER_ROOT = 'events';
export const ledgerEvents = (doc: Y.Doc): Y.Array<unknown> => doc.getArray<unknown>(LEDGER_ROOT);

/** Who did it, as their participant token says. */
export interface Actor {
  participant: ParticipantId;
  name: string;
  role: Role;
  company: CompanyKey | null;
}

interface EventBase {
  /** ISO time on the server. */
  at: string;
  by: Actor;
}

export type LedgerEvent =
  | (EventBase & { type: 'revealed'; company: CompanyKey; cards: ShapeId[] })
  | (EventBase & {
      type: 'agreed';
      company: CompanyKey;
      card: ShapeId;
      /**
       * What was agreed and its digest. Absent on agreements recorded before the ledger bound them
       * to content: those no longer count as agreed to the current content.
       */
      content?: AgreedContent;
      digest?: string;
    })
  | (EventBase & { type: 'withdrawn'; company: CompanyKey; card: ShapeId })
  | (EventBase & { type: 'vote-started'; round: number; rules: VoteRules })
  | (EventBase & { type: 'vote-ended'; round: number })
  | (EventBase & { type: 'votes-revealed'; round: number; totals: Record<ShapeId, number>; voters: number });

export type LedgerEventType = LedgerEvent['type'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType);
const isRound = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
const companyOf = (value: unknown): CompanyKey | null =>
  typeof value === 'string' ? asCompanyKey(value) : null;
const shapeOf = (value: unknown): ShapeId | null => (typeof value === 'string' ? asShapeId(value) : null);

function parseActor(value: unknown): Actor | null {
  if (!isRecord(value)) return null;
  const participant = typeof value.participant === 'string' ? asParticipantId(value.participant) : null;
  const role = value.role;
  if (!participant || typeof value.name !== 'string' || value.name.length > 80) return null;
  if (role !== 'facilitator' && role !== 'member' && role !== 'observer') return null;
  const company = value.company === null ? null : companyOf(value.company);
  if (role === 'member' && company === null) return null;
  return { participant, name: value.name, role, company };
}

/** One stored event, or null when malformed. */
export function parseLedgerEvent(value: unknown): LedgerEvent | null {
  if (!isRecord(value) || typeof value.at !== 'string' || Number.isNaN(Date.parse(value.at))) return null;
  const by = parseActor(value.by);
  if (!by) return null;
  const base = { at: value.at, by };
  switch (value.type) {
    case 'revealed': {
      const company = companyOf(value.company);
      if (!company || !Array.isArray(value.cards)) return null;
      const cards = value.cards.map(shapeOf);
      return cards.every((c): c is ShapeId => c !== null)
        ? { ...base, type: 'revealed', company, cards }
        : null;
    }
    case 'agreed': {
      const company = companyOf(value.company);
      const card = shapeOf(value.card);
      if (!company || !card) return null;
      if (value.content === undefined && value.digest === undefined)
        return { ...base, type: 'agreed', company, card };
      // The digest must be the content's own: an agreement cannot claim one content and show another.
      const content = parseAgreedContent(value.content);
      if (!content || !isDigest(value.digest) || digestOf(content) !== value.digest) return null;
      return { ...base, type: 'agreed', company, card, content, digest: value.digest };
    }
    case 'withdrawn': {
      const company = companyOf(value.company);
      const card = shapeOf(value.card);
      return company && card ? { ...base, type: 'withdrawn', company, card } : null;
    }
    case 'vote-started': {
      const rules = parseVoteRules(value.rules);
      return isRound(value.round) && rules
        ? { ...base, type: 'vote-started', round: value.round, rules }
        : null;
    }
    case 'vote-ended':
      return isRound(value.round) ? { ...base, type: 'vote-ended', round: value.round } : null;
    case 'votes-revealed': {
      if (!isRound(value.round) || !isRecord(value.totals)) return null;
      if (typeof value.voters !== 'number' || !Number.isSafeInteger(value.voters) || value.voters < 0)
        return null;
      const totals: Record<ShapeId, number> = {};
      for (const [key, count] of Object.entries(value.totals)) {
        const card = asShapeId(key);
        if (!card || typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return null;
        totals[card] = count;
      }
      return { ...base, type: 'votes-revealed', round: value.round, totals, voters: value.voters };
    }
    default:
      return null;
  }
}

/** Every well-formed event, oldest first; malformed entries are skipped and counted. */
export function readLedger(doc: Y.Doc): { events: LedgerEvent[]; skipped: number } {
  const events: LedgerEvent[] = [];
  let skipped = 0;
  for (const value of ledgerEvents(doc).toArray()) {
    const event = parseLedgerEvent(value);
    if (event) events.push(event);
    else skipped += 1;
  }
  return { events, skipped };
}

/** Appends events (the server only: clients cannot write the ledger). */
export function appendLedgerEvents(doc: Y.Doc, events: readonly LedgerEvent[], origin: unknown): void {
  doc.transact(() => ledgerEvents(doc).push(events.map((event) => ({ ...event }))), origin);
}
