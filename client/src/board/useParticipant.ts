// Joins the board as a person while the page is open: the link token and the name give a
// participant (waiting first when the facilitator requires admission), whose token then opens the
// board's channels.
import { createCommandsApi } from '../sync/commandsApi';
import { joinAsParticipant, joinKey, type LiveParticipant } from '../sync/participant';
import { browserKeyValues, takeJoinRequest } from './headStart';
import type { Identity } from '../sync/session-types';
import { useOpenWhileMounted } from '../bindings/hooks';

export function useParticipant(
  options: { identity: Identity; linkToken: string } | null,
): LiveParticipant | null {
  const key = options ? joinKey(options.identity, options.linkToken) : null;
  return useOpenWhileMounted(key, () =>
    joinAsParticipant({
      api: createCommandsApi(options!.identity.boardId),
      identity: options!.identity,
      linkToken: options!.linkToken,
      storage: browserKeyValues(),
      firstRequest: takeJoinRequest(key!),
    }),
  );
}
