// Joining a board as a person: a link token (a role) plus a name gives a participant token (the
// same claims plus an id and the name), which the ledger-recorded commands need. Posting again
// with the participant token renames: same id, new name, new token.
import { newParticipantId } from '@kyoso/shared';
import { MAX_PARTICIPANT_NAME } from '../auth/tokens.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { bodyObject, cleanText } from '../http/json-fields.js';
import type { Route } from '../http/route.js';
import type { WorkshopDeps } from './deps.js';

function participantName(value: unknown): string {
  const name = cleanText(value, 'name', MAX_PARTICIPANT_NAME);
  // The ledger's reader counts UTF-16 units: a name it refused would hide this person's events.
  if (name.length > MAX_PARTICIPANT_NAME)
    throw new HttpError(400, `name must be at most ${MAX_PARTICIPANT_NAME} characters`);
  return name;
}

export function participantRoutes(deps: WorkshopDeps): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/api\/boards\/([^/]+)\/participants$/,
      handler: async (req, res, [boardId]) => {
        const caller = await deps.authorize(req, boardId!);
        const name = participantName(bodyObject(await deps.readBody(req)).name);
        const participant = { id: caller.participant?.id ?? newParticipantId(), name };
        const { principal, board } = caller;
        const token = await deps.auth.signParticipant(principal, board.tokenGeneration, participant);
        sendJson(res, caller.participant ? 200 : 201, {
          participant: {
            ...participant,
            role: principal.role,
            company: principal.role === 'member' ? principal.company : null,
          },
          token,
        });
      },
    },
  ];
}
