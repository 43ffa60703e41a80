// Joins the board as a person while the page is open: the link token and the name give a
// participant (waiting first when the facilitator requires admission), whose token then opens the
// board's channels.
import { createCommandsApi } from '../sync/commandsApi';
import { joinAsParticipant, type KeyValueStorage, type LiveParticipant } from '../sync/participant';
import type { Identity } from '../sync/session-types';
import { useOpenWhileMounted } from '../bindings/hooks';

function localStore(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function useParticipant(
  options: { identity: Identity; linkToken: string } | null,
): LiveParticipant | null {
  const key = options
    ? JSON.stringify([
        options.linkToken,
        options.identity.boardId,
        options.identity.role,
        options.identity.company,
        options.identity.name,
      ])
    : null;
  return useOpenWhileMounted(key, () =>
    joinAsParticipant({
      api: createCommandsApi(options!.identity.boardId),
      identity: options!.identity,
      linkToken: options!.linkToken,
      storage: localStore(),
    }),
  );
}
