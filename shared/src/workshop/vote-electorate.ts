// Who could take part in a vote round: the "members" of "2 of 5 members have voted". The
// facilitator reads that number to judge whether to wait or close, so it counts the members who
// had the round in front of them: let in at any moment while it was open (someone let in after it
// closed never could vote in it; someone let in while it is open still can), plus everyone with
// dots in it (a member removed after voting still counts: their dots are in the totals). A
// member removed without voting, or still waiting to be let in, is nobody to wait for.
import type { ParticipantId } from '../ids.js';
import type { RosterEntry } from './roster.js';
import type { VoteRound } from './vote-rounds.js';

/** When the person was let in: the facilitator's admission, or joining where nobody waits. */
const inSince = (entry: RosterEntry): string => entry.admittedAt ?? entry.joinedAt;

/** Whether a member on the roster could place dots in the round (their own dots aside). */
function couldVoteIn(round: Pick<VoteRound, 'endedAt'>, entry: RosterEntry): boolean {
  if (entry.role !== 'member' || entry.status !== 'admitted') return false;
  return round.endedAt === null || Date.parse(inSince(entry)) < Date.parse(round.endedAt);
}

/** How many could take part in `round`; `voters` are the participants with dots in it. */
export function roundElectorate(
  round: Pick<VoteRound, 'endedAt'>,
  roster: readonly RosterEntry[],
  voters: Iterable<ParticipantId>,
): number {
  const people = new Set<ParticipantId>(voters);
  for (const entry of roster) if (couldVoteIn(round, entry)) people.add(entry.id);
  return people.size;
}
