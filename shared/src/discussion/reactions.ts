// Reactions on cards (docs/SCHEMA.md, "discussion"): a few stamps anyone taking part puts on a card
// (+1, heart, idea, question, agree, concern), one of each per person per card. They live in the
// server-written `discussion` channel: everyone reads them, only the server writes them, from the
// reacting person's participant token (`POST /api/boards/<id>/reactions`), so a name on a reaction
// is always the name of whoever gave it.
import * as Y from 'yjs';
import {
  asCompanyKey,
  asParticipantId,
  asShapeId,
  type CompanyKey,
  type ParticipantId,
  type ShapeId,
} from '../ids.js';
import type { Actor } from '../workshop/ledger.js';

export const REACTION_STAMPS = ['plusOne', 'heart', 'idea', 'question', 'agree', 'concern'] as const;
export type ReactionStamp = (typeof REACTION_STAMPS)[number];
export const isReactionStamp = (value: unknown): value is ReactionStamp =>
  REACTION_STAMPS.some((stamp) => stamp === value);

/** How each stamp is shown (the same on every screen; the names are in the locale files). */
export const REACTION_EMOJI: Readonly<Record<ReactionStamp, string>> = {
  plusOne: '👍',
  heart: '❤️',
  idea: '💡',
  question: '❓',
  agree: '🤝',
  concern: '⚠️',
};

/**
 * Root `reactions`: card id -> Y.Map of `<stamp>:<reactor>` -> {name, company, at}. The reactor is
 * the giver's participant id, or `file-<n>` for the n-th such stamp on the card copied from an
 * imported board file: never a participant id (those are [a-z0-9] only), so nobody of this board
 * can take it back or give it twice in its name.
 */
export const REACTIONS_ROOT = 'reactions';
export const reactionsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(REACTIONS_ROOT);

export interface Reactor {
  /** Null for a reaction copied from a board file (`file: true`). */
  participant: ParticipantId | null;
  name: string;
  company: CompanyKey | null;
  file?: true;
}

/** One stored reaction, as the board file carries them. */
export interface ReactionEntry extends Reactor {
  card: ShapeId;
  stamp: ReactionStamp;
  /** Server time, ms. */
  at: number;
}

export interface ReactionCount {
  stamp: ReactionStamp;
  /** Who gave it, earliest first. */
  people: Reactor[];
}

/** A card's reactions: the stamps someone gave, in REACTION_STAMPS order. */
export type CardReactions = readonly ReactionCount[];

const keyOf = (stamp: ReactionStamp, participant: ParticipantId): string => `${stamp}:${participant}`;
const FILE_REACTOR = /^file-[1-9][0-9]{0,5}$/;

interface Stored {
  name: string;
  company: CompanyKey | null;
  at: number;
}

function readStored(value: unknown): Stored | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { name, company, at } = value as Record<string, unknown>;
  if (typeof name !== 'string' || typeof at !== 'number' || !Number.isFinite(at)) return null;
  const key = company === null ? null : typeof company === 'string' ? asCompanyKey(company) : null;
  if (company !== null && key === null) return null;
  return { name: name.slice(0, 80), company: key, at };
}

/** Who gave a stored reaction, from its key's reactor part; null when malformed. */
function reactorOf(raw: string | undefined): Pick<Reactor, 'participant' | 'file'> | null {
  if (raw === undefined) return null;
  if (FILE_REACTOR.test(raw)) return { participant: null, file: true };
  const participant = asParticipantId(raw);
  return participant ? { participant } : null;
}

/** Every stored reaction, card by card in stored order; malformed entries are left out. */
export function readReactionEntries(doc: Y.Doc): ReactionEntry[] {
  const out: ReactionEntry[] = [];
  reactionsMap(doc).forEach((value, cardKey) => {
    const card = asShapeId(cardKey);
    if (!card || !(value instanceof Y.Map)) return;
    (value as Y.Map<unknown>).forEach((entry, key) => {
      const [stamp, raw, extra] = key.split(':');
      const reactor = extra === undefined ? reactorOf(raw) : null;
      const stored = readStored(entry);
      if (!isReactionStamp(stamp) || !reactor || !stored) return;
      out.push({ card, stamp, ...reactor, name: stored.name, company: stored.company, at: stored.at });
    });
  });
  return out;
}

const reactorKey = (entry: ReactionEntry): string => entry.participant ?? '';

/** Every card's reactions; malformed entries are left out (never throws). */
export function readReactions(doc: Y.Doc): ReadonlyMap<ShapeId, CardReactions> {
  const byCard = new Map<ShapeId, ReactionEntry[]>();
  for (const entry of readReactionEntries(doc)) {
    const list = byCard.get(entry.card) ?? [];
    list.push(entry);
    byCard.set(entry.card, list);
  }
  const out = new Map<ShapeId, CardReactions>();
  for (const [card, entries] of byCard) {
    entries.sort((a, b) => a.at - b.at || (reactorKey(a) < reactorKey(b) ? -1 : 1));
    const counts: ReactionCount[] = [];
    for (const stamp of REACTION_STAMPS) {
      const people = entries
        .filter((entry) => entry.stamp === stamp)
        .map(({ participant, name, company, file }): Reactor =>
          file ? { participant, name, company, file } : { participant, name, company },
        );
      if (people.length > 0) counts.push({ stamp, people });
    }
    out.set(card, counts);
  }
  return out;
}

/**
 * Writes reactions copied from a board file (an import's first state): each under `file-<n>`,
 * numbered per card and stamp, so every one counts and none belongs to anyone of this board.
 */
export function writeFileReactions(
  doc: Y.Doc,
  entries: readonly {
    card: ShapeId;
    stamp: ReactionStamp;
    name: string;
    company: CompanyKey | null;
    at: number;
  }[],
): void {
  // Counted here, not probed in the map: a file may hold tens of thousands on one card.
  const numbers = new Map<string, number>();
  doc.transact(() => {
    const root = reactionsMap(doc);
    for (const { card, stamp, name, company, at } of entries) {
      let map = root.get(card);
      if (!(map instanceof Y.Map)) {
        map = new Y.Map<unknown>();
        root.set(card, map);
      }
      const stored = map as Y.Map<unknown>;
      let n = (numbers.get(`${card}:${stamp}`) ?? 0) + 1;
      while (stored.has(`${stamp}:file-${n}`)) n += 1;
      numbers.set(`${card}:${stamp}`, n);
      stored.set(`${stamp}:file-${n}`, { name, company, at });
    }
  });
}

/** Whether `participant` gave `stamp` to `card`. */
export function hasReacted(
  doc: Y.Doc,
  card: ShapeId,
  stamp: ReactionStamp,
  participant: ParticipantId,
): boolean {
  const entries = reactionsMap(doc).get(card);
  return entries instanceof Y.Map && entries.has(keyOf(stamp, participant));
}

export interface ReactArgs {
  card: ShapeId;
  stamp: ReactionStamp;
  /** true gives the stamp, false takes it back. */
  on: boolean;
  by: Actor;
  /** Server time, ms. */
  at: number;
}

/** Gives or takes back one person's stamp on a card (the server's write; idempotent). */
export function writeReaction(doc: Y.Doc, args: ReactArgs): void {
  const { card, stamp, on, by, at } = args;
  const key = keyOf(stamp, by.participant);
  doc.transact(() => {
    const root = reactionsMap(doc);
    const stored = root.get(card);
    if (!on) {
      if (stored instanceof Y.Map) {
        stored.delete(key);
        if (stored.size === 0) root.delete(card);
      }
      return;
    }
    let entries = stored instanceof Y.Map ? (stored as Y.Map<unknown>) : null;
    if (!entries) {
      entries = new Y.Map<unknown>();
      root.set(card, entries);
    }
    if (!entries.has(key)) entries.set(key, { name: by.name, company: by.company, at });
  });
}
