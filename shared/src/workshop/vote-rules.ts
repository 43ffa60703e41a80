// The rules of a dot-vote round, set by the facilitator when it starts.
import { asShapeId, type ShapeId } from '../ids.js';
import { CARD_KINDS, isCardKind, type CardKind } from '../model/shapes/fields.js';

/** Every card, the cards in one frame, or the cards of one or more kinds (in `CARD_KINDS` order). */
export type VoteScope =
  { kind: 'all' } | { kind: 'frame'; frame: ShapeId } | { kind: 'kind'; cardKinds: readonly CardKind[] };

export interface VoteRules {
  scope: VoteScope;
  /** Dots each person has. */
  votesPerPerson: number;
  /** Whether one card can take several of one person's dots. */
  allowMultiple: boolean;
}

export const MAX_VOTES_PER_PERSON = 50;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseVoteScope(value: unknown): VoteScope | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'all') return { kind: 'all' };
  if (value.kind === 'frame' && typeof value.frame === 'string') {
    const frame = asShapeId(value.frame);
    return frame ? { kind: 'frame', frame } : null;
  }
  if (value.kind === 'kind') {
    const cardKinds = parseCardKinds(value);
    return cardKinds ? { kind: 'kind', cardKinds } : null;
  }
  return null;
}

/**
 * `cardKinds` (one or more known kinds), or `cardKind` (one), the form rounds were stored in
 * before a round could cover several kinds. Repeats collapse; the order is `CARD_KINDS`'.
 */
function parseCardKinds(value: Record<string, unknown>): readonly CardKind[] | null {
  const given = Array.isArray(value.cardKinds) ? (value.cardKinds as unknown[]) : [value.cardKind];
  if (given.length === 0 || given.length > CARD_KINDS.length * 2 || !given.every(isCardKind)) return null;
  return CARD_KINDS.filter((kind) => given.includes(kind));
}

/** Rules from untrusted input (an API body or a stored event), or null. */
export function parseVoteRules(value: unknown): VoteRules | null {
  if (!isRecord(value)) return null;
  const scope = parseVoteScope(value.scope);
  const { votesPerPerson, allowMultiple } = value;
  if (!scope || typeof allowMultiple !== 'boolean') return null;
  if (typeof votesPerPerson !== 'number' || !Number.isSafeInteger(votesPerPerson)) return null;
  if (votesPerPerson < 1 || votesPerPerson > MAX_VOTES_PER_PERSON) return null;
  return { scope, votesPerPerson, allowMultiple };
}

export const VOTE_RULES_HELP =
  `rules must be {"scope": {"kind": "all"} | {"kind": "frame", "frame": "<shape id>"} | ` +
  `{"kind": "kind", "cardKinds": ["${CARD_KINDS.join('|')}", ...]}, "votesPerPerson": 1..${MAX_VOTES_PER_PERSON}, ` +
  `"allowMultiple": true|false}`;
