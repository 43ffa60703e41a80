// The `ledger` channel's document: an append-only list of facts the server recorded from
// authenticated commands (who revealed what, agreements, vote rounds and revealed totals).
// Only the server writes it, each entry hash-chained and signed (evidence/ledger-chain.ts);
// readers still check every entry. Two entry kinds are no facts and never count: the server's
// seal over entries written before signing, and events of an imported file it could not verify.
import { idRecord } from '../id-records.js';
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
import { parseChainFields, type ChainFields } from '../evidence/ledger-chain.js';
import { isWellFormed } from '../model/well-formed.js';
import { parseAgreedContent, type AgreedContent } from './agreement-content.js';
import { parseVoteRules, type VoteRules } from './vote-rules.js';
import { isSynergyText } from '../synergy/fields.js';
import { isActionId } from '../plan/plan-fields.js';
import { MAX_CHECK_IN_POINTS, parseCheckInPoint, type CheckInPoint } from '../plan/check-ins.js';

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

/** Chain fields: on every entry the server appended since it signs the ledger, on none before. */
type Chained = Partial<ChainFields>;

interface EventBase extends Chained {
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
  | (EventBase & { type: 'votes-revealed'; round: number; totals: Record<ShapeId, number>; voters: number })
  | (EventBase & {
      type: 'checked-in';
      /** The scheduled check-in it records, or null for one held unscheduled. */
      checkIn: string | null;
      title: string;
      points: CheckInPoint[];
    });

export type LedgerEventType = LedgerEvent['type'];

/** The server's seal over the `covers` entries before it, written before the ledger was signed. */
export interface SealEntry extends Chained {
  type: 'sealed';
  at: string;
  covers: number;
}

/**
 * An entry of an imported board file this server could not verify, kept whole under `event`
 * (as the file had it): the server attests only that the file contained it. Never a fact.
 */
export interface UnverifiedEntry extends Chained {
  type: 'unverified';
  at: string;
  /** Why the file's ledger could not be verified. */
  reason: string;
  event: Readonly<Record<string, unknown>>;
}

/** Anything the ledger holds: facts (events), seals and unverified entries. */
export type LedgerEntry = LedgerEvent | SealEntry | UnverifiedEntry;

export const MAX_UNVERIFIED_REASON = 500;

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

const isTime = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** One stored event (a fact), or null when malformed or not a fact (a seal, an unverified entry). */
export function parseLedgerEvent(value: unknown): LedgerEvent | null {
  if (!isRecord(value) || !isTime(value.at)) return null;
  const chain = parseChainFields(value);
  const by = parseActor(value.by);
  if (!by || !chain) return null;
  const base = { at: value.at, by, ...chain };
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
      const totals: Record<ShapeId, number> = idRecord();
      for (const [key, count] of Object.entries(value.totals)) {
        const card = asShapeId(key);
        if (!card || typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return null;
        totals[card] = count;
      }
      return { ...base, type: 'votes-revealed', round: value.round, totals, voters: value.voters };
    }
    case 'checked-in': {
      const { checkIn, title, points } = value;
      if ((checkIn !== null && !isActionId(checkIn)) || !isSynergyText(title)) return null;
      if (!Array.isArray(points) || points.length > MAX_CHECK_IN_POINTS) return null;
      const parsed = points.map((point) => parseCheckInPoint(point, asShapeId));
      if (!parsed.every((point): point is CheckInPoint => point !== null)) return null;
      return { ...base, type: 'checked-in', checkIn: checkIn as string | null, title, points: parsed };
    }
    default:
      return null;
  }
}

/** One stored entry of any kind, or null when malformed. */
export function parseLedgerEntry(value: unknown): LedgerEntry | null {
  if (!isRecord(value)) return null;
  if (value.type !== 'sealed' && value.type !== 'unverified') return parseLedgerEvent(value);
  const chain = parseChainFields(value);
  if (!chain || !isTime(value.at)) return null;
  if (value.type === 'sealed') {
    const covers = value.covers;
    if (typeof covers !== 'number' || !Number.isSafeInteger(covers) || covers < 1) return null;
    return { type: 'sealed', at: value.at, covers, ...chain };
  }
  const { reason, event } = value;
  if (typeof reason !== 'string' || reason.length > MAX_UNVERIFIED_REASON || !isWellFormed(reason))
    return null;
  if (!isRecord(event)) return null;
  return { type: 'unverified', at: value.at, reason, event, ...chain };
}

export interface LedgerRead {
  /** The facts, oldest first: what agreements, votes and reveals are folded from. */
  events: LedgerEvent[];
  /** Every well-formed entry in order, seals and unverified ones included, with chain fields. */
  entries: LedgerEntry[];
  /** Malformed entries (skipped). */
  skipped: number;
  /** Entries from an imported file this server could not verify (never counted). */
  unverified: number;
}

/** The ledger read entry by entry: malformed entries are skipped and counted. */
export function readLedger(doc: Y.Doc): LedgerRead {
  const events: LedgerEvent[] = [];
  const entries: LedgerEntry[] = [];
  let skipped = 0;
  let unverified = 0;
  for (const value of ledgerEvents(doc).toArray()) {
    const entry = parseLedgerEntry(value);
    if (!entry) skipped += 1;
    else {
      entries.push(entry);
      if (entry.type === 'unverified') unverified += 1;
      else if (entry.type !== 'sealed') events.push(entry);
    }
  }
  return { events, entries, skipped, unverified };
}

/**
 * Appends events without chain fields, as the ledger was written before it was signed (tests and
 * fixtures of such boards). The server appends through its signing append instead.
 */
export function appendLedgerEvents(doc: Y.Doc, events: readonly LedgerEvent[], origin: unknown): void {
  doc.transact(() => ledgerEvents(doc).push(events.map((event) => ({ ...event }))), origin);
}
