// The dot-vote rounds as the ledger tells them: the latest round and its state, and the totals
// once revealed. Ballots themselves are never in any shared document before the reveal.
import type { ShapeId } from '../ids.js';
import type { LedgerEvent } from './ledger.js';
import type { VoteRules } from './vote-rules.js';

export type VoteStatus = 'open' | 'ended' | 'revealed';

export interface VoteRound {
  round: number;
  rules: VoteRules;
  status: VoteStatus;
  startedAt: string;
  /** When it closed (ended, or revealed while open); null while open. */
  endedAt: string | null;
  /** Present once revealed. */
  totals: Readonly<Record<ShapeId, number>> | null;
  voters: number | null;
}

/** The latest vote round, or null when none was ever started. */
export function latestVoteRound(events: readonly LedgerEvent[]): VoteRound | null {
  let latest: VoteRound | null = null;
  for (const event of events) {
    if (event.type === 'vote-started') {
      if (latest && event.round <= latest.round) continue;
      latest = {
        round: event.round,
        rules: event.rules,
        status: 'open',
        startedAt: event.at,
        endedAt: null,
        totals: null,
        voters: null,
      };
      continue;
    }
    const current: VoteRound | null = latest;
    if (!current || !('round' in event) || event.round !== current.round) continue;
    if (event.type === 'vote-ended' && current.status === 'open')
      latest = { ...current, status: 'ended', endedAt: event.at };
    if (event.type === 'votes-revealed')
      latest = {
        ...current,
        status: 'revealed',
        endedAt: current.endedAt ?? event.at,
        totals: event.totals,
        voters: event.voters,
      };
  }
  return latest;
}

/** Card ids ordered by revealed votes, most first (ties keep their first-seen order). */
export function rankByVotes(totals: Readonly<Record<ShapeId, number>>): { card: ShapeId; votes: number }[] {
  return Object.entries(totals)
    .map(([card, votes]) => ({ card: card as ShapeId, votes }))
    .filter((entry) => entry.votes > 0)
    .sort((a, b) => b.votes - a.votes);
}
