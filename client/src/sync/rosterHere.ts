// Who is on the canvas now, for the facilitator's roster: the server states it in the roster
// room's presence, one `{ participant }` per open page (shared/src/workshop/roster-presence.ts),
// observers included. Read from that channel's awareness; this page says nothing there itself.
import { readRosterPresence, type ParticipantId } from '@kyoso/shared';
import type { Awareness } from './boardConnection';
import { createFollowingStore, type LiveDocStore } from './docStore';

const sameIds = (a: ReadonlySet<ParticipantId>, b: ReadonlySet<ParticipantId>) =>
  a.size === b.size && [...a].every((id) => b.has(id));

/** The participants with a page on the canvas now, live from `awareness` (the roster room's). */
export function createRosterHere(awareness: Awareness): LiveDocStore<ReadonlySet<ParticipantId>> {
  // The roster is read-only: a state of ours would only be dropped by the server.
  awareness.setLocalState(null);
  const read = (): ReadonlySet<ParticipantId> => {
    const here = new Set<ParticipantId>();
    for (const state of awareness.getStates().values()) {
      const participant = readRosterPresence(state);
      if (participant) here.add(participant);
    }
    return here;
  };
  return createFollowingStore(awareness, 'change', read, sameIds);
}
