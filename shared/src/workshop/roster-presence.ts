// Who is on the canvas now, for the facilitator's roster: while a participant has a page open on
// the board's `content` channel, the server states it in the roster room's presence (awareness),
// one state per open page, `{ participant }`. Said by the server from the token that opened the
// page, for every role (observers' own presence is dropped, so theirs is known from this alone),
// and gone when the page closes or its server node dies (presence expires).
import { asParticipantId, type ParticipantId } from '../ids.js';

/** The presence state the server sets in the roster room for one open page. */
export const rosterPresence = (participant: ParticipantId): { participant: ParticipantId } => ({
  participant,
});

/** The participant a roster-room presence state says is here, or null for anything else. */
export function readRosterPresence(state: unknown): ParticipantId | null {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return null;
  const participant = (state as Record<string, unknown>).participant;
  return typeof participant === 'string' ? asParticipantId(participant) : null;
}
