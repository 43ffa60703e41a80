// Who wrote an update, as the server knows it from the connection's verified token: never from
// anything the client put into the update itself.
import type { Principal } from '@kyoso/shared';
import type { ParticipantClaim } from '../auth/tokens.js';

export interface Writer {
  principal: Principal;
  /** The person, for a participant token; null for a link token (a role, not a person). */
  participant: ParticipantClaim | null;
}

/**
 * Who owns the Yjs client ids a writer creates: the participant (all their tabs and reloads), or,
 * for a link token, the link itself (role and company).
 */
export function ownerKey(writer: Writer): string {
  if (writer.participant) return `p:${writer.participant.id}`;
  const { principal } = writer;
  return principal.role === 'member' ? `l:member:${principal.company}` : `l:${principal.role}`;
}
