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

/** Root `reactions`: card id -> Y.Map of `<stamp>:<participant id>` -> {name, company, at}. */
export const REACTIONS_ROOT = 'reactions';
export const reactionsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(REACTIONS_ROOT);

export interface Reactor {
  participant: ParticipantId;
  name: string;
  company: CompanyKey | null;
}

export interface ReactionCount {
  stamp: ReactionStamp;
  /** Who gave it, earliest first. */
  people: Reactor[];
}

/** A card's reactions: the stamps someone gave, in REACTION_STAMPS order. */
export type CardReactions = readonly ReactionCount[];

const keyOf = (stamp: ReactionStamp, participant: ParticipantId): string => `${stamp}:${participant}`;

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

/** Every card's reactions; malformed entries are left out (never throws). */
export function readReactions(doc: Y.Doc): ReadonlyMap<ShapeId, CardReactions> {
  const out = new Map<ShapeId, CardReactions>();
  reactionsMap(doc).forEach((value, cardKey) => {
    const card = asShapeId(cardKey);
    if (!card || !(value instanceof Y.Map)) return;
    const byStamp = new Map<ReactionStamp, (Reactor & { at: number })[]>();
    (value as Y.Map<unknown>).forEach((entry, key) => {
      const [stamp, raw] = key.split(':');
      const participant = raw === undefined ? null : asParticipantId(raw);
      const stored = readStored(entry);
      if (!isReactionStamp(stamp) || !participant || !stored) return;
      const list = byStamp.get(stamp) ?? [];
      list.push({
        participant,
        name: stored.name,
        company: stored.company,
        at: stored.at,
      });
      byStamp.set(stamp, list);
    });
    const counts: ReactionCount[] = [];
    for (const stamp of REACTION_STAMPS) {
      const people = byStamp.get(stamp);
      if (!people) continue;
      people.sort((a, b) => a.at - b.at || (a.participant < b.participant ? -1 : 1));
      counts.push({
        stamp,
        people: people.map(({ participant, name, company }) => ({ participant, name, company })),
      });
    }
    if (counts.length > 0) out.set(card, counts);
  });
  return out;
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
