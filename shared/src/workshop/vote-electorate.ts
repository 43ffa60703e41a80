// Who could take part in a vote round: the "members" of "2 of 5 members have voted". The
// facilitator reads that number to judge whether to wait or close, so it counts the members who
// had the round in front of them: let in at any moment while it was open (someone let in after it
// closed never could vote in it; someone let in while it is open still can), and not removed
// before it began (someone removed while it ran still counts). It never looks at who has dots:
// the number must not change with whether a removed person had voted (counts, never who). Only
// voters the roster does not list (tokens older than it) are added, so "voted" never exceeds it.
import type { ParticipantId } from '../ids.js';
import type { RosterEntry } from './roster.js';
import type { VoteRound } from './vote-rounds.js';

/** When the person was let in: the facilitator's admission, or joining where nobody waits. */
const inSince = (entry: RosterEntry): string => entry.admittedAt ?? entry.joinedAt;

/** Whether a member on the roster had the round in front of them at some moment while it ran. */
function couldVoteIn(round: Pick<VoteRound, 'startedAt' | 'endedAt'>, entry: RosterEntry): boolean {
  if (entry.role !== 'member' || entry.status === 'waiting') return false;
  if (round.endedAt !== null && Date.parse(inSince(entry)) >= Date.parse(round.endedAt)) return false;
  return entry.removedAt === null || Date.parse(entry.removedAt) > Date.parse(round.startedAt);
}

/** How many could take part in `round`; `voters` are the participants with dots in it. */
export function roundElectorate(
  round: Pick<VoteRound, 'startedAt' | 'endedAt'>,
  roster: readonly RosterEntry[],
  voters: Iterable<ParticipantId>,
): number {
  const listed = new Set(roster.map((entry) => entry.id));
  const people = new Set<ParticipantId>();
  for (const entry of roster) if (couldVoteIn(round, entry)) people.add(entry.id);
  for (const voter of voters) if (!listed.has(voter)) people.add(voter);
  return people.size;
}
